using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Web.Data;
using LeaveBlazor.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Mail;

public static class MailSetup
{
    /// <summary>
    /// Sending the outbox: the <c>Smtp</c> and <c>App</c> settings (checked at start), SMTP or the pickup folder,
    /// the dispatcher woken after each commit that wrote emails and on a timer (the Hangfire sweep is in Jobs/), and the services of the mail pages.
    /// </summary>
    public static WebApplicationBuilder AddLeaveMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCheckedSettings<MailOptions>(builder.Configuration, MailOptions.Section, mail => mail.Problems())
            .PostConfigure<IHostEnvironment>((mail, environment) => mail.PickupFolder = string.IsNullOrWhiteSpace(mail.PickupFolder)
                ? mail.PickupFolder
                : Path.GetFullPath(mail.PickupFolder, environment.ContentRootPath));
        services.AddCheckedSettings<AppLinkOptions>(builder.Configuration, AppLinkOptions.Section, links => links.Problems());

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.ConfigureLeaveDbContexts((provider, db) => db.AddInterceptors(provider.GetRequiredService<OutboxSignalInterceptor>()));
        services.AddSingleton<OutboxDispatchGate>();
        services.AddSingleton<ThisDispatcher>();
        services.AddScoped<ReleaseClaimsOfGoneDispatchers>();
        services.AddScoped<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupFolderTransport>(provider));
        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatchService>();

        services.AddScoped<OutboxQueries>();
        services.AddScoped<RetryOutboxEmail>();
        services.AddSingleton<PickupMailbox>();
        return builder;
    }
}
