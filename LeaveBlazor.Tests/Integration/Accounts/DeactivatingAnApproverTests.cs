using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// The demo admin deactivates an approver whom a new person asked for leave: the directory change, the hand-over to
/// Dana with its emails, and the account's lockout commit together, or none of them does.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DeactivatingAnApproverTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Pending_requests_go_to_the_successor()
    {
        var (approverId, request) = await app.WaitingOnANewApproverAsync();

        await app.SetActiveAsync(approverId, active: false, successorId: await DanasIdAsync());

        Assert.Equal(await DanasIdAsync(), (await ReloadAsync(request)).ApproverId);
    }

    [Fact]
    public async Task Successor_gets_a_decision_request_in_the_same_step()
    {
        var (approverId, request) = await app.WaitingOnANewApproverAsync();

        await app.SetActiveAsync(approverId, active: false, successorId: await DanasIdAsync());

        Assert.Contains(LeaveApp.DanaEmail, (await OutboxAsync(request)).Where(m => m.Kind == EmailKind.DecisionRequest).Select(m => m.ToAddress));
    }

    [Fact]
    public async Task Without_a_successor_the_approver_stays_active()
    {
        var (approverId, _) = await app.WaitingOnANewApproverAsync();

        await Assert.ThrowsAsync<LeaveRuleException>(() => app.SetActiveAsync(approverId, active: false));

        Assert.True((await app.DirectoryEntryAsync(approverId))?.IsActive);
    }

    [Fact]
    public async Task A_failure_after_the_hand_over_leaves_nothing_half_done()
    {
        var (approverId, request) = await app.WaitingOnANewApproverAsync();
        var danaId = await DanasIdAsync();
        await RefuseAccountChangesAsync(approverId);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.SetActiveAsync(approverId, active: false, successorId: danaId));

        Assert.Equal(
            (approverId, true, 0),
            ((await ReloadAsync(request)).ApproverId, (await app.DirectoryEntryAsync(approverId))?.IsActive, (await OutboxAsync(request)).Count(m => m.Kind == EmailKind.HandOverNotice)));
    }

    /// <summary>
    /// Makes the database refuse any change to the person's sign-in account, so deactivating them fails at the lockout,
    /// after the directory entry and the hand-over were written in the same transaction. Only this person's row is affected.
    /// </summary>
    private async Task RefuseAccountChangesAsync(string id)
    {
        var account = Guid.Parse(id); // a trigger takes no parameters: the id goes in as a parsed Guid, nothing else
        var sql = $"CREATE TRIGGER \"refuse_account_{account:N}\" BEFORE UPDATE ON \"AspNetUsers\" WHEN OLD.\"Id\" = '{account:D}' "
            + "BEGIN SELECT RAISE(ABORT, 'account changes refused by the test'); END;";
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<string> DanasIdAsync() => (await app.EmployeeAsync(LeaveApp.DanaEmail)).Id;

    private async Task<LeaveRequest> ReloadAsync(LeaveRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().LeaveRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id);
    }

    private async Task<List<OutboxMessage>> OutboxAsync(LeaveRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox.AsNoTracking().Where(m => m.LeaveRequestId == request.Id).ToListAsync();
    }
}
