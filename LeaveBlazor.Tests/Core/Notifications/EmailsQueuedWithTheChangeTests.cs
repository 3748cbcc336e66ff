using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>
/// Each change writes the emails it causes to the outbox in the same save as the change itself:
/// a saved change always has its emails, and a refused or lost change has none.
/// </summary>
public sealed class EmailsQueuedWithTheChangeTests : FreshDatabaseTest
{
    private const int Races = 10;

    [Fact]
    public async Task Submitting_queues_a_receipt_to_the_requester_and_a_decision_request_to_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(
            [(EmailKind.SubmissionReceipt, TestPeople.Alex.Email), (EmailKind.DecisionRequest, TestPeople.Dana.Email)],
            Addressed(await Database.OutboxAsync(request)));
    }

    [Fact]
    public async Task Approving_queues_one_outcome_to_the_requester()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.ApproveAsync(request);

        Assert.Equal([(EmailKind.Outcome, TestPeople.Alex.Email)], Addressed(await AfterSubmissionAsync(request)));
    }

    [Fact]
    public async Task Rejecting_queues_one_outcome_to_the_requester()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.RejectAsync(request);

        Assert.Equal([(EmailKind.Outcome, TestPeople.Alex.Email)], Addressed(await AfterSubmissionAsync(request)));
    }

    [Fact]
    public async Task Cancelling_queues_one_cancellation_notice_to_the_approver()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Database.CancelAsync(request);

        Assert.Equal([(EmailKind.CancellationNotice, TestPeople.Dana.Email)], Addressed(await AfterSubmissionAsync(request)));
    }

    [Fact]
    public async Task Submission_and_its_emails_are_written_by_one_save()
    {
        var saves = await SavesDuringAsync<SubmitLeaveRequest>(
            submit => submit.ExecuteAsync(TestPeople.Alex.Id, LeaveInput.NextWeek(), LeaveChannel.Web));

        Assert.Equal(["Added LeaveHistoryEntry, Added LeaveRequest, Added OutboxMessage, Added OutboxMessage"], saves);
    }

    [Fact]
    public async Task Decision_its_email_and_the_days_it_takes_from_the_balance_are_written_by_one_save()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var saves = await SavesDuringAsync<DecideLeaveRequest>(
            decide => decide.ApproveAsync(request.Id, TestPeople.Dana.Actor, null, LeaveChannel.Web));

        Assert.Equal(["Added BalanceEntry, Added LeaveHistoryEntry, Added OutboxMessage, Modified LeaveRequest"], saves);
    }

    [Fact]
    public async Task Cancellation_and_its_email_are_written_by_one_save()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        var saves = await SavesDuringAsync<CancelLeaveRequest>(
            cancel => cancel.ExecuteAsync(request.Id, TestPeople.Alex.Actor, LeaveChannel.Web));

        Assert.Equal(["Added LeaveHistoryEntry, Added OutboxMessage, Modified LeaveRequest"], saves);
    }

    [Fact]
    public async Task Queued_emails_wait_to_be_sent_straight_away()
    {
        Database.Time.Advance(TimeSpan.FromMinutes(20));
        var now = Database.Time.GetUtcNow();

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        NonEmpty.All(await Database.OutboxAsync(request), email => Assert.Equal(
            (OutboxState.Pending, 0, now, now, (DateTimeOffset?)null),
            (email.State, email.Attempts, email.CreatedAt, email.NextAttemptAt, email.SentAt)));
    }

    [Fact]
    public async Task Refused_submission_queues_no_email()
    {
        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.SubmitAsync(LeaveInput.NextWeek(), requester: TestPeople.Ivy));

        Assert.Empty(await Database.OutboxAsync());
    }

    [Fact]
    public async Task Approve_after_cancel_queues_no_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await Database.CancelAsync(request);

        await Assert.ThrowsAsync<LeaveConflictException>(() => Database.ApproveAsync(request));

        Assert.Equal([EmailKind.CancellationNotice], (await AfterSubmissionAsync(request)).Select(m => m.Kind));
    }

    [Fact]
    public async Task Reject_without_reason_queues_no_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.RejectAsync(request, reason: null));

        Assert.Empty(await AfterSubmissionAsync(request));
    }

    [Fact]
    public async Task Decision_by_someone_other_than_the_approver_queues_no_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        await Assert.ThrowsAsync<LeaveRuleException>(() => Database.ApproveAsync(request, approver: TestPeople.Sam));

        Assert.Empty(await AfterSubmissionAsync(request));
    }

    [Fact]
    public async Task Decision_that_loses_the_race_at_save_time_queues_no_email()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        await using var staleScope = Database.CreateScope();
        var db = staleScope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        var clock = staleScope.ServiceProvider.GetRequiredService<LeaveClock>();
        var stale = await db.LoadForChangeAsync(request.Id, CancellationToken.None);
        await Database.ApproveAsync(request);

        stale.Reject(TestPeople.Dana.Actor, "Not that week", LeaveChannel.EmailLink, clock);
        await Assert.ThrowsAsync<LeaveConflictException>(() =>
            db.SaveTransitionAsync(stale, staleScope.ServiceProvider.GetRequiredService<LeaveConsequences>(), clock, CancellationToken.None));

        Assert.Single(await AfterSubmissionAsync(request));
    }

    [Fact]
    public async Task Approve_and_reject_racing_leave_exactly_one_outcome_email()
    {
        var requests = await SubmitManyAsync();

        var races = new List<string>();
        foreach (var request in requests)
        {
            await Outcomes.RaceAsync(
                () => Database.ApproveAsync(request),
                () => Database.RejectAsync(request, reason: "Not that week", channel: LeaveChannel.EmailLink));

            var outcomes = (await Database.OutboxAsync(request)).Count(m => m.Kind == EmailKind.Outcome);
            races.Add($"{request.Reference}: {outcomes} outcome email(s)");
        }

        NonEmpty.All(races, race => Assert.EndsWith(": 1 outcome email(s)", race, StringComparison.Ordinal));
    }

    /// <summary>Runs the operation in a fresh scope and lists, for each save it makes, the rows written together.</summary>
    /// <summary>What each save made by <paramref name="operation"/> wrote, on the contexts it created.</summary>
    private async Task<List<string>> SavesDuringAsync<TOperation>(Func<TOperation, Task> operation)
        where TOperation : notnull
    {
        await using var scope = Database.CreateScope();
        var saves = new List<string>();
        var contexts = new RecordingContexts(scope.ServiceProvider.GetRequiredService<IDbContextFactory<LeaveDbContext>>(), saves);
        await operation(ActivatorUtilities.CreateInstance<TOperation>(scope.ServiceProvider, contexts));
        return saves;
    }

    private sealed class RecordingContexts(IDbContextFactory<LeaveDbContext> contexts, List<string> saves) : IDbContextFactory<LeaveDbContext>
    {
        public LeaveDbContext CreateDbContext()
        {
            var db = contexts.CreateDbContext();
            db.SavingChanges += (_, _) => saves.Add(string.Join(", ", db.ChangeTracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified)
                .Select(e => $"{e.State} {e.Metadata.ClrType.Name}")
                .Order(StringComparer.Ordinal)));
            return db;
        }
    }

    private static List<(EmailKind, string)> Addressed(IEnumerable<OutboxMessage> emails) =>
        emails.Select(m => (m.Kind, m.ToAddress)).ToList();

    /// <summary>The request's emails other than the two its submission queued.</summary>
    private async Task<List<OutboxMessage>> AfterSubmissionAsync(LeaveRequest request) =>
        (await Database.OutboxAsync(request)).Skip(2).ToList();

    private Task<List<LeaveRequest>> SubmitManyAsync() => Database.SubmitSeveralAsync(Races, LeaveInput.NextMonday);
}
