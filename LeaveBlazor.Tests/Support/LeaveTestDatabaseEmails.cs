using System.Text.RegularExpressions;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>An email to the approver with its links filled in, and the plain tokens those links carry.</summary>
public sealed record SentDecisionEmail(EmailBodies Bodies, string ApproveToken, string RejectToken);

/// <summary>
/// The outbox and the decision links of a test database: what each change queued, the links the dispatcher
/// would fill in before sending, and following those links. Each runs in a fresh scope.
/// </summary>
public static class LeaveTestDatabaseEmails
{
    /// <summary>Every outbox row, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<LeaveDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>The outbox rows about one request, oldest first.</summary>
    public static async Task<List<OutboxMessage>> OutboxAsync(this LeaveTestDatabase database, LeaveRequest request) =>
        (await database.OutboxAsync()).Where(m => m.LeaveRequestId == request.Id).ToList();

    /// <summary>Every stored decision token, oldest first.</summary>
    public static Task<List<DecisionToken>> DecisionTokensAsync(this LeaveTestDatabase database) =>
        database.InScopeAsync<LeaveDbContext, List<DecisionToken>>(db => db.DecisionTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync());

    /// <summary>What the dispatcher sends for the outbox row: its bodies with fresh links, or null when there is nothing left to ask.</summary>
    public static async Task<EmailBodies?> PrepareLinksAsync(this LeaveTestDatabase database, OutboxMessage message)
    {
        await using var scope = database.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox.SingleAsync(m => m.Id == message.Id);
        return await scope.ServiceProvider.GetRequiredService<IssueDecisionLinks>().PrepareAsync(row);
    }

    /// <summary>
    /// Fills fresh links into the request's decision request email (the one to <paramref name="to"/>, when it was
    /// handed over), as sending it would.
    /// </summary>
    public static async Task<SentDecisionEmail> SendDecisionEmailAsync(this LeaveTestDatabase database, LeaveRequest request, TestPerson? to = null)
    {
        var email = (await database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.DecisionRequest && (to is null || m.ToAddress == to.Email));
        var bodies = await database.PrepareLinksAsync(email)
            ?? throw new InvalidOperationException($"{request.Reference} is no longer pending, so its email got no links.");
        return new SentDecisionEmail(bodies, TokenAfter("Approve: ", bodies.Text), TokenAfter("Reject: ", bodies.Text));
    }

    /// <summary>Fills fresh Confirm and Decline links into the approver's latest email asking to cancel the request, as sending it would.</summary>
    public static async Task<SentDecisionEmail> SendCancellationEmailAsync(this LeaveTestDatabase database, LeaveRequest request)
    {
        var email = (await database.OutboxAsync(request)).Last(m => m.Kind == EmailKind.CancellationRequest);
        var bodies = await database.PrepareLinksAsync(email)
            ?? throw new InvalidOperationException($"Nobody waits for an answer about cancelling {request.Reference}, so its email got no links.");
        return new SentDecisionEmail(bodies, TokenAfter("Confirm cancellation: ", bodies.Text), TokenAfter("Decline: ", bodies.Text));
    }

    public static Task<DecisionLinkCheck> InspectLinkAsync(this LeaveTestDatabase database, string? token) =>
        database.InScopeAsync<DecideByLink, DecisionLinkCheck>(link => link.InspectAsync(token));

    public static Task<LeaveRequest> DecideByLinkAsync(this LeaveTestDatabase database, string? token,
        DecisionPurpose choice = DecisionPurpose.Approve, string? comment = null) =>
        database.InScopeAsync<DecideByLink, LeaveRequest>(link => link.DecideAsync(token, choice, comment));

    /// <summary>Adds someone to the directory, for tests that need a name the seeded people do not have.</summary>
    public static Task AddPersonAsync(this LeaveTestDatabase database, TestPerson person) =>
        database.InScopeAsync<LeaveDbContext>(db =>
        {
            db.Employees.Add(person.ToEmployee());
            return db.SaveChangesAsync();
        });

    private static string TokenAfter(string label, string text)
    {
        var link = Regex.Match(text, $"^{label}{Regex.Escape(LeaveTestDatabase.PublicBaseUrl)}/decide/(?<token>\\S+)$", RegexOptions.Multiline);
        return link.Success ? link.Groups["token"].Value : throw new InvalidOperationException($"No '{label}' decision link in:\n{text}");
    }
}
