using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// A second admin beside the demo admin, deactivated when they leave. Every test here leaves the admins it makes
/// deactivated, so the demo admin is always the one active admin when a test starts.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FormerAdminTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Admin_is_deactivated_while_another_admin_is_active()
    {
        var id = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(roles: [Roles.Admin]));

        await app.SetActiveAsync(id, active: false);

        Assert.False((await app.DirectoryEntryAsync(id))?.IsActive);
    }

    [Fact]
    public async Task Deactivated_admin_loses_the_Admin_role_while_another_admin_is_active()
    {
        var draft = PeopleInTheApp.NewPerson(roles: [Roles.Admin]);
        var id = await app.CreatePersonAsync(draft);
        await app.SetActiveAsync(id, active: false);

        await app.UpdatePersonAsync(id, draft with { Roles = [] });

        Assert.Equal([Roles.Employee], await app.RolesAsync(draft.Email!));
    }
}
