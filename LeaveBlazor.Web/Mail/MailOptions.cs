using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>Where emails go, read from the <c>Smtp</c> configuration section. No host means .eml files in a pickup folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Empty means the server accepts mail without signing in.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string FromAddress { get; set; } = "leave@localhost";

    public string FromName { get; set; } = "LeaveBlazor";

    /// <summary>Where .eml files go when no host is set; a relative path is under the content root.</summary>
    public string PickupFolder { get; set; } = "data/mail-pickup";

    /// <summary>Tries before a transient failure (server down, 4xx) counts as permanent.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How often this instance's dispatch service looks at the outbox besides right after each commit: it picks up
    /// retries (their first pauses are seconds long) and works even when no Hangfire server runs.
    /// </summary>
    public int SweepSeconds { get; set; } = 30;

    /// <summary>When the <c>dispatch-outbox</c> Hangfire job sweeps the outbox (cron, UTC): the sweep admins see and can trigger.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>How many rows one query of a dispatch run picks up.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a dispatcher's claim on an email keeps other instances away; the live dispatcher renews it every third
    /// of this while it sends. When a dispatcher dies, another instance sends its emails once this lapses (a restart on
    /// the same host gives them back at once).
    /// </summary>
    public int ClaimLeaseSeconds { get; set; } = 30;

    public TimeSpan ClaimLease => TimeSpan.FromSeconds(ClaimLeaseSeconds);

    /// <summary>
    /// How many sent emails' outcomes are saved in one commit. A commit per email cost more than sending it; grouped,
    /// a crash re-sends at most this many (each with its Message-ID, so mail clients show it once), none more than twice.
    /// </summary>
    public int OutcomeGroupSize { get; set; } = 50;

    /// <summary>The longest an outcome waits for its group to fill before it is saved anyway.</summary>
    public int OutcomeGroupMilliseconds { get; set; } = 250;

    public TimeSpan OutcomeGroupWindow => TimeSpan.FromMilliseconds(OutcomeGroupMilliseconds);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    public MailboxAddress From => new(FromName, MailboxAddress.Parse(FromAddress).Address);

    /// <summary>The domain of the sender: Message-IDs are built on it.</summary>
    public string FromDomain => MailboxAddress.Parse(FromAddress).Domain;

    public IEnumerable<string> Problems()
    {
        if (Port is < 1 or > 65535)
        {
            yield return $"Smtp:Port {Port} must be between 1 and 65535 (587 for StartTls, 465 for SslOnConnect, 25 for None).";
        }

        if (!Enum.IsDefined(Security))
        {
            yield return "Smtp:Security must be None, StartTls or SslOnConnect.";
        }

        if (!MailboxAddress.TryParse(FromAddress, out var from) || string.IsNullOrEmpty(from.Domain) || !string.IsNullOrEmpty(from.Name))
        {
            yield return $"Smtp:FromAddress '{FromAddress}' must be a plain email address with a domain, such as leave@example.com (put the name in Smtp:FromName).";
        }

        if (FromName.Any(char.IsControl))
        {
            yield return "Smtp:FromName cannot contain line breaks or other control characters.";
        }

        if (!string.IsNullOrWhiteSpace(User) && string.IsNullOrEmpty(Password))
        {
            yield return "Smtp:Password is empty while Smtp:User is set: give both, or neither for a server that needs no sign-in.";
        }

        if (!UsesSmtp && string.IsNullOrWhiteSpace(PickupFolder))
        {
            yield return "Smtp:PickupFolder is empty while Smtp:Host is empty: set one of them, or emails have nowhere to go.";
        }

        if (MaxAttempts < 1)
        {
            yield return "Smtp:MaxAttempts must be at least 1.";
        }

        if (SweepSeconds < 1)
        {
            yield return "Smtp:SweepSeconds must be at least 1.";
        }

        if (ClaimLeaseSeconds is < 6 or > 3600)
        {
            yield return $"Smtp:ClaimLeaseSeconds {ClaimLeaseSeconds} must be between 6 and 3600: a dispatcher renews its claims every third of it, and another instance sends a crashed one's emails once it lapses.";
        }

        if (BatchSize < 1)
        {
            yield return "Smtp:BatchSize must be at least 1.";
        }

        if (OutcomeGroupSize is < 1 or > 1000)
        {
            yield return $"Smtp:OutcomeGroupSize {OutcomeGroupSize} must be between 1 and 1000: it is how many sent emails a crash may send again.";
        }

        if (OutcomeGroupMilliseconds is < 0 or > 10_000)
        {
            yield return $"Smtp:OutcomeGroupMilliseconds {OutcomeGroupMilliseconds} must be between 0 and 10000.";
        }

        if (string.IsNullOrWhiteSpace(SweepCron))
        {
            yield return "Smtp:SweepCron must be a cron expression such as \"* * * * *\".";
        }
    }
}
