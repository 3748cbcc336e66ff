using System.Net;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Web.Backups;
using LeaveBlazor.Web.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>What admins do to people lands in the audit list, in the change's own transaction, and stays there.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class AuditTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Creating_a_person_records_who_created_whom_with_their_manager_and_roles()
    {
        var draft = PeopleInTheApp.NewPerson((await app.EmployeeAsync(LeaveApp.DanaEmail)).Id, Roles.Approver);

        await app.CreatePersonAsync(draft);

        var line = Assert.Single(await LinesAboutAsync(draft.Email!));
        Assert.Equal(("Ada Admin", AuditAction.AccountCreated, $"{draft.DisplayName} ({draft.Email})", $"name: {draft.DisplayName}; manager: Dana Manager; roles: Employee, Approver; calendar: United Kingdom, Mon–Fri"),
            (line.ActorName, line.Action, line.Subject, line.Details));
    }

    [Fact]
    public async Task Promoting_a_person_records_the_roles_before_and_after_apart_from_other_changes()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.UpdatePersonAsync(id, draft with { DisplayName = draft.DisplayName + " Jr", Roles = [Roles.Approver] });

        var lines = (await LinesAboutAsync(draft.Email!)).Where(l => l.Action != AuditAction.AccountCreated).OrderBy(l => l.Action).Select(l => (l.Action, l.Details));
        Assert.Equal(
            [(AuditAction.AccountChanged, $"name: {draft.DisplayName} → {draft.DisplayName} Jr"), (AuditAction.RolesChanged, "roles: Employee → Employee, Approver")],
            lines);
    }

    [Fact]
    public async Task Deactivating_and_reactivating_are_both_recorded()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);

        await app.SetActiveAsync(id, active: false);
        await app.SetActiveAsync(id, active: true);

        var actions = (await LinesAboutAsync(draft.Email!)).OrderBy(l => l.Id).Select(l => l.Action);
        Assert.Equal([AuditAction.AccountCreated, AuditAction.AccountDeactivated, AuditAction.AccountReactivated], actions);
    }

    [Fact]
    public async Task Refused_change_records_nothing()
    {
        var draft = PeopleInTheApp.NewPerson() with { Password = "short" };

        await Assert.ThrowsAsync<LeaveValidationException>(() => app.CreatePersonAsync(draft));

        Assert.Empty(await LinesAboutAsync(draft.Email!));
    }

    [Fact]
    public async Task Taking_a_backup_records_who_took_which_file()
    {
        var admin = await app.DemoAdminAsync();

        var taken = await app.InScopeAsync<DatabaseBackups, BackupFile>(backups => backups.TakeAsync(admin, CancellationToken.None));

        await using var scope = app.Services.CreateAsyncScope();
        var line = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.SingleAsync(e => e.Subject == taken.Name);
        Assert.Equal(("Ada Admin", AuditAction.BackupTaken), (line.ActorName, line.Action));
    }

    [Fact]
    public async Task Seeded_people_are_recorded_as_created_by_the_app()
    {
        var line = Assert.Single(await LinesAboutAsync(LeaveApp.AlexEmail));

        Assert.Equal(("LeaveBlazor", AuditAction.AccountCreated), (line.ActorName, line.Action));
    }

    [Theory]
    [InlineData("UPDATE AuditEntries SET ActorName = 'Nobody'", "The audit list is append-only: its lines cannot be changed.")]
    [InlineData("DELETE FROM AuditEntries", "The audit list is append-only: its lines cannot be removed.")]
    public async Task Database_refuses_to_change_or_remove_a_line(string sql, string message)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await LinesAboutAsync(LeaveApp.AlexEmail));
    }

    [Fact]
    public async Task Admin_reads_the_list_filtered_by_kind_and_words()
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        await app.UpdatePersonAsync(id, draft with { Roles = [Roles.Admin] });
        var admin = await app.SignedInAsync(LeaveApp.AdminEmail);

        var page = await admin.GetPageAsync($"/admin/audit?action=RolesChanged&who={Uri.EscapeDataString(draft.Email!)}");

        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").Select(row => row.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("Roles changed", row, StringComparison.Ordinal);
        Assert.Contains("roles: Employee → Employee, Admin", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filters_are_named_and_left_out_rather_than_failing()
    {
        var admin = await app.SignedInAsync(LeaveApp.AdminEmail);

        var page = await admin.GetPageAsync("/admin/audit?action=Nuked&from=31/12/2026&to=9999-99-99&page=-4");

        Assert.Contains("'Nuked' is not something the audit list records", page.QuerySelector("[data-testid=ignored-filters]")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=audit] tbody tr"));
    }

    [Fact]
    public async Task People_who_are_not_admins_cannot_open_it()
    {
        var alex = await app.SignedInAsync(LeaveApp.AlexEmail);

        using var response = await alex.GetAsync("/admin/audit");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/AccessDenied"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    private async Task<List<AuditEntry>> LinesAboutAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        return await db.AuditEntries.Where(e => e.Subject.EndsWith($"({email})")).ToListAsync();
    }
}
