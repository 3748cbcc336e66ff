using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// The demo admin gives people their own yearly allowances through the operation that saves the rest of the person
/// (<see cref="Web.Identity.UserAccounts"/>): in its transaction, refused with the rest, audited with the rest.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class OwnAllowancesTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Allowances_given_to_a_new_person_are_their_own()
    {
        var annual = await TypeAsync("Annual");

        var id = await app.CreatePersonAsync(PeopleInTheApp.NewPerson() with { Allowances = [new(annual.Id, 28)] });

        Assert.Equal([new PersonalAllowanceDraft(annual.Id, 28)], await OwnAsync(id));
    }

    [Fact]
    public async Task Changed_allowances_replace_the_old_and_a_type_left_out_has_the_types_again()
    {
        var annual = await TypeAsync("Annual");
        var draft = PeopleInTheApp.NewPerson() with { Allowances = [new(annual.Id, 28)] };
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Allowances = [new(annual.Id, 30)] });
        var changed = await OwnAsync(id);
        await app.UpdatePersonAsync(id, draft with { Allowances = [] });

        Assert.Equal([new PersonalAllowanceDraft(annual.Id, 30)], changed);
        Assert.Empty(await OwnAsync(id));
    }

    [Fact]
    public async Task A_change_that_does_not_name_allowances_keeps_them()
    {
        var annual = await TypeAsync("Annual");
        var draft = PeopleInTheApp.NewPerson() with { Allowances = [new(annual.Id, 28)] };
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { DisplayName = "Renamed Person", Allowances = null });

        Assert.Equal([new PersonalAllowanceDraft(annual.Id, 28)], await OwnAsync(id));
    }

    [Fact]
    public async Task A_change_of_allowances_is_audited_with_before_and_after()
    {
        var annual = await TypeAsync("Annual");
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { Allowances = [new(annual.Id, 28)] });

        await using var scope = app.Services.CreateAsyncScope();
        var line = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditAction.AccountChanged && e.Subject.Contains(draft.Email!));
        Assert.Equal("allowances: the leave types' → Annual 28 days", line.Details);
    }

    [Fact]
    public async Task An_allowance_for_a_type_that_counts_against_nothing_is_refused_on_its_field_and_nothing_is_saved()
    {
        var sick = await TypeAsync("Sick");
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(
            () => app.UpdatePersonAsync(id, draft with { DisplayName = "Renamed Person", Allowances = [new(sick.Id, 5)] }));

        Assert.Equal(["Sick does not count against an allowance, so it has no yearly allowance to set."], refused.Errors[PersonalAllowanceRules.FieldOf(sick.Id)]);
        Assert.Equal(draft.DisplayName, (await app.DirectoryEntryAsync(id))?.DisplayName);
    }

    private async Task<LeavePolicy> TypeAsync(string name) =>
        (await app.InScopeAsync<LeavePolicies, List<LeavePolicy>>(policies => policies.EveryAsync())).Named(name)
        ?? throw new InvalidOperationException($"No leave type {name}.");

    private async Task<List<PersonalAllowanceDraft>> OwnAsync(string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await PersonalAllowances.OfAsync(scope.ServiceProvider.GetRequiredService<LeaveDbContext>(), id);
    }
}
