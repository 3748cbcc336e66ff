using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>
/// Requests in every state, submitted an hour apart from 09:00 (decisions half an hour after submission):
/// LR-2026-00001 Alex, pending with Dana; 00002 Alex, approved; 00003 Sam, pending with Dana;
/// 00004 Alex, rejected; 00005 Alex, cancelled; 00006 Alex, pending with Sam; 00007 Sam, pending with Dana.
/// </summary>
public sealed class RequestsInEveryState : IAsyncLifetime
{
    public LeaveTestDatabase Database { get; } = new();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var monday = LeaveInput.NextMonday;

        await Database.SubmitAsync(LeaveInput.Annual(monday));
        At(10, 00);
        var approved = await Database.SubmitAsync(LeaveInput.Annual(monday.AddDays(1)));
        At(10, 30);
        await Database.ApproveAsync(approved, comment: "Enjoy");
        At(11, 00);
        await Database.SubmitAsync(LeaveInput.Annual(monday), TestPeople.Sam);
        At(12, 00);
        var rejected = await Database.SubmitAsync(LeaveInput.Annual(monday.AddDays(2)));
        At(12, 30);
        await Database.RejectAsync(rejected, reason: "Release week");
        At(13, 00);
        var cancelled = await Database.SubmitAsync(LeaveInput.Annual(monday.AddDays(3)));
        At(13, 30);
        await Database.CancelAsync(cancelled);
        At(14, 00);
        await Database.SubmitAsync(LeaveInput.Annual(monday.AddDays(4), approverId: TestPeople.Sam.Id));
        At(15, 00);
        await Database.SubmitAsync(LeaveInput.Annual(monday.AddDays(1)), TestPeople.Sam);
    }

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();

    private void At(int hour, int minute) =>
        Database.Time.SetUtcNow(new DateTimeOffset(LeaveTestDatabase.StartDay, new TimeOnly(hour, minute), TimeSpan.Zero));
}

/// <summary>The queries only read, so the tests share one arranged database.</summary>
public sealed class LeaveRequestQueriesTests(RequestsInEveryState arranged) : IClassFixture<RequestsInEveryState>
{
    [Fact]
    public async Task My_requests_are_listed_newest_first()
    {
        var mine = await QueryAsync(q => q.MineAsync(TestPeople.Alex.Id));

        Assert.Equal(["LR-2026-00006", "LR-2026-00005", "LR-2026-00004", "LR-2026-00002", "LR-2026-00001"], References(mine));
    }

    [Theory]
    [InlineData(LeaveStatus.Pending, new[] { "LR-2026-00006", "LR-2026-00001" })]
    [InlineData(LeaveStatus.Approved, new[] { "LR-2026-00002" })]
    [InlineData(LeaveStatus.Rejected, new[] { "LR-2026-00004" })]
    [InlineData(LeaveStatus.Cancelled, new[] { "LR-2026-00005" })]
    public async Task My_requests_can_be_filtered_by_status(LeaveStatus status, string[] expected)
    {
        var mine = await QueryAsync(q => q.MineAsync(TestPeople.Alex.Id, status));

        Assert.Equal(expected, References(mine));
    }

    [Fact]
    public async Task Awaiting_decision_lists_only_the_approvers_pending_requests_oldest_first()
    {
        var inbox = await QueryAsync(q => q.AwaitingDecisionAsync(TestPeople.Dana.Id));

        Assert.Equal(["LR-2026-00001", "LR-2026-00003", "LR-2026-00007"], References(inbox));
    }

    [Fact]
    public async Task Awaiting_decision_follows_the_chosen_approver_not_the_manager()
    {
        var inbox = await QueryAsync(q => q.AwaitingDecisionAsync(TestPeople.Sam.Id));

        Assert.Equal(["LR-2026-00006"], References(inbox));
    }

    [Fact]
    public async Task Awaiting_decision_is_empty_for_someone_who_approves_nothing()
    {
        var inbox = await QueryAsync(q => q.AwaitingDecisionAsync(TestPeople.Alex.Id));

        Assert.Empty(inbox);
    }

    [Fact]
    public async Task Decided_lists_finished_requests_latest_decision_first()
    {
        var decided = await QueryAsync(q => q.DecidedAsync(TestPeople.Dana.Id, take: 2));

        Assert.Equal(["LR-2026-00005", "LR-2026-00004"], References(decided));
    }

    [Theory]
    [InlineData("alex", false)]
    [InlineData("dana", false)]
    [InlineData("ivy", true)]
    public async Task Requester_approver_and_admin_can_find_a_request(string viewerId, bool isAdmin)
    {
        var found = await QueryAsync(q => q.FindAsync("LR-2026-00001", new Viewer(viewerId, isAdmin)));
        var foundId = await QueryAsync(q => q.FindIdAsync("LR-2026-00001", new Viewer(viewerId, isAdmin)));

        Assert.Equal("LR-2026-00001", found?.Reference);
        Assert.Equal(found?.Id, foundId);
    }

    [Theory]
    [InlineData("sam")]
    [InlineData("ivy")]
    public async Task Unrelated_employee_cannot_find_a_request(string viewerId)
    {
        var found = await QueryAsync(q => q.FindAsync("LR-2026-00001", new Viewer(viewerId, IsAdmin: false)));
        var foundId = await QueryAsync(q => q.FindIdAsync("LR-2026-00001", new Viewer(viewerId, IsAdmin: false)));

        Assert.Null(found);
        Assert.Null(foundId);
    }

    [Fact]
    public async Task Unknown_reference_finds_nothing()
    {
        var found = await QueryAsync(q => q.FindAsync("LR-2026-99999", TestPeople.Dana.AsAdmin));
        var foundId = await QueryAsync(q => q.FindIdAsync("LR-2026-99999", TestPeople.Dana.AsAdmin));

        Assert.Null(found);
        Assert.Null(foundId);
    }

    [Fact]
    public async Task Found_request_carries_its_history_in_order()
    {
        var found = await QueryAsync(q => q.FindAsync("LR-2026-00002", TestPeople.Alex.Viewer));

        Assert.Equal(
            [(LeaveEventKind.Submitted, (string?)null), (LeaveEventKind.Approved, "Enjoy")],
            found!.History.Select(h => (h.Kind, h.Comment)));
    }

    [Fact]
    public async Task Found_request_names_requester_and_approver()
    {
        var found = await QueryAsync(q => q.FindAsync("LR-2026-00006", TestPeople.Sam.Viewer));

        Assert.Equal(("Alex Employee", "Sam Other"), (found?.Requester.DisplayName, found?.Approver.DisplayName));
    }

    private Task<T> QueryAsync<T>(Func<LeaveRequestQueries, Task<T>> query) => arranged.Database.InScopeAsync(query);

    private static string[] References(IEnumerable<LeaveRequest> requests) => [.. requests.Select(r => r.Reference)];
}
