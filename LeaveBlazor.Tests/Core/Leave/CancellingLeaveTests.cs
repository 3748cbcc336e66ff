using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class CancellingLeaveTests : FreshDatabaseTest
{
    [Fact]
    public async Task Requester_can_cancel_a_pending_request()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.CancelAsync(request);

        Assert.Equal(LeaveStatus.Cancelled, (await Database.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task What_cancelling_does_names_whom_its_email_goes_to()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var consequences = CancelLeaveRequest.Consequences(await Database.ReloadAsync(request));

        await Database.CancelAsync(request);

        var notice = (await Database.OutboxAsync(request)).Single(email => email.Kind == EmailKind.CancellationNotice);
        Assert.StartsWith($"{notice.ToName} will be emailed that you cancelled it;", consequences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decided_request_has_no_cancelling_to_describe()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);

        Assert.Null(CancelLeaveRequest.Consequences(await Database.ReloadAsync(request)));
    }

    [Fact]
    public async Task Cancelling_records_the_requester_as_the_one_who_ended_it()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(TimeSpan.FromDays(1));

        await Database.CancelAsync(request);

        var stored = await Database.ReloadAsync(request);
        Assert.Equal(("Alex Employee", (DateTimeOffset?)LeaveTestDatabase.StartTime.AddDays(1)), (stored.DecidedByName, stored.DecidedAt));
    }

    [Theory]
    [InlineData("dana")]
    [InlineData("sam")]
    public async Task Cancel_by_someone_other_than_the_requester_is_refused(string personId)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.CancelAsync(request, requester: TestPeople.Named(personId)));

        Assert.Equal("Only the person who asked for LR-2026-00001 can cancel it.", refused.Message);
    }

    [Fact]
    public async Task Refused_cancel_leaves_the_request_pending()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.CancelAsync(request, requester: TestPeople.Dana));

        Assert.Equal(LeaveStatus.Pending, (await Database.ReloadAsync(request)).Status);
    }
}
