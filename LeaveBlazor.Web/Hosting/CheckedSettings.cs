using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Hosting;

public static class CheckedSettings
{
    /// <summary>Binds a settings section and refuses to start when its <paramref name="problems"/> names any, each message naming the setting.</summary>
    public static OptionsBuilder<TOptions> AddCheckedSettings<TOptions>(this IServiceCollection services, IConfiguration configuration,
        string section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class
    {
        services.AddSettingsProblems(problems);
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>More checks of settings bound elsewhere, by a feature that reads them in its own way (a cron for Hangfire).</summary>
    public static IServiceCollection AddSettingsProblems<TOptions>(this IServiceCollection services, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class =>
        services.AddSingleton<IValidateOptions<TOptions>>(new ProblemsValidator<TOptions>(problems));

    private sealed class ProblemsValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
