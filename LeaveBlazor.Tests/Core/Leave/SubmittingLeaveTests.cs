using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class SubmittingLeaveTests : FreshDatabaseTest
{
    [Fact]
    public async Task Submitted_request_is_stored_as_pending()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek());

        var stored = await Database.ReloadAsync(submitted);

        Assert.Equal(LeaveStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task Submitted_request_keeps_what_was_asked_for()
    {
        var input = LeaveInput.NextWeek() with { LeaveType = "Unpaid", HalfDayStart = true, Reason = "  Doctor's orders  " };

        var stored = await Database.ReloadAsync(await Database.SubmitAsync(input));

        Assert.Equal(
            ("Unpaid", new LeaveDates(new(2026, 12, 7), new(2026, 12, 11), HalfDayStart: true), "Doctor's orders", TestPeople.Alex.Id, TestPeople.Dana.Id),
            (stored.LeaveType, stored.Dates, stored.Reason, stored.RequesterId, stored.ApproverId));
    }

    [Fact]
    public async Task Blank_reason_is_stored_as_no_reason()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek() with { Reason = "   " });

        Assert.Null((await Database.ReloadAsync(submitted)).Reason);
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-11", false, false, 5.0)]
    [InlineData("2026-12-07", "2026-12-11", true, false, 4.5)]
    [InlineData("2026-12-07", "2026-12-14", false, true, 5.5)]
    [InlineData("2026-12-04", "2026-12-07", false, false, 2.0)]
    public async Task Submitted_request_counts_its_working_days(string first, string last, bool halfDayStart, bool halfDayEnd, double expected)
    {
        var input = LeaveInput.Annual(DateOnly.Parse(first), DateOnly.Parse(last)) with { HalfDayStart = halfDayStart, HalfDayEnd = halfDayEnd };

        var stored = await Database.ReloadAsync(await Database.SubmitAsync(input));

        Assert.Equal((decimal)expected, stored.WorkingDays);
    }

    [Fact]
    public async Task Submitting_records_one_submitted_entry_by_the_requester()
    {
        Database.Time.Advance(TimeSpan.FromMinutes(15));
        var input = LeaveInput.NextWeek() with { Reason = "Family visit" };

        var stored = await Database.ReloadAsync(await Database.SubmitAsync(input, channel: LeaveChannel.Api));

        var entry = Assert.Single(stored.History);
        Assert.Equal(
            (LeaveEventKind.Submitted, "alex", "Alex Employee", LeaveChannel.Api, LeaveTestDatabase.StartTime.AddMinutes(15), "Family visit"),
            (entry.Kind, entry.ActorId, entry.ActorName, entry.Channel, entry.At, entry.Comment));
    }

    [Fact]
    public async Task Submitted_request_remembers_when_it_was_submitted()
    {
        Database.Time.Advance(TimeSpan.FromHours(2));

        var stored = await Database.ReloadAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(LeaveTestDatabase.StartTime.AddHours(2), stored.SubmittedAt);
    }

    [Fact]
    public async Task Submitted_request_starts_at_version_one()
    {
        var stored = await Database.ReloadAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Leave_may_start_today()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.Annual(LeaveTestDatabase.StartDay));

        Assert.Equal(LeaveStatus.Pending, submitted.Status);
    }

    [Fact]
    public async Task Request_may_cover_exactly_the_maximum_span()
    {
        var first = new DateOnly(2026, 12, 1);
        var input = LeaveInput.Annual(first, first.AddDays(Database.Policy.MaxSpanDays - 1));

        var submitted = await Database.SubmitAsync(input);

        Assert.Equal(LeaveStatus.Pending, submitted.Status);
    }

    [Fact]
    public async Task An_approver_other_than_the_manager_can_be_chosen()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek() with { ApproverId = TestPeople.Sam.Id });

        Assert.Equal("Sam Other", (await Database.ReloadAsync(submitted)).Approver.DisplayName);
    }

    [Fact]
    public async Task A_colleague_who_does_not_approve_cannot_be_chosen()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => Database.SubmitAsync(LeaveInput.NextWeek() with { ApproverId = TestPeople.Alex.Id }, requester: TestPeople.Sam));

        Assert.Equal(["Alex Employee does not approve leave: choose your manager or an approver."], refused.Errors[LeaveFields.ApproverId]);
    }

    [Fact]
    public async Task Without_a_chosen_approver_the_manager_decides()
    {
        var submitted = await Database.SubmitAsync(LeaveInput.NextWeek() with { ApproverId = null });

        Assert.Equal(TestPeople.Dana.Id, (await Database.ReloadAsync(submitted)).ApproverId);
    }

    [Fact]
    public async Task Inactive_requester_is_refused()
    {
        var refused = await Assert.ThrowsAsync<LeaveRuleException>(
            () => Database.SubmitAsync(LeaveInput.NextWeek(), requester: TestPeople.Ivy));

        Assert.Equal("Your account is not an active member of the directory, so it cannot ask for leave. Ask an admin to check it.", refused.Message);
    }

    [Fact]
    public async Task Requester_missing_from_the_directory_is_refused()
    {
        var stranger = new TestPerson("stranger", "stranger@example.test", "Stranger");

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.SubmitAsync(LeaveInput.NextWeek(), requester: stranger));
    }
}
