using System.Net;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Passwords;

/// <summary>An admin sends a person a reset link (Admin → Users) instead of typing a password for them: the same email, audited.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class AdminResetLinkTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Admin_sends_a_working_link_named_as_theirs()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);

        var outcome = await SendAsAdminAsync(draft.Email!);

        var sent = Assert.Single(await app.ResetEmailsToAsync(draft.Email!));
        Assert.Equal(ResetLinkOutcome.Sent, outcome);
        Assert.Contains((await app.DemoAdminAsync()).DisplayName + ", an admin, sent you a link", sent.TextBody);
        using var reset = await app.CreateBrowser().SetNewPasswordAsync(await app.LinkInAsync(sent), "From-admin-6");
        using var signIn = await app.CreateBrowser().SignInAsync(draft.Email!, "From-admin-6");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Sending_leaves_an_audit_line()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);

        await SendAsAdminAsync(draft.Email!);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContextAsync();
        var line = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ResetLinkSent && e.Subject.Contains(draft.Email!));
        Assert.Equal((await app.DemoAdminAsync()).DisplayName, line.ActorName);
    }

    [Fact]
    public async Task Deactivated_person_gets_no_link()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.SetActiveAsync(await app.CreatePersonAsync(draft), active: false);

        var outcome = await SendAsAdminAsync(draft.Email!);

        Assert.Equal(ResetLinkOutcome.Deactivated, outcome);
        Assert.Empty(await app.ResetEmailsToAsync(draft.Email!));
    }

    private async Task<ResetLinkOutcome> SendAsAdminAsync(string email)
    {
        var admin = await app.DemoAdminAsync();
        return await app.InScopeAsync<PasswordResetLinks, ResetLinkOutcome>(links => links.SendAsync(email, admin));
    }
}
