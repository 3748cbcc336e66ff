using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// Keeps a dispatch pass's claims alive while it sends: every third of the lease, the rows it still holds are given
/// a fresh lease, through a context of its own (the pass's is busy sending). Should the process die, the renewals
/// stop and the rows come free when the lease lapses, for any other instance to send.
/// </summary>
public sealed class ClaimHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    private ClaimHeartbeat(IDbContextFactory<LeaveDbContext> contexts, Guid owner, IReadOnlyList<long> ids, TimeSpan lease, TimeProvider time, ILogger logger) =>
        _beating = BeatAsync(contexts, owner, ids, lease, time, logger);

    public static ClaimHeartbeat Start(IDbContextFactory<LeaveDbContext> contexts, Guid owner, IReadOnlyList<long> ids, TimeSpan lease, TimeProvider time, ILogger logger) =>
        new(contexts, owner, ids, lease, time, logger);

    /// <summary>Renews the claims of <paramref name="ids"/> that <paramref name="owner"/> still holds; returns how many.</summary>
    public static async Task<int> RenewAsync(LeaveDbContext db, Guid owner, IReadOnlyList<long> ids, DateTimeOffset until, CancellationToken cancellationToken)
    {
        DateTimeOffset? lease = until;
        return await db.Outbox
            .Where(m => ids.Contains(m.Id) && m.ClaimedBy == owner && m.State == OutboxState.Pending)
            .ExecuteUpdateAsync(row => row.SetProperty(m => m.ClaimedUntil, lease), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beating;
        _stop.Dispose();
    }

    private async Task BeatAsync(IDbContextFactory<LeaveDbContext> contexts, Guid owner, IReadOnlyList<long> ids, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        using var timer = new PeriodicTimer(lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(_stop.Token);
                    await RenewAsync(db, owner, ids, time.GetUtcNow() + lease, _stop.Token);
                }
                catch (Exception exception) when (!_stop.IsCancellationRequested)
                {
                    // The next beat tries again; two missed in a row let the lease lapse, and then a re-send is possible.
                    logger.LogError(exception, "Renewing the outbox claims of a dispatch pass failed.");
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The pass is over.
        }
    }
}
