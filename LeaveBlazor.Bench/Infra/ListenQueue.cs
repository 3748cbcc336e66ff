using System.Globalization;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The kernel's count of new connections dropped because a listening socket's accept queue was full (every socket on
/// the machine, since boot): a client whose connection was dropped tries again only after a second.
/// </summary>
public static class ListenQueue
{
    public static long Overflows()
    {
        var lines = File.ReadAllLines("/proc/net/netstat");
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            if (lines[i].StartsWith("TcpExt:", StringComparison.Ordinal))
            {
                var names = lines[i].Split(' ');
                var values = lines[i + 1].Split(' ');
                return long.Parse(values[Array.IndexOf(names, "ListenOverflows")], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
