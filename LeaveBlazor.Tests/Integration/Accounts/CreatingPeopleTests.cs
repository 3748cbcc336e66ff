using System.Net;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>An admin adds a person: a sign-in account and a directory entry, together or not at all.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CreatingPeopleTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task New_person_gets_a_sign_in_account_under_the_returned_id()
    {
        var draft = PeopleInTheApp.NewPerson();

        var id = await app.CreatePersonAsync(draft);

        Assert.Equal(id, (await app.AccountAsync(draft.Email!))?.Id);
    }

    [Fact]
    public async Task New_person_has_the_Employee_role_plus_the_roles_asked()
    {
        var draft = PeopleInTheApp.NewPerson(roles: [Roles.Approver, Roles.Admin]);

        await app.CreatePersonAsync(draft);

        Assert.Equal([Roles.Admin, Roles.Approver, Roles.Employee], await app.RolesAsync(draft.Email!));
    }

    [Fact]
    public async Task New_person_without_roles_asked_is_an_Employee()
    {
        var draft = PeopleInTheApp.NewPerson();

        await app.CreatePersonAsync(draft);

        Assert.Equal([Roles.Employee], await app.RolesAsync(draft.Email!));
    }

    [Fact]
    public async Task New_person_is_in_the_directory_with_their_email_name_and_manager()
    {
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        var draft = PeopleInTheApp.NewPerson(dana.Id);

        var id = await app.CreatePersonAsync(draft);

        var entry = await app.DirectoryEntryAsync(id);
        Assert.Equal((draft.Email, draft.DisplayName, dana.Id, true), (entry?.Email, entry?.DisplayName, entry?.ManagerId, entry?.IsActive));
    }

    [Fact]
    public async Task New_person_signs_in_through_the_sign_in_form()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);

        var response = await app.CreateBrowser().SignInAsync(draft.Email!, PeopleInTheApp.Password);

        Assert.Equal((HttpStatusCode.Redirect, "/"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task Choosing_a_manager_makes_them_an_approver()
    {
        var managerDraft = PeopleInTheApp.NewPerson();
        var managerId = await app.CreatePersonAsync(managerDraft);

        await app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId));

        Assert.Contains(Roles.Approver, await app.RolesAsync(managerDraft.Email!));
    }

    [Fact]
    public async Task Email_and_name_are_stored_without_surrounding_spaces()
    {
        var draft = PeopleInTheApp.NewPerson();

        var id = await app.CreatePersonAsync(draft with { Email = $"  {draft.Email} ", DisplayName = $" {draft.DisplayName}  " });

        var entry = await app.DirectoryEntryAsync(id);
        Assert.Equal((draft.Email, draft.DisplayName), (entry?.Email, entry?.DisplayName));
    }

    [Fact]
    public async Task Email_with_an_apostrophe_is_accepted_like_any_valid_address()
    {
        var draft = PeopleInTheApp.NewPerson();

        await app.CreatePersonAsync(draft with { Email = $"o'{draft.Email}" });

        Assert.NotNull(await app.AccountAsync($"o'{draft.Email}"));
    }

    /// <summary>
    /// A directory entry with no account (as an import or a hand edit would leave) makes the directory insert fail
    /// on its unique email after the account row is already written: the account must be undone with it.
    /// </summary>
    [Fact]
    public async Task Failure_after_the_account_is_written_leaves_both_stores_as_they_were()
    {
        var draft = PeopleInTheApp.NewPerson();
        await AddDirectoryEntryWithoutAccountAsync(draft.Email!);
        var before = await app.PeopleCountsAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => app.CreatePersonAsync(draft));

        Assert.Equal(before, await app.PeopleCountsAsync());
    }

    private async Task AddDirectoryEntryWithoutAccountAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        db.Employees.Add(new Employee(Guid.NewGuid().ToString(), email, "Imported Person"));
        await db.SaveChangesAsync();
    }
}
