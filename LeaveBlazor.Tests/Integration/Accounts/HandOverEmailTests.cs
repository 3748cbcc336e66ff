using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>The app with a sweep too rare to be seen: an email leaves only when a commit wakes the dispatcher.</summary>
public sealed class NoSweepApp : LeaveApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:SweepSeconds", "86400");
    }
}

/// <summary>The successor's email leaves as soon as the deactivation commits, not at the next sweep.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class HandOverEmailTests(NoSweepApp app) : IClassFixture<NoSweepApp>
{
    [Fact]
    public async Task Deactivation_wakes_the_dispatcher_to_send_the_successors_email()
    {
        var (approverId, request) = await app.WaitingOnANewApproverAsync();

        await app.SetActiveAsync(approverId, active: false, successorId: (await app.EmployeeAsync(LeaveApp.DanaEmail)).Id);

        await Eventually.HoldsAsync(
            () => StateOfDanasEmailAsync(request),
            state => state == OutboxState.Sent,
            "the hand-over's decision request to Dana to be sent");
    }

    private async Task<OutboxState?> StateOfDanasEmailAsync(LeaveRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox.AsNoTracking()
            .Where(m => m.LeaveRequestId == request.Id && m.Kind == EmailKind.DecisionRequest && m.ToAddress == LeaveApp.DanaEmail)
            .Select(m => (OutboxState?)m.State)
            .SingleOrDefaultAsync();
    }
}
