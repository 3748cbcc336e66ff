using System.Globalization;
using LeaveBlazor.Core.Data.PostgreSql;
using Npgsql;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Watches PostgreSQL's lock table while a load runs: how often a transaction held the app's write turn (the advisory
/// lock every writing transaction takes first) and how many waited for it. A turn held nearly all the time, with a
/// queue behind it, is what bounds the writes, however many instances send them.
/// </summary>
public sealed class WriteTurnSampler : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<(double Held, double Waiting)> _sampling;

    private WriteTurnSampler(string connectionString) => _sampling = SampleAsync(connectionString, _stop.Token);

    public static WriteTurnSampler Start(string connectionString) => new(connectionString);

    /// <summary>Stops sampling; returns the share of samples in which the turn was held, and the mean number waiting.</summary>
    public async Task<(double Held, double Waiting)> StopAsync()
    {
        await _stop.CancelAsync();
        return await _sampling;
    }

    private static async Task<(double Held, double Waiting)> SampleAsync(string connectionString, CancellationToken stop)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(CancellationToken.None);
        // A bigint advisory key shows in pg_locks as its high half (classid) and low half (objid).
        await using var count = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT COUNT(*) FILTER (WHERE granted), COUNT(*) FILTER (WHERE NOT granted) FROM pg_locks
            WHERE locktype = 'advisory' AND classid = {(uint)(PostgreSqlDatabase.WriteTurnLockKey >> 32)} AND objid = {unchecked((uint)PostgreSqlDatabase.WriteTurnLockKey)}
            """), db);
        var (samples, held, waiting) = (0, 0L, 0L);
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await count.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                held += reader.GetInt64(0);
                waiting += reader.GetInt64(1);
                samples++;
            }

            try
            {
                await Task.Delay(Every, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return samples == 0 ? (0, 0) : ((double)held / samples, (double)waiting / samples);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
