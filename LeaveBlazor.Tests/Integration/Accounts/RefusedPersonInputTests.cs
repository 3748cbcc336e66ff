using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>What an admin types wrong when adding or changing a person: told per field, and nothing is written.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class RefusedPersonInputTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    public static TheoryData<string, string> InvalidNewPeople => new()
    {
        { "email that is not an address", "Email" },
        { "email of someone who has an account", "Email" },
        { "email of someone who has an account, in other case", "Email" },
        { "blank display name", "DisplayName" },
        { "display name over two lines", "DisplayName" },
        { "display name of 101 characters", "DisplayName" },
        { "display name with a text-direction override", "DisplayName" },
        { "display name with a NUL", "DisplayName" },
        { "email with a text-direction mark", "Email" },
        { "weak password", "Password" },
        { "unknown role", "Roles" },
        { "manager who does not exist", "ManagerId" },
    };

    public static TheoryData<string> InvalidNewPeopleProblems => new(InvalidNewPeople.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(InvalidNewPeople))]
    public async Task Invalid_new_person_is_refused_with_an_error_on_that_field_only(string problem, string field)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => app.CreatePersonAsync(NewPersonWith(problem)));

        Assert.Equal([field], refused.Errors.Keys);
    }

    [Theory]
    [MemberData(nameof(InvalidNewPeopleProblems))]
    public async Task Invalid_new_person_writes_neither_an_account_nor_a_directory_entry(string problem)
    {
        var before = await app.PeopleCountsAsync();

        await Assert.ThrowsAsync<LeaveValidationException>(() => app.CreatePersonAsync(NewPersonWith(problem)));

        Assert.Equal(before, await app.PeopleCountsAsync());
    }

    [Theory]
    [InlineData("display name with a text-direction override", "The display name contains a text-direction mark (U+202E) at character 5: remove it.")]
    [InlineData("email with a text-direction mark", "The email address contains a text-direction mark (U+200F) at character 4: remove it.")]
    public async Task Hidden_character_is_named_with_its_place(string problem, string message)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => app.CreatePersonAsync(NewPersonWith(problem)));

        Assert.Equal([message], refused.Errors.Values.Single());
    }

    [Fact]
    public async Task New_person_without_a_password_is_refused_with_a_password_error()
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.CreatePersonAsync(PeopleInTheApp.NewPerson() with { Password = null }));

        Assert.Equal(["Password"], refused.Errors.Keys);
    }

    [Fact]
    public async Task Deactivated_manager_is_refused_on_the_manager_field()
    {
        var managerId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        await app.SetActiveAsync(managerId, active: false);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => app.CreatePersonAsync(PeopleInTheApp.NewPerson(managerId)));

        Assert.Equal(["ManagerId"], refused.Errors.Keys);
    }

    [Fact]
    public async Task Manager_who_reports_to_the_person_is_refused_on_the_manager_field()
    {
        var (boss, bossDraft, reportId) = await BossAndReportAsync();

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.UpdatePersonAsync(boss, bossDraft with { ManagerId = reportId }));

        Assert.Equal(["ManagerId"], refused.Errors.Keys);
    }

    [Fact]
    public async Task Manager_who_reports_to_the_person_leaves_their_manager_unchanged()
    {
        var (boss, bossDraft, reportId) = await BossAndReportAsync();

        await Assert.ThrowsAsync<LeaveValidationException>(() => app.UpdatePersonAsync(boss, bossDraft with { ManagerId = reportId }));

        Assert.Null((await app.DirectoryEntryAsync(boss))?.ManagerId);
    }

    [Fact]
    public async Task Manager_reached_through_a_chain_of_reports_is_refused()
    {
        var (boss, bossDraft, reportId) = await BossAndReportAsync();
        var indirectId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(reportId));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.UpdatePersonAsync(boss, bossDraft with { ManagerId = indirectId }));

        Assert.Equal(["ManagerId"], refused.Errors.Keys);
    }

    private static UserDraft NewPersonWith(string problem)
    {
        var valid = PeopleInTheApp.NewPerson();
        return problem switch
        {
            "email that is not an address" => valid with { Email = "not-an-address" },
            "email of someone who has an account" => valid with { Email = LeaveApp.AlexEmail },
            "email of someone who has an account, in other case" => valid with { Email = LeaveApp.AlexEmail.ToUpperInvariant() },
            "blank display name" => valid with { DisplayName = "   " },
            "display name over two lines" => valid with { DisplayName = "Mallory\r\nBcc: everyone" },
            "display name of 101 characters" => valid with { DisplayName = new string('n', 101) },
            "display name with a text-direction override" => valid with { DisplayName = "Ann \u202Enimda" },
            "display name with a NUL" => valid with { DisplayName = "Ann\0Lee" },
            "email with a text-direction mark" => valid with { Email = "ann\u200F@example.com" },
            "weak password" => valid with { Password = "password" },
            "unknown role" => valid with { Roles = ["Superuser"] },
            "manager who does not exist" => valid with { ManagerId = "no-such-person" },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "No such invalid case."),
        };
    }

    /// <summary>A new person with no manager, and a new person who reports to them.</summary>
    private async Task<(string BossId, UserDraft BossDraft, string ReportId)> BossAndReportAsync()
    {
        var bossDraft = PeopleInTheApp.NewPerson();
        var bossId = await app.CreatePersonAsync(bossDraft);
        var reportId = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(bossId));
        return (bossId, bossDraft with { Roles = [Roles.Approver] }, reportId);
    }
}
