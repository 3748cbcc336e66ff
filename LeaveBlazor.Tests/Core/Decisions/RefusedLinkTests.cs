using System.Buffers.Text;
using System.Security.Cryptography;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Links that can no longer decide: used, closed by a decision or a cancellation, expired, damaged, or never sent.
/// Each is refused with a problem and a message that says what happened; nothing changes.
/// </summary>
public sealed class RefusedLinkTests : EmailedRequestTest
{
    [Fact]
    public async Task Using_a_link_a_second_time_is_refused_as_used()
    {
        await EmailedAsync();
        await Database.DecideByLinkAsync(Links.ApproveToken);

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken));

        Assert.Equal(LinkProblem.Used, refused.Check.Problem);
    }

    [Fact]
    public async Task Used_link_says_it_was_already_used_and_by_whom_the_request_was_decided()
    {
        await EmailedAsync();
        Database.Time.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromHours(5)));
        await Database.DecideByLinkAsync(Links.ApproveToken);

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken));

        Assert.Equal("This link has already been used: LR-2026-00001 was approved by Dana Manager on 3 Dec 2026 at 14:00.", refused.Message);
    }

    [Fact]
    public async Task Second_use_of_a_link_changes_nothing()
    {
        await EmailedAsync();
        await Database.DecideByLinkAsync(Links.ApproveToken, DecisionPurpose.Approve, "Enjoy the break");
        var before = await StateAsync();

        await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken, DecisionPurpose.Reject, "Changed my mind"));

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Link_of_an_approver_deactivated_since_is_refused()
    {
        await EmailedAsync();
        await Database.InScopeAsync<LeaveDbContext>(async db =>
        {
            var dana = await db.Employees.SingleAsync(e => e.Id == TestPeople.Dana.Id);
            dana.IsActive = false;
            await db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken));

        Assert.Equal(
            (LinkProblem.ApproverInactive, "This link was sent to Dana Manager, whose account is no longer active, so it cannot decide LR-2026-00001. Ask an admin for help."),
            (refused.Check.Problem, refused.Message));
    }

    [Fact]
    public async Task Other_link_of_the_email_after_a_decision_is_closed_naming_who_decided()
    {
        await EmailedAsync();
        await Database.DecideByLinkAsync(Links.ApproveToken);

        var check = await Database.InspectLinkAsync(Links.RejectToken);

        Assert.Equal(
            (LinkProblem.Closed, "LR-2026-00001 was already approved by Dana Manager on 30 Nov 2026 at 09:00; there is nothing left to decide."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Deciding_through_the_other_link_after_a_decision_is_refused()
    {
        await EmailedAsync();
        await Database.DecideByLinkAsync(Links.ApproveToken);

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(
            () => Database.DecideByLinkAsync(Links.RejectToken, DecisionPurpose.Reject, "Changed my mind"));

        Assert.Equal(LinkProblem.Closed, refused.Check.Problem);
    }

    [Theory]
    [InlineData(DecisionPurpose.Approve)]
    [InlineData(DecisionPurpose.Reject)]
    public async Task Links_of_a_request_decided_in_the_inbox_are_closed(DecisionPurpose purpose)
    {
        await EmailedAsync();
        await Database.RejectAsync(Request);

        var check = await Database.InspectLinkAsync(purpose == DecisionPurpose.Approve ? Links.ApproveToken : Links.RejectToken);

        Assert.Equal(
            (LinkProblem.Closed, "LR-2026-00001 was already rejected by Dana Manager on 30 Nov 2026 at 09:00; there is nothing left to decide."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Deciding_through_a_link_of_a_request_decided_in_the_inbox_leaves_the_inbox_decision()
    {
        await EmailedAsync();
        await Database.RejectAsync(Request);

        await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken));

        Assert.Equal(LeaveStatus.Rejected, (await Database.ReloadAsync(Request)).Status);
    }

    [Fact]
    public async Task Link_of_a_cancelled_request_is_closed_saying_the_requester_cancelled()
    {
        await EmailedAsync();
        await Database.CancelAsync(Request);

        var check = await Database.InspectLinkAsync(Links.ApproveToken);

        Assert.Equal(
            (LinkProblem.Closed, "LR-2026-00001 was already cancelled by the requester, Alex Employee, on 30 Nov 2026 at 09:00; there is nothing left to decide."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Link_at_its_expiry_is_expired_and_points_to_the_inbox()
    {
        await EmailedAsync();
        Database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));

        var check = await Database.InspectLinkAsync(Links.ApproveToken);

        Assert.Equal(
            (LinkProblem.Expired, "This link expired on 8 Dec 2026 at 00:00. LR-2026-00001 is still waiting: decide it in your inbox."),
            (check.Problem, check.Message));
    }

    [Fact]
    public async Task Link_a_minute_before_its_expiry_still_works()
    {
        await EmailedAsync();
        Database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 7, 23, 59, 0, TimeSpan.Zero));

        await Database.DecideByLinkAsync(Links.ApproveToken);

        Assert.Equal(LeaveStatus.Approved, (await Database.ReloadAsync(Request)).Status);
    }

    [Fact]
    public async Task Deciding_through_an_expired_link_is_refused_and_leaves_the_request_waiting()
    {
        await EmailedAsync();
        Database.Time.Advance(TimeSpan.FromDays(15));

        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Links.ApproveToken));

        Assert.Equal((LinkProblem.Expired, LeaveStatus.Pending), (refused.Check.Problem, (await Database.ReloadAsync(Request)).Status));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")]
    public async Task Malformed_link_is_refused_as_malformed(string? token)
    {
        var check = await Database.InspectLinkAsync(token);

        Assert.Equal((LinkProblem.Malformed, (LeaveRequest?)null), (check.Problem, check.Request));
    }

    [Theory]
    [InlineData("*QIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA")]
    [InlineData("+QIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA")]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHy=")]
    public async Task Link_of_token_length_that_is_not_clean_base64url_is_refused_as_malformed(string token)
    {
        var check = await Database.InspectLinkAsync(token);

        Assert.Equal(LinkProblem.Malformed, check.Problem);
    }

    [Fact]
    public async Task Deciding_through_a_malformed_link_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync("not-a-token"));

        Assert.Equal(LinkProblem.Malformed, refused.Check.Problem);
    }

    [Fact]
    public async Task Well_formed_link_we_never_sent_is_refused_as_unknown()
    {
        await EmailedAsync();

        var check = await Database.InspectLinkAsync(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal((LinkProblem.Unknown, (LeaveRequest?)null), (check.Problem, check.Request));
    }

    [Fact]
    public async Task Deciding_through_a_link_we_never_sent_is_refused_and_decides_nothing()
    {
        await EmailedAsync();

        await Assert.ThrowsAsync<DecisionLinkRefusedException>(() => Database.DecideByLinkAsync(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))));

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(Request)).Status);
    }
}
