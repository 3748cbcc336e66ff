using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace LeaveBlazor.Bench.Infra;

/// <summary>The bench's side of <see cref="StartupHook"/>: asks the app process for its allocation and heap figures.</summary>
public sealed class AppProbe(string socketPath)
{
    public Task<long> AllocatedBytesAsync() => AskAsync("allocated");

    public Task<long> HeapAfterFullCollectionAsync() => AskAsync("heap");

    /// <summary>What the GC holds from the system: the heap and the free space it keeps for the next allocations.</summary>
    public Task<long> GcCommittedAsync() => AskAsync("committed");

    private async Task<long> AskAsync(string command)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        await socket.SendAsync(Encoding.ASCII.GetBytes(command));
        var buffer = new byte[64];
        var read = await socket.ReceiveAsync(buffer);
        return long.Parse(Encoding.ASCII.GetString(buffer, 0, read), CultureInfo.InvariantCulture);
    }
}
