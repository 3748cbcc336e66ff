using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// MailDev as pinned by <c>LeaveBlazor.Tests/MailServer/package-lock.json</c>. CI installs it before the tests; on a
/// fresh clone the first fixture runs <c>npm ci</c> there, once, under a lock that other test processes respect too.
/// </summary>
public static class MailDevInstall
{
    private static readonly TimeSpan InstallBound = TimeSpan.FromMinutes(5);

    private static readonly SemaphoreSlim OneInstallInThisProcess = new(1, 1);

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>LeaveBlazor.sln</c>, found from the test binaries upwards.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string Folder => Path.Combine(RepositoryRoot, "LeaveBlazor.Tests", "MailServer");

    /// <summary>The MailDev command, run as <c>node &lt;script&gt;</c> so that one process is all there is to stop.</summary>
    public static string Script => Path.Combine(Folder, "node_modules", ".bin", "maildev");

    /// <summary>Loaded into MailDev's process first: it quits when its stdin closes, i.e. when the test run ends, however it ends.</summary>
    public static string ExitWithParentModule => new Uri(Path.Combine(Folder, "exit-with-parent.mjs")).AbsoluteUri;

    // npm writes its hidden lock file last, so a cut-short install does not pass for a finished one.
    private static bool Installed =>
        File.Exists(Script) && File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json"));

    /// <summary>Returns once MailDev is installed, installing it if this clone has no <c>node_modules</c> yet.</summary>
    public static async Task EnsureAsync()
    {
        if (Installed)
        {
            return;
        }

        await OneInstallInThisProcess.WaitAsync();
        try
        {
            using var otherProcesses = await LockAsync();
            if (!Installed)
            {
                await NpmCiAsync();
            }
        }
        finally
        {
            OneInstallInThisProcess.Release();
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LeaveBlazor.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LeaveBlazor.sln in {AppContext.BaseDirectory} or any folder above it.");
    }

    // An exclusive lock on a file of its own in the temp folder (outside the repository): a second test process
    // waits here while the first installs, then finds MailDev installed.
    private static async Task<FileStream> LockAsync()
    {
        var folderHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Folder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"leaveblazor-maildev-install-{folderHash}.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < InstallBound)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    private static async Task NpmCiAsync()
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(InstallBound);
        try
        {
            await npm.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm ci in {Folder} took over {InstallBound.TotalMinutes} minutes and was stopped.");
        }

        if (npm.ExitCode != 0 || !Installed)
        {
            throw new InvalidOperationException(
                $"npm ci in {Folder} failed (exit {npm.ExitCode}); the email tests need Node.js and npm.\n{await output}\n{await errors}");
        }
    }
}
