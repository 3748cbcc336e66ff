namespace LeaveBlazor.Web.Mail;

/// <summary>
/// One dispatch at a time in this process: the after-commit signal and a recurring sweep can fire together,
/// and a second run would only wait on rows the first has claimed.
/// </summary>
public sealed class OutboxDispatchGate : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => _one.WaitAsync(cancellationToken);

    public void Release() => _one.Release();

    public void Dispose() => _one.Dispose();
}
