using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Integration.ScaleOut;

/// <summary>Two instances of the app on one PostgreSQL database and one clock, as behind a load balancer.</summary>
public sealed class TwoInstancesOnPostgreSql : IAsyncLifetime
{
    private SecondInstance? _second;

    public JobsAppOnPostgreSql First { get; } = new();

    public SecondInstance Second => _second ?? throw new InvalidOperationException("The second instance starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        _second = new SecondInstance(First);
        await _second.InitializeAsync();
    }

    public Task DisposeAsync() => Restart.DisposeAsync(_second, First);
}

[Collection(LeaveAppCollection.Name)]
public sealed class TwoInstancesTests(TwoInstancesOnPostgreSql instances) : IClassFixture<TwoInstancesOnPostgreSql>
{
    private JobsAppOnPostgreSql A => instances.First;

    private SecondInstance B => instances.Second;

    [Fact]
    public async Task Alex_asks_on_one_instance_and_Dana_approves_on_the_other()
    {
        var request = await A.AlexSubmitsAsync();

        var approved = await B.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(
            request.Id, new Actor(request.ApproverId, request.Approver.DisplayName), "Enjoy", LeaveChannel.Web));

        Assert.Equal((LeaveStatus.Approved, LeaveStatus.Approved), (approved.Status, (await A.ReloadAsync(request)).Status));
    }

    [Fact]
    public async Task Both_deciding_at_once_make_one_decision_and_one_outcome_email()
    {
        var request = await A.AlexSubmitsAsync();
        var dana = new Actor(request.ApproverId, request.Approver.DisplayName);

        var race = await Outcomes.RaceAsync(
            () => A.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(request.Id, dana, null, LeaveChannel.Web)),
            () => B.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.RejectAsync(request.Id, dana, "No cover", LeaveChannel.Web)));

        var decisions = (await A.ReloadAsync(request)).History.Count(h => h.Kind is LeaveEventKind.Approved or LeaveEventKind.Rejected);
        var outcomeEmails = (await OutboxAsync(request)).Count(m => m.Kind == EmailKind.Outcome);
        Assert.Equal((1, 1, 1), (race.Succeeded, decisions, outcomeEmails));
    }

    [Fact]
    public async Task A_reminder_due_while_both_run_goes_out_once()
    {
        var request = await A.AlexSubmitsAsync();
        A.Time.Advance(A.Services.GetRequiredService<IOptions<ReminderOptions>>().Value.Interval + TimeSpan.FromSeconds(1));

        await Task.WhenAll(
            A.InScopeAsync<SendDueReminders, ReminderRun>(reminders => reminders.ExecuteAsync()),
            B.InScopeAsync<SendDueReminders, ReminderRun>(reminders => reminders.ExecuteAsync()));

        var reminders = await A.RemindersAsync(request);
        Assert.Equal((1, 1), (reminders.Count, (await A.ReloadAsync(request)).RemindersSent));
    }

    [Fact]
    public async Task With_both_dispatchers_sending_every_email_leaves_once()
    {
        var requests = new List<LeaveRequest>();
        for (var i = 0; i < 10; i++)
        {
            requests.Add(await A.AlexSubmitsAsync());
        }

        await Task.WhenAll(
            A.InScopeAsync<OutboxDispatcher, DispatchReport>(dispatcher => dispatcher.DispatchAsync()),
            B.InScopeAsync<OutboxDispatcher, DispatchReport>(dispatcher => dispatcher.DispatchAsync()));

        var keys = new List<Guid>();
        foreach (var request in requests)
        {
            keys.AddRange((await OutboxAsync(request)).Select(m => m.Key));
        }

        NonEmpty.All(keys, key => Assert.Equal(1, new[] { A.PickupFolder, B.PickupFolder }
            .Count(folder => File.Exists(Path.Combine(folder, PickupFolderTransport.FileName(key))))));
    }

    private Task<List<OutboxMessage>> OutboxAsync(LeaveRequest request) =>
        A.InScopeAsync<LeaveDbContext, List<OutboxMessage>>(db => db.Outbox.AsNoTracking().Where(m => m.LeaveRequestId == request.Id).ToListAsync());
}
