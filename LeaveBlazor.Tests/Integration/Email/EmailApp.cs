using System.Globalization;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>
/// The real app on a fake clock (<see cref="DecisionLinkApp"/>) sending its emails over SMTP to a MailDev process of
/// its own. Emails link to <see cref="PublicBaseUrl"/>, whose paths the app's test client opens. The after-commit
/// signal sends at once; the sweep runs each second of the fake clock, so only when a test moves the clock on.
/// </summary>
public class EmailApp : DecisionLinkApp
{
    public const string PublicBaseUrl = "http://leave.maildev.test";

    /// <summary>The sender, whose domain every Message-ID carries.</summary>
    public const string FromAddress = "leave@leave.maildev.test";

    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private MailDevServer? _mailServer;

    public MailDevServer MailServer => _mailServer ?? throw new InvalidOperationException("MailDev starts in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        _mailServer = await MailDevServer.StartNewAsync();
        await base.InitializeAsync();
    }

    /// <summary>Alex asks Dana for leave, and both emails about it (Alex's receipt, Dana's decision request) have arrived.</summary>
    public async Task<LeaveRequest> AlexAsksAndIsEmailedAsync(string? reason = "Family visit", DateOnly? day = null)
    {
        var request = await AlexSubmitsAsync(reason, day);
        await EmailsAboutAsync(request, count: 2);
        return request;
    }

    /// <summary>The emails about the request (their subject starts with its reference), once at least <paramref name="count"/> have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> EmailsAboutAsync(LeaveRequest request, int count)
    {
        var emails = await MailServer.WaitForAsync(
            received => About(request, received).Count() >= count,
            $"{count} email(s) about {request.Reference}");
        return About(request, emails).ToList();
    }

    /// <summary>The email about the request to <paramref name="to"/> whose subject contains <paramref name="subject"/>, once it has arrived.</summary>
    public async Task<ReceivedEmail> EmailAsync(LeaveRequest request, string to, string subject)
    {
        bool Wanted(ReceivedEmail email) => email.IsTo(to) && email.Subject.Contains(subject, StringComparison.Ordinal);
        var emails = await MailServer.WaitForAsync(
            received => About(request, received).Any(Wanted),
            $"an email about {request.Reference} to {to} with '{subject}' in its subject");
        return About(request, emails).Single(Wanted);
    }

    /// <summary>Dana's decision request about the request, once it has arrived.</summary>
    public Task<ReceivedEmail> DecisionRequestAsync(LeaveRequest request) =>
        EmailAsync(request, DanaEmail, "Leave request from");

    /// <summary>The token of a link from an email, which must lead to this app's decision page: the test client opens <c>/decide/{token}</c>.</summary>
    public static string DecisionTokenOf(string? link)
    {
        const string DecisionPage = PublicBaseUrl + "/decide/";
        return link is not null && link.StartsWith(DecisionPage, StringComparison.Ordinal) && link.Length > DecisionPage.Length
            ? link[DecisionPage.Length..]
            : throw new InvalidOperationException($"'{link}' is not a link to {DecisionPage}…");
    }

    /// <summary>The request's outbox rows as stored now, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxAsync(LeaveRequest request) =>
        InScopeAsync<LeaveDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking()
            .Where(m => m.LeaveRequestId == request.Id)
            .OrderBy(m => m.Id)
            .ToListAsync());

    /// <summary>Puts a reminder to the approver in the outbox, as the reminders job will; committing it wakes the dispatcher.</summary>
    public async Task QueueReminderAsync(LeaveRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        var stored = await db.LeaveRequests
            .Include(r => r.Requester)
            .Include(r => r.Approver)
            .SingleAsync(r => r.Id == request.Id);
        db.Outbox.Add(scope.ServiceProvider.GetRequiredService<LeaveEmails>().Reminder(stored, StandIns.None).Single());
        await db.SaveChangesAsync();
    }

    /// <summary>Lets a sweep interval pass on the app's clock, so the dispatcher's sweep comes due.</summary>
    public void LetASweepPass() => Time.Advance(SweepInterval);

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_mailServer is not null)
            {
                await _mailServer.DisposeAsync();
            }
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", MailServer.SmtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:FromAddress", FromAddress);
        builder.UseSetting("Smtp:SweepSeconds", SweepInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);

        // Reminders here are the ones a test queues: the reminder pass at start must find none due, however far a test moves the clock.
        builder.UseSetting("Reminders:Interval", "365.00:00:00");
    }

    private static IEnumerable<ReceivedEmail> About(LeaveRequest request, IEnumerable<ReceivedEmail> emails) =>
        emails.Where(e => e.Subject.StartsWith($"[{request.Reference}] ", StringComparison.Ordinal));
}
