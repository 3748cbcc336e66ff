using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// An admin changes a person's name, manager and roles. The demo admin stays the only admin here: no test in this
/// class makes another.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ChangingPeopleTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task New_display_name_is_stored_in_the_directory()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { DisplayName = "Renamed Person" });

        Assert.Equal("Renamed Person", (await app.DirectoryEntryAsync(id))?.DisplayName);
    }

    [Fact]
    public async Task New_manager_is_stored_in_the_directory()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);

        await app.UpdatePersonAsync(id, draft with { ManagerId = dana.Id });

        Assert.Equal(dana.Id, (await app.DirectoryEntryAsync(id))?.ManagerId);
    }

    [Fact]
    public async Task Clearing_the_manager_leaves_the_person_without_one()
    {
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        var draft = PeopleInTheApp.NewPerson(dana.Id);
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { ManagerId = "" });

        Assert.Null((await app.DirectoryEntryAsync(id))?.ManagerId);
    }

    [Fact]
    public async Task New_manager_becomes_an_approver()
    {
        var managerDraft = PeopleInTheApp.NewPerson();
        var managerId = await app.CreatePersonAsync(managerDraft);
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { ManagerId = managerId });

        Assert.Contains(Roles.Approver, await app.RolesAsync(managerDraft.Email!));
    }

    [Fact]
    public async Task A_refused_change_leaves_nothing_for_the_next_one_in_the_same_scope()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        await using var circuit = app.Services.CreateAsyncScope();
        var accounts = circuit.ServiceProvider.GetRequiredService<UserAccounts>();
        var admin = await app.DemoAdminAsync();
        await Assert.ThrowsAsync<LeaveValidationException>(() => accounts.UpdateAsync(id, draft with { DisplayName = "" }, admin));

        await accounts.UpdateAsync(id, draft with { DisplayName = "Second Try" }, admin);

        Assert.Equal("Second Try", (await app.DirectoryEntryAsync(id))?.DisplayName);
    }

    [Fact]
    public async Task New_manager_approves_in_the_directory_too()
    {
        var managerId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());

        await app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId));

        Assert.True((await app.DirectoryEntryAsync(managerId))?.CanApprove);
    }

    [Fact]
    public async Task Approver_role_follows_the_directory_when_unticked()
    {
        var draft = PeopleInTheApp.NewPerson(null, Roles.Approver);
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Roles = [] });

        Assert.Equal((false, false), ((await app.DirectoryEntryAsync(id))?.CanApprove, (await app.RolesAsync(draft.Email!)).Contains(Roles.Approver)));
    }

    [Fact]
    public async Task A_manager_keeps_approving_while_someone_reports_to_them()
    {
        var managerDraft = PeopleInTheApp.NewPerson();
        var managerId = await app.CreatePersonAsync(managerDraft);
        var report = PeopleInTheApp.NewPerson(managerId) with { DisplayName = "Rory Report" };
        await app.CreatePersonAsync(report);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => app.UpdatePersonAsync(managerId, managerDraft with { Roles = [] }));

        Assert.Equal(["Rory Report reports to this person, who approves their leave as their manager: give them another manager first."], refused.Errors["Roles"]);
    }

    [Fact]
    public async Task Roles_asked_are_given()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Roles = [Roles.Approver] });

        Assert.Equal([Roles.Approver, Roles.Employee], await app.RolesAsync(draft.Email!));
    }

    [Fact]
    public async Task Roles_not_asked_are_taken_away_but_Employee_stays()
    {
        var draft = PeopleInTheApp.NewPerson(roles: [Roles.Approver]);
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Roles = [] });

        Assert.Equal([Roles.Employee], await app.RolesAsync(draft.Email!));
    }

    [Fact]
    public async Task Email_is_not_changed_by_an_update()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Email = "someone.else@leaveblazor.test" });

        Assert.Equal(draft.Email, (await app.DirectoryEntryAsync(id))?.Email);
    }

    [Fact]
    public async Task Taking_Admin_from_the_only_active_admin_is_refused_on_the_roles_field()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.UpdatePersonAsync(admin.Id, new UserDraft(admin.Email, admin.DisplayName, admin.ManagerId, [Roles.Approver])));

        Assert.Equal(["Roles"], refused.Errors.Keys);
    }

    [Fact]
    public async Task Taking_Admin_from_the_only_active_admin_leaves_them_admin()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);

        await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.UpdatePersonAsync(admin.Id, new UserDraft(admin.Email, admin.DisplayName, admin.ManagerId, [])));

        Assert.Equal([LeaveApp.AdminEmail], await app.EmailsInRoleAsync(Roles.Admin));
    }

    [Fact]
    public async Task Changing_someone_who_no_longer_exists_is_refused()
    {
        var draft = PeopleInTheApp.NewPerson();

        await Assert.ThrowsAsync<LeaveRuleException>(() => app.UpdatePersonAsync("no-such-person", draft));
    }
}
