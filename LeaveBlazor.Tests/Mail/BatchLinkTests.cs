using System.Text.RegularExpressions;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// A dispatch pass mints the links of all its decision requests at once: each email must still carry links to its own
/// request, minted for it alone.
/// </summary>
public sealed partial class BatchLinkTests : FreshDatabaseTest
{
    [Fact]
    public async Task Each_decision_request_of_a_batch_links_to_its_own_request()
    {
        var requests = new[] { 0, 7, 14 }.Select(days => LeaveInput.Annual(LeaveInput.NextMonday.AddDays(days)));
        foreach (var input in requests)
        {
            await Database.SubmitAsync(input);
        }

        var mail = MailTestSetup.Pickup(Database);
        await Database.DispatchAsync(mail);

        var decisionRequests = (await Database.OutboxAsync()).Where(m => m.Kind == EmailKind.DecisionRequest).ToList();
        var linkedRequests = await Task.WhenAll(decisionRequests.Select(async email =>
        {
            var sent = MimeMessage.Load(Path.Combine(mail.PickupFolder, PickupFolderTransport.FileName(email.Key)));
            var tokens = await Task.WhenAll(DecisionLink().Matches(sent.TextBody ?? "").Select(link => TokenAsync(link.Groups["token"].Value)));
            return (Email: email.LeaveRequestId, Linked: tokens.Select(t => (t.LeaveRequestId, t.OutboxMessageId, t.Purpose)).ToArray(), email.Id);
        }));

        Assert.Equal(3, linkedRequests.Length);
        NonEmpty.All(linkedRequests, email => Assert.Equal(
            [(email.Email!.Value, (long?)email.Id, DecisionPurpose.Approve), (email.Email!.Value, (long?)email.Id, DecisionPurpose.Reject)],
            email.Linked));
    }

    private Task<DecisionToken> TokenAsync(string plain)
    {
        var hash = DecisionToken.HashOf(plain);
        return Database.InScopeAsync<LeaveDbContext, DecisionToken>(db => db.DecisionTokens.AsNoTracking().SingleAsync(t => t.Hash == hash));
    }

    [GeneratedRegex(@"/decide/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex DecisionLink();
}
