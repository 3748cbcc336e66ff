using System.Threading.Channels;

namespace LeaveBlazor.Web.Mail;

/// <summary>Wakes the dispatch service as soon as new emails are committed, instead of at the next sweep.</summary>
public sealed class OutboxSignal
{
    // One waiting pulse stands for any number of commits: the run it starts sends everything due.
    private readonly Channel<bool> _pulses = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Pulse() => _pulses.Writer.TryWrite(true);

    /// <summary>Returns at the first pulse since the last wait, or once <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var sweepDue = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(sweepDue.Token, cancellationToken);
        try
        {
            await _pulses.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (sweepDue.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // No pulse in time: the sweep is due.
        }
    }
}
