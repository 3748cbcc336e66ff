using System.Net;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// An admin deactivates someone who left, and reactivates them. The demo admin stays the only admin here: no test in
/// this class makes another.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DeactivatingPeopleTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Deactivated_person_is_told_at_sign_in_that_the_account_is_deactivated()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.SetActiveAsync(id, active: false);

        var response = await app.CreateBrowser().SignInAsync(draft.Email!, PeopleInTheApp.Password);
        Assert.Equal((HttpStatusCode.OK, SignInAnswers.Deactivated), (response.StatusCode, await response.AlertAsync()));
    }

    [Fact]
    public async Task Deactivated_persons_open_session_ends()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(draft.Email!, PeopleInTheApp.Password);

        await app.SetActiveAsync(id, active: false);

        var response = await browser.GetAsync("/requests");
        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Deactivated_person_is_marked_inactive_in_the_directory()
    {
        var id = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());

        await app.SetActiveAsync(id, active: false);

        Assert.False((await app.DirectoryEntryAsync(id))?.IsActive);
    }

    [Fact]
    public async Task Deactivated_approver_is_no_longer_offered_as_approver()
    {
        var approverId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(roles: [Roles.Approver]));
        var requesterId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());

        await app.SetActiveAsync(approverId, active: false);

        Assert.DoesNotContain(approverId, await app.ApproverChoicesAsync(requesterId));
    }

    [Fact]
    public async Task Deactivated_manager_is_no_longer_offered_to_their_reports()
    {
        var managerId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        var reportId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId));
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);

        await app.SetActiveAsync(managerId, active: false, successorId: admin.Id);

        Assert.DoesNotContain(managerId, await app.ApproverChoicesAsync(reportId));
    }

    [Fact]
    public async Task Deactivated_managers_reports_get_the_successor_as_manager()
    {
        var managerId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        var reportId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId));
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);

        await app.SetActiveAsync(managerId, active: false, successorId: admin.Id);

        Assert.Equal(admin.Id, (await app.DirectoryEntryAsync(reportId))?.ManagerId);
    }

    [Fact]
    public async Task Deactivating_a_manager_without_a_successor_is_refused_and_changes_nothing()
    {
        var managerId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        await app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId));

        await Assert.ThrowsAsync<LeaveRuleException>(() => app.SetActiveAsync(managerId, active: false));

        Assert.True((await app.DirectoryEntryAsync(managerId))?.IsActive);
    }

    [Fact]
    public async Task Active_approver_is_offered_as_approver()
    {
        var approverId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(roles: [Roles.Approver]));
        var requesterId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());

        Assert.Contains(approverId, await app.ApproverChoicesAsync(requesterId));
    }

    [Fact]
    public async Task Reactivated_person_signs_in_again()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        await app.SetActiveAsync(id, active: false);

        await app.SetActiveAsync(id, active: true);

        var response = await app.CreateBrowser().SignInAsync(draft.Email!, PeopleInTheApp.Password);
        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Reactivated_approver_is_offered_as_approver_again()
    {
        var approverId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(roles: [Roles.Approver]));
        var requesterId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        await app.SetActiveAsync(approverId, active: false);

        await app.SetActiveAsync(approverId, active: true);

        Assert.Contains(approverId, await app.ApproverChoicesAsync(requesterId));
    }

    [Fact]
    public async Task Deactivating_the_only_active_admin_is_refused()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);

        await Assert.ThrowsAsync<LeaveRuleException>(() => app.SetActiveAsync(admin.Id, active: false));
    }

    [Fact]
    public async Task Only_active_admin_still_signs_in_after_the_refused_deactivation()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);
        await Assert.ThrowsAsync<LeaveRuleException>(() => app.SetActiveAsync(admin.Id, active: false));

        var response = await app.CreateBrowser().SignInAsync(LeaveApp.AdminEmail, AccountSeeding.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
