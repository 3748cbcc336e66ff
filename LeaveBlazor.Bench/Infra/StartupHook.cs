using System.Globalization;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Loaded into the app process by <c>DOTNET_STARTUP_HOOKS</c> (the runtime wants this exact name, outside any namespace),
/// so the bench can read the app's own allocation counter without any bench code in the app. It answers one command
/// per connection on the Unix socket named by <see cref="SocketVariable"/>: <c>allocated</c> (bytes allocated so far),
/// <c>heap</c> (a full collection, then the managed heap size) or <c>committed</c> (the memory the GC holds from the system,
/// free space between objects included).
/// </summary>
internal static class StartupHook
{
    public const string SocketVariable = "LEAVEBLAZOR_BENCH_PROBE";

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable(SocketVariable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(4);
        new Thread(() => Serve(listener)) { IsBackground = true, Name = "bench probe" }.Start();
    }

    private static void Serve(Socket listener)
    {
        var buffer = new byte[64];
        while (true)
        {
            using var connection = listener.Accept();
            var command = Encoding.ASCII.GetString(buffer, 0, connection.Receive(buffer)).Trim();
            long answer = command switch
            {
                "allocated" => GC.GetTotalAllocatedBytes(precise: true),
                "heap" => HeapAfterFullCollection(),
                "committed" => GC.GetGCMemoryInfo().TotalCommittedBytes,
                _ => -1,
            };
            connection.Send(Encoding.ASCII.GetBytes(answer.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
