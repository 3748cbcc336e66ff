using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>The timeline of a request: every transition, by whom, through which channel, with what comment, when.</summary>
public sealed class LeaveHistoryTests : FreshDatabaseTest
{
    private static readonly DateTimeOffset Start = LeaveTestDatabase.StartTime;

    [Fact]
    public async Task Approved_request_history_lists_submission_then_approval()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { Reason = "Family visit" }, channel: LeaveChannel.Web);
        Database.Time.Advance(TimeSpan.FromMinutes(150));
        await Database.ApproveAsync(request, comment: " Have fun ", channel: LeaveChannel.EmailLink);

        var history = await HistoryOfAsync(request);

        Assert.Equal(
            [
                new(LeaveEventKind.Submitted, "alex", "Alex Employee", LeaveChannel.Web, Start, "Family visit"),
                new(LeaveEventKind.Approved, "dana", "Dana Manager", LeaveChannel.EmailLink, Start.AddMinutes(150), "Have fun"),
            ],
            history);
    }

    [Fact]
    public async Task Rejected_request_history_lists_submission_then_rejection_with_the_reason()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek(), channel: LeaveChannel.Api);
        Database.Time.Advance(TimeSpan.FromDays(1));
        await Database.RejectAsync(request, reason: "Release week", channel: LeaveChannel.Api);

        var history = await HistoryOfAsync(request);

        Assert.Equal(
            [
                new(LeaveEventKind.Submitted, "alex", "Alex Employee", LeaveChannel.Api, Start, null),
                new(LeaveEventKind.Rejected, "dana", "Dana Manager", LeaveChannel.Api, Start.AddDays(1), "Release week"),
            ],
            history);
    }

    [Fact]
    public async Task Cancelled_request_history_lists_submission_then_cancellation_without_comment()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { Reason = "Trip" });
        Database.Time.Advance(TimeSpan.FromMinutes(5));
        await Database.CancelAsync(request, channel: LeaveChannel.Api);

        var history = await HistoryOfAsync(request);

        Assert.Equal(
            [
                new(LeaveEventKind.Submitted, "alex", "Alex Employee", LeaveChannel.Web, Start, "Trip"),
                new(LeaveEventKind.Cancelled, "alex", "Alex Employee", LeaveChannel.Api, Start.AddMinutes(5), null),
            ],
            history);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("cancel")]
    public async Task Every_transition_bumps_the_version(string transition)
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await (transition switch
        {
            "approve" => Database.ApproveAsync(request),
            "reject" => Database.RejectAsync(request),
            _ => Database.CancelAsync(request),
        });

        Assert.Equal(2, (await Database.ReloadAsync(request)).Version);
    }

    private async Task<List<HistoryLine>> HistoryOfAsync(LeaveRequest request) =>
        (await Database.ReloadAsync(request)).History
            .Select(h => new HistoryLine(h.Kind, h.ActorId, h.ActorName, h.Channel, h.At, h.Comment))
            .ToList();

    private sealed record HistoryLine(LeaveEventKind Kind, string ActorId, string ActorName, LeaveChannel Channel, DateTimeOffset At, string? Comment);
}
