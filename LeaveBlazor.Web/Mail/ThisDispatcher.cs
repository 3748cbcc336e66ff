using LeaveBlazor.Core.Notifications;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// This process as an outbox dispatcher: a random id for this start, put on every claim it makes, and where it runs.
/// Only a dispatcher on the same host can be seen to be gone (its process ended, or its id now belongs to another
/// process); one elsewhere is trusted until its claims' leases lapse.
/// </summary>
public sealed class ThisDispatcher
{
    // The operating system reports a process's start to the clock tick; one read may differ from another by a little.
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(1);

    public ThisDispatcher()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Process = new OutboxDispatcherProcess(Guid.NewGuid(), HostIdentity(), process.Id, process.StartTime.ToUniversalTime());
    }

    /// <param name="process">Another dispatcher, as a test stands one up in the same process.</param>
    public ThisDispatcher(OutboxDispatcherProcess process) => Process = process;

    public OutboxDispatcherProcess Process { get; }

    public Guid Id => Process.Id;

    /// <summary>Whether <paramref name="other"/> ran on this host and its process no longer does.</summary>
    public bool SeesGone(OutboxDispatcherProcess other) =>
        other.Id != Id && other.Host == Process.Host && !IsRunning(other.ProcessId, other.ProcessStartedAt);

    /// <summary>
    /// The machine's name and, on Linux, the kernel's boot id: two containers given the same name on two machines, or
    /// one machine before and after a reboot, are not the same host, so their process ids are not compared.
    /// </summary>
    public static string HostIdentity()
    {
        const string bootIdFile = "/proc/sys/kernel/random/boot_id";
        var bootId = File.Exists(bootIdFile) ? File.ReadAllText(bootIdFile).Trim() : "";
        return bootId.Length > 0 ? $"{Environment.MachineName}/{bootId}" : Environment.MachineName;
    }

    private static bool IsRunning(int processId, DateTimeOffset startedAt)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return (process.StartTime.ToUniversalTime() - startedAt.UtcDateTime).Duration() <= StartTolerance;
        }
        catch (ArgumentException)
        {
            return false; // no process has that id now
        }
        catch (InvalidOperationException)
        {
            return false; // it exited while being looked at
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return true; // not ours to look at: it cannot be told gone, so its claims wait for their leases
        }
    }
}
