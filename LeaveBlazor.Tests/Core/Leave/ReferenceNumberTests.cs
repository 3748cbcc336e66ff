using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class ReferenceNumberTests : FreshDatabaseTest
{
    [Fact]
    public async Task Consecutive_submissions_get_consecutive_references()
    {
        var first = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday));
        var second = await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(1)));

        Assert.Equal(["LR-2026-00001", "LR-2026-00002"], [first.Reference, second.Reference]);
    }

    [Fact]
    public async Task Numbering_is_shared_by_everyone()
    {
        var alexs = await Database.SubmitAsync(LeaveInput.NextWeek());
        var sams = await Database.SubmitAsync(LeaveInput.NextWeek(), requester: TestPeople.Sam);

        Assert.Equal(["LR-2026-00001", "LR-2026-00002"], [alexs.Reference, sams.Reference]);
    }

    [Fact]
    public async Task Numbering_restarts_in_a_new_year()
    {
        await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday));
        await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(1)));
        Database.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

        var january = await Database.SubmitAsync(LeaveInput.Annual(new(2027, 1, 11)));

        Assert.Equal("LR-2027-00001", january.Reference);
    }

    [Fact]
    public async Task Refused_submission_does_not_use_up_a_number()
    {
        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Sabbatical" }));

        var accepted = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal("LR-2026-00001", accepted.Reference);
    }

    [Fact]
    public async Task Simultaneous_submissions_never_share_a_reference()
    {
        var people = new[] { TestPeople.Alex, TestPeople.Sam, TestPeople.Dana };

        var submitted = await Task.WhenAll(people.Select(person => Task.Run(() => Database.SubmitAsync(
            LeaveInput.NextWeek() with { ApproverId = person == TestPeople.Dana ? TestPeople.Sam.Id : TestPeople.Dana.Id },
            requester: person))));

        Assert.Equal(["LR-2026-00001", "LR-2026-00002", "LR-2026-00003"], submitted.Select(r => r.Reference).Order());
    }
}
