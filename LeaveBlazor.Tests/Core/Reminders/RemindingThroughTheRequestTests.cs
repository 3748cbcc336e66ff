using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Reminders;

/// <summary>The request decides its own reminders and escalations, as it decides approvals: checked, versioned, recorded.</summary>
public sealed class RemindingThroughTheRequestTests : FreshDatabaseTest
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private LeaveClock Clock => Database.Services.GetRequiredService<LeaveClock>();

    [Fact]
    public async Task A_reminder_bumps_the_version_and_schedules_the_next()
    {
        var request = await DueRequestAsync();
        var version = request.Version;

        request.Remind(Day, 3, Clock);

        Assert.Equal((version + 1, 1, Database.Time.GetUtcNow() + Day), (request.Version, request.RemindersSent, request.NextReminderDue));
    }

    [Fact]
    public async Task A_reminder_is_recorded_in_the_history()
    {
        var request = await DueRequestAsync();

        var entry = request.Remind(Day, 3, Clock);

        Assert.Equal((LeaveEventKind.Reminded, LeaveChannel.Automatic, "Reminder 1 of 3 sent to Dana Manager", request.Id),
            (entry.Kind, entry.Channel, entry.Comment, entry.LeaveRequestId));
    }

    [Fact]
    public async Task An_escalation_stops_the_reminders_and_names_who_was_told()
    {
        var request = await DueRequestAsync();

        var entry = request.Escalate([TestPeople.Sam.ToEmployee()], Clock);

        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)Database.Time.GetUtcNow(), "No decision after 0 reminders: escalated to Sam Other"),
            (request.NextReminderDue, request.OverdueSince, entry.Comment));
    }

    [Fact]
    public async Task A_decided_request_cannot_be_reminded()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.ApproveAsync(request);
        Database.Time.Advance(Day);
        var decided = await Database.ReloadAsync(request);

        var refused = Assert.Throws<LeaveConflictException>(() => decided.Remind(Day, 3, Clock));

        Assert.StartsWith($"{request.Reference} was already approved by Dana Manager", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_before_it_is_due_is_refused()
    {
        var request = await Database.ReloadAsync(await Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Throws<LeaveRuleException>(() => request.Remind(Day, 3, Clock));
    }

    [Fact]
    public async Task An_escalation_to_nobody_says_so()
    {
        var request = await DueRequestAsync();

        var entry = request.Escalate(Array.Empty<Employee>(), Clock);

        Assert.Equal("No decision after 0 reminders: escalated to nobody (no manager or admin to tell)", entry.Comment);
    }

    private async Task<LeaveRequest> DueRequestAsync()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        Database.Time.Advance(Day);
        return await Database.ReloadAsync(request);
    }
}
