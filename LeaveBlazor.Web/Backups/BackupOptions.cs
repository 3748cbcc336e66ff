namespace LeaveBlazor.Web.Backups;

/// <summary>Where copies of the app database go and how many stay: the <c>Backup</c> configuration section.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>The folder of the copies; a relative path is under the content root, like the database's.</summary>
    public string Folder { get; set; } = "data/backups";

    /// <summary>How many copies stay; taking one more deletes the oldest.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>When the <c>backup</c> Hangfire job takes a copy (cron, UTC): every night at 02:00.</summary>
    public string Cron { get; set; } = "0 2 * * *";

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Folder))
        {
            yield return "Backup:Folder is empty: set it to a folder for the copies of the database, such as \"data/backups\".";
        }

        if (Keep is < 1 or > 1000)
        {
            yield return $"Backup:Keep {Keep} must be between 1 and 1000: how many copies of the database to keep.";
        }

        if (string.IsNullOrWhiteSpace(Cron))
        {
            yield return "Backup:Cron must be a cron expression such as \"0 2 * * *\" (every night at 02:00 UTC).";
        }
    }
}
