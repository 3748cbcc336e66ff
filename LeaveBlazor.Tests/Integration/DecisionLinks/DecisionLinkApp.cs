using System.Text.RegularExpressions;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Integration.DecisionLinks;

/// <summary>The Approve and Reject links of one decision-request email, as the approver receives them.</summary>
public sealed record EmailedLinks(LeaveRequest Request, string ApproveToken, string RejectToken);

/// <summary>
/// The real app (<see cref="LeaveApp"/>) on a fake clock that starts at <see cref="LeaveTestDatabase.StartTime"/>, in UTC.
/// Links are made the real way: Alex submits a request to Dana, and the decision-request email waiting in the outbox
/// gets its tokens from <see cref="IssueDecisionLinks"/>, as the mail dispatcher fills them in before sending.
/// </summary>
public partial class DecisionLinkApp : LeaveApp
{
    public FakeTimeProvider Time { get; } = new(LeaveTestDatabase.StartTime);

    /// <summary>Every test of a class comes from the same client address: high enough that none is turned away.</summary>
    protected virtual int PermitPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Leave:TimeZone", "UTC");
        builder.UseSetting("DecisionLinks:PermitPerMinute", PermitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    /// <summary>Tests of this app hand out a fresh day each: over a class they ask for more than a year's allowance.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LetAnnualLeaveRunBelowZeroAsync();
    }

    /// <summary>
    /// Alex asks Dana (or the approver with <paramref name="approverEmail"/>) for a day off (by default a working day no
    /// earlier test used) and the approver's email is sent.
    /// </summary>
    public async Task<EmailedLinks> AlexAsksAsync(string? reason = "Family visit", DateOnly? day = null, string approverEmail = DanaEmail)
    {
        var request = await AlexSubmitsAsync(reason, day, approverEmail: approverEmail);
        return await LinksSentAsync(request, EmailKind.DecisionRequest, "Approve", "Reject");
    }

    /// <summary>
    /// Alex asks Dana (or another approver) for leave through the app's own operation: by default for one working day no earlier test used,
    /// or from <paramref name="day"/> to <paramref name="lastDay"/>.
    /// </summary>
    public async Task<LeaveRequest> AlexSubmitsAsync(string? reason = "Family visit", DateOnly? day = null, DateOnly? lastDay = null, string approverEmail = DanaEmail)
    {
        var alex = await EmployeeAsync(AlexEmail);
        var approver = await EmployeeAsync(approverEmail);
        var first = day ?? NextFreeDay();
        return await InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            alex.Id, new NewLeaveRequest("Annual", first, lastDay ?? first, false, false, reason, approver.Id), LeaveChannel.Web));
    }

    /// <summary>
    /// Alex's day off, approved by Dana, which Alex then asks to cancel; the links are those of Dana's email about the ask
    /// (Confirm cancellation as <see cref="EmailedLinks.ApproveToken"/>, Decline as <see cref="EmailedLinks.RejectToken"/>).
    /// </summary>
    public async Task<EmailedLinks> AlexAsksToCancelAsync(string? reason = "Trip called off")
    {
        var leave = await ApproveInInboxAsync(await AlexSubmitsAsync());
        await InScopeAsync<CancelApprovedLeave, LeaveRequest>(cancel => cancel.AskAsync(
            leave.Id, new Actor(leave.RequesterId, leave.Requester.DisplayName), reason, LeaveChannel.Web));
        return await LinksSentAsync(leave, EmailKind.CancellationRequest, "Confirm cancellation", "Decline");
    }

    /// <summary>Sends the request's email of <paramref name="kind"/> as the dispatcher would, and reads its two links back.</summary>
    private async Task<EmailedLinks> LinksSentAsync(LeaveRequest request, EmailKind kind, string yesButton, string noButton)
    {
        await using var scope = Services.CreateAsyncScope();
        var email = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox.AsNoTracking()
            .SingleAsync(m => m.LeaveRequestId == request.Id && m.Kind == kind);
        var bodies = await scope.ServiceProvider.GetRequiredService<IssueDecisionLinks>().PrepareAsync(email)
            ?? throw new InvalidOperationException($"No links were issued in the {kind} email of {request.Reference}.");
        return new EmailedLinks(request, TokenOf(yesButton, bodies.Text), TokenOf(noButton, bodies.Text));
    }

    /// <summary>The next working day after the clock's today: its links die at the start of the day after.</summary>
    public DateOnly NextWorkingDay() => WorkingDayFrom(Services.GetRequiredService<LeaveClock>().Today.AddDays(1));

    public Task<LeaveRequest> ApproveInInboxAsync(LeaveRequest request, string? comment = null) =>
        InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(
            request.Id, new Actor(request.ApproverId, request.Approver.DisplayName), comment, LeaveChannel.Web));

    public Task<LeaveRequest> RejectInInboxAsync(LeaveRequest request, string reason) =>
        InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.RejectAsync(
            request.Id, new Actor(request.ApproverId, request.Approver.DisplayName), reason, LeaveChannel.Web));

    public Task<LeaveRequest> CancelAsync(LeaveRequest request) =>
        InScopeAsync<CancelLeaveRequest, LeaveRequest>(cancel => cancel.ExecuteAsync(
            request.Id, new Actor(request.RequesterId, request.Requester.DisplayName), LeaveChannel.Web));

    /// <summary>The request as the database has it now, with its history.</summary>
    public async Task<LeaveRequest> ReloadAsync(LeaveRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().LeaveRequests.AsNoTracking()
            .Include(r => r.History.OrderBy(h => h.Id))
            .SingleAsync(r => r.Id == request.Id);
    }

    /// <summary>When the request's links stop working.</summary>
    public async Task<DateTimeOffset> LinksExpireAtAsync(LeaveRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().DecisionTokens.AsNoTracking()
            .Where(t => t.LeaveRequestId == request.Id)
            .ToListAsync();
        return tokens.Min(t => t.ExpiresAt);
    }


    private static string TokenOf(string button, string textBody)
    {
        var link = LinkLine().Matches(textBody).SingleOrDefault(m => m.Groups["button"].Value == button)
            ?? throw new InvalidOperationException($"The email has no {button} link:\n{textBody}");
        return link.Groups["token"].Value;
    }

    [GeneratedRegex(@"^(?<button>Approve|Reject|Confirm cancellation|Decline): https?://\S+/decide/(?<token>[A-Za-z0-9_-]+)$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();
}

/// <summary>The decision app with a small allowance per client address, to see the limit at work.</summary>
public sealed class RateLimitedLinkApp : DecisionLinkApp
{
    public const int Permit = 3;

    protected override int PermitPerMinute => Permit;
}
