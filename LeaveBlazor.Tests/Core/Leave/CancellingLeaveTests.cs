using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
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
