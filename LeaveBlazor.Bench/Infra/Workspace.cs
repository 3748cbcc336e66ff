using System.Net;
using System.Net.Sockets;

namespace LeaveBlazor.Bench.Infra;

/// <summary>A temporary folder for one bench run (databases, mail dumps, sockets), removed at the end.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Directory.CreateTempSubdirectory("leaveblazor-bench-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // smtp-sink writes its dump folder under here after dropping root, so it must be able to pass through.
            System.IO.File.SetUnixFileMode(Root, (UnixFileMode)0b111_101_101);
        }
    }

    public string Root { get; }

    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public string File(string name) => Path.Combine(Root, name);

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned by the system later.
        }
    }
}
