using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity.FirstStart;
using LeaveBlazor.Web.Identity.TwoFactor;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Identity's tables with passkeys; the model (and so each engine's migrations) depends on it.</summary>
    public static readonly Version SchemaVersion = IdentitySchemaVersions.Version3;

    /// <summary>
    /// The Identity options the model reads, for building it without the host (the EF tools' design-time factories, the
    /// migrations test): Identity takes its schema version from the application's services.
    /// </summary>
    public static IServiceProvider ModelServices { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = SchemaVersion)
        .BuildServiceProvider();

    public static WebApplicationBuilder AddLeaveIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = ""; // user names are email addresses, which may hold any of these
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Stores.SchemaVersion = SchemaVersion;

                // Lockout means deactivated (an admin's doing): wrong two-factor codes are held back by the throttle
                // instead of locking the owner out for anyone who knows the password.
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorCodes.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddUserStore<RecoveryCodeHashingStore>()
            .AddSignInManager<ThrottledSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorCodes>(OneTimeAuthenticatorCodes.ProviderName)
            .AddErrorDescriber<PlainPasswordErrors>();

        // A deactivated person's open sessions end at their next request, not hours later.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddCheckedSettings<SignInThrottleOptions>(builder.Configuration, SignInThrottleOptions.Section, signIn => signIn.Problems());
        services.AddSingleton<SignInThrottle>();

        services.AddCheckedSettings<FirstAdminOptions>(builder.Configuration, FirstAdminOptions.Section, firstAdmin => firstAdmin.Problems());
        services.AddSingleton<SetupLink>();
        services.AddScoped<FirstAdminSetup>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<PeopleImport>();
        services.AddScoped<AccountPasswords>();
        services.AddScoped<AuthenticatorApp>();
        services.AddScoped<PasswordResetLinks>();
        services.AddScoped<IAccountLinks>(provider => provider.GetRequiredService<PasswordResetLinks>());
        services.AddSingleton<ResetLinkThrottle>();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordResetLinks.Lifespan);
        services.AddScoped<CurrentUser>();
        services.AddScoped<Components.Leave.WaitingCount>();
        services.AddScoped<Components.Leave.CancellationSteps>();
        return builder;
    }
}
