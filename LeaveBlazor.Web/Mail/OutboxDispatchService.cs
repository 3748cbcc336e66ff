using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// Runs the <see cref="OutboxDispatcher"/> right after emails are committed (the <see cref="OutboxSignal"/>) and every
/// <see cref="MailOptions.SweepSeconds"/> in any case. The recurring <c>dispatch-outbox</c> job sweeps too, visibly and
/// recorded for /healthz; this timer stays as the local fallback: an email's first retries are seconds apart, finer
/// than a cron, and mail keeps moving even when no Hangfire server runs. Before its first pass it gives back the
/// claims of a dispatcher on this host that is gone (<see cref="ReleaseClaimsOfGoneDispatchers"/>).
/// </summary>
public sealed class OutboxDispatchService(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweep = TimeSpan.FromSeconds(options.Value.SweepSeconds);
        await ReleaseClaimsOfGoneDispatchersAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await DispatchAsync(stoppingToken);
            await signal.WaitAsync(sweep, time, stoppingToken);
        }
    }

    private async Task ReleaseClaimsOfGoneDispatchersAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReleaseClaimsOfGoneDispatchers>().ExecuteAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The claims then come free when their leases lapse.
            logger.LogError(exception, "Giving back the claims of dispatchers that are gone failed.");
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The emails stay in the outbox; the next signal or sweep tries again.
            logger.LogError(exception, "Dispatching the outbox failed.");
        }
    }
}
