using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using static LeaveBlazor.Tests.Core.Feeds.CalendarFeedText;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>
/// The requester's emails that carry the leave for their calendar: the approval (confirmed) and a confirmed
/// cancellation (cancelled, same UID, higher SEQUENCE), so a calendar that took the first updates its event.
/// </summary>
public sealed class CalendarAttachmentTests : FreshDatabaseTest
{
    [Fact]
    public async Task Approval_email_carries_the_leave_as_a_confirmed_all_day_event()
    {
        var request = await Database.ApprovedAsync(LeaveInput.NextWeek());

        var outcome = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.Outcome);

        var leave = Assert.Single(Events(outcome.CalendarAttachment!));
        Assert.Equal(("Alex Employee – Annual leave", "CONFIRMED", LeaveInput.NextMonday, LeaveInput.NextMonday.AddDays(5)),
            (leave.Summary, leave.Status, DateOnly.FromDateTime(leave.DtStart!.Value), DateOnly.FromDateTime(leave.DtEnd!.Value)));
        Assert.Equal($"leave-{request.Reference}.ics", outcome.CalendarFileName);
    }

    [Fact]
    public async Task Rejection_email_carries_no_calendar()
    {
        var request = await Database.RejectAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        var outcome = (await Database.OutboxAsync(request)).Single(m => m.Kind == EmailKind.Outcome);

        Assert.Null(outcome.CalendarAttachment);
    }

    [Fact]
    public async Task Confirmed_cancellation_sends_the_same_event_cancelled_with_a_higher_sequence()
    {
        var request = await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.AskToCancelAsync(request);
        await Database.ConfirmCancellationAsync(request);

        var emails = await Database.OutboxAsync(request);

        var approved = Assert.Single(Events(emails.Single(m => m.Kind == EmailKind.Outcome).CalendarAttachment!));
        var cancelled = Assert.Single(Events(emails.Single(m => m.Kind == EmailKind.CancellationOutcome && m.ToAddress == TestPeople.Alex.Email).CalendarAttachment!));
        Assert.Equal((approved.Uid, "CANCELLED"), (cancelled.Uid, cancelled.Status));
        Assert.True(cancelled.Sequence > approved.Sequence, $"SEQUENCE went from {approved.Sequence} to {cancelled.Sequence}");
    }
}
