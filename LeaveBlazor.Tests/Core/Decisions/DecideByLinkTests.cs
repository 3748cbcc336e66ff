using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Following an emailed link that still works: looking decides nothing (mail scanners open links), and confirming
/// decides as the approver, through the email link, once. Refused links are in <see cref="RefusedLinkTests"/>.
/// </summary>
public sealed class DecideByLinkTests : EmailedRequestTest
{
    private const string Comment = "Enjoy the break";

    [Fact]
    public async Task Looking_at_a_link_shows_the_request_it_decides()
    {
        await EmailedAsync();

        var check = await Database.InspectLinkAsync(Links.ApproveToken);

        Assert.Equal((true, "LR-2026-00001", (DecisionPurpose?)DecisionPurpose.Approve), (check.Usable, check.Request?.Reference, check.Purpose));
    }

    [Fact]
    public async Task Looking_at_a_link_shows_who_asked()
    {
        await EmailedAsync();

        var check = await Database.InspectLinkAsync(Links.RejectToken);

        Assert.Equal(("Alex Employee", (DecisionPurpose?)DecisionPurpose.Reject), (check.Request?.Requester.DisplayName, check.Purpose));
    }

    [Fact]
    public async Task Looking_at_a_link_changes_nothing()
    {
        await EmailedAsync();
        var before = await StateAsync();

        await Database.InspectLinkAsync(Links.ApproveToken);
        await Database.InspectLinkAsync(Links.RejectToken);

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Looking_at_a_link_many_times_leaves_it_working()
    {
        await EmailedAsync();
        for (var scan = 0; scan < 3; scan++)
        {
            await Database.InspectLinkAsync(Links.ApproveToken);
        }

        await Database.DecideByLinkAsync(Links.ApproveToken);

        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(Request)).Status);
    }

    [Fact]
    public async Task Confirming_approve_approves_the_request_with_the_comment()
    {
        await EmailedAsync();

        await Database.DecideByLinkAsync(Links.ApproveToken, DecisionPurpose.Approve, Comment);

        var stored = await Database.ReloadAsync(Request);
        Assert.Equal((LeaveStatus.Approved, "Dana Manager", Comment), (stored.Status, stored.DecidedByName, stored.DecisionComment));
    }

    [Fact]
    public async Task Confirming_reject_rejects_the_request_with_the_reason()
    {
        await EmailedAsync();

        await Database.DecideByLinkAsync(Links.RejectToken, DecisionPurpose.Reject, "The release is that week.");

        var stored = await Database.ReloadAsync(Request);
        Assert.Equal((LeaveStatus.Rejected, "Dana Manager", "The release is that week."), (stored.Status, stored.DecidedByName, stored.DecisionComment));
    }

    [Theory]
    [InlineData(DecisionPurpose.Approve, LeaveEventKind.Approved)]
    [InlineData(DecisionPurpose.Reject, LeaveEventKind.Rejected)]
    public async Task Decision_by_link_is_recorded_as_the_approvers_by_email_link(DecisionPurpose choice, LeaveEventKind recorded)
    {
        await EmailedAsync();
        Database.Time.Advance(TimeSpan.FromHours(3));

        await Database.DecideByLinkAsync(choice == DecisionPurpose.Approve ? Links.ApproveToken : Links.RejectToken, choice, Comment);

        var entry = (await Database.ReloadAsync(Request)).History[^1];
        Assert.Equal(
            (recorded, "dana", "Dana Manager", LeaveChannel.EmailLink, LeaveTestDatabase.StartTime.AddHours(3), Comment),
            (entry.Kind, entry.ActorId, entry.ActorName, entry.Channel, entry.At, entry.Comment));
    }

    [Fact]
    public async Task Deciding_marks_the_link_used()
    {
        await EmailedAsync();
        Database.Time.Advance(TimeSpan.FromHours(3));

        await Database.DecideByLinkAsync(Links.ApproveToken);

        Assert.Equal(LeaveTestDatabase.StartTime.AddHours(3), await UsedAtAsync(Links.ApproveToken));
    }

    [Fact]
    public async Task Deciding_queues_the_outcome_email_to_the_requester()
    {
        await EmailedAsync();

        await Database.DecideByLinkAsync(Links.ApproveToken, DecisionPurpose.Approve, Comment);

        var outcome = (await Database.OutboxAsync(Request))[^1];
        Assert.Equal((EmailKind.Outcome, TestPeople.Alex.Email), (outcome.Kind, outcome.ToAddress));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Reject_by_link_without_reason_is_refused_asking_for_one(string? reason)
    {
        await EmailedAsync();

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.DecideByLinkAsync(Links.RejectToken, DecisionPurpose.Reject, reason));

        Assert.Equal(["Give a reason for rejecting, so Alex Employee knows why."], refused.Errors[LeaveFields.Comment]);
    }

    [Fact]
    public async Task Refused_reject_by_link_changes_nothing()
    {
        await EmailedAsync();
        var before = await StateAsync();

        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.DecideByLinkAsync(Links.RejectToken, DecisionPurpose.Reject, null));

        Assert.Equal(before, await StateAsync());
    }
}
