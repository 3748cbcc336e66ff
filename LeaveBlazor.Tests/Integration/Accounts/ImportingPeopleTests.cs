using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Accounts;

/// <summary>
/// The demo admin imports people from CSV into the running app: everyone in the file, or nobody and a line per bad
/// row. Each test's addresses carry a tag of their own, so the tests share one app.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ImportingPeopleTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    private const string Header = "email,name,manager_email,country,region,start_date";

    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Everyone_in_a_good_file_gets_an_account_and_a_directory_entry()
    {
        var outcome = await ImportAsync(GoodFile());

        Assert.Equal([Email("ana"), Email("ben"), Email("cy")], outcome.ImportedEmails);
        Assert.Equal([Email("ana"), Email("ben"), Email("cy")], await DirectoryEmailsAsync());
    }

    [Fact]
    public async Task Imported_people_keep_their_country_region_and_start_date()
    {
        await ImportAsync(GoodFile());

        var ana = await PersonAsync("ana");
        Assert.Equal(new WorkingTerms("DE", "BY", WorkingPattern.MondayToFriday, new DateOnly(2027, 3, 1)), ana.WorkingTerms);
    }

    [Fact]
    public async Task An_empty_country_is_the_default_one()
    {
        await ImportAsync(GoodFile());

        Assert.Equal("GB", (await PersonAsync("cy")).Country);
    }

    [Fact]
    public async Task A_manager_further_down_the_file_is_the_persons_manager()
    {
        await ImportAsync(GoodFile());

        Assert.Equal((await PersonAsync("ben")).Id, (await PersonAsync("ana")).ManagerId);
    }

    [Fact]
    public async Task A_manager_from_the_directory_is_the_persons_manager()
    {
        await ImportAsync(GoodFile());

        Assert.Equal((await app.EmployeeAsync(LeaveApp.DanaEmail)).Id, (await PersonAsync("ben")).ManagerId);
    }

    [Fact]
    public async Task An_imported_manager_becomes_an_approver()
    {
        await ImportAsync(GoodFile());

        Assert.Equal(["Approver", "Employee"], await app.RolesAsync(Email("ben")));
    }

    [Fact]
    public async Task Imported_people_have_no_password()
    {
        await ImportAsync(GoodFile());

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.False(await users.HasPasswordAsync((await users.FindByEmailAsync(Email("ana")))!));
    }

    [Fact]
    public async Task The_import_and_each_person_are_audited()
    {
        await ImportAsync(GoodFile());

        await using var scope = app.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Details.Contains(_tag) || e.Subject.Contains(_tag)).ToListAsync();
        Assert.Equal((1, 3), (lines.Count(e => e.Action == AuditAction.PeopleImported), lines.Count(e => e.Action == AuditAction.AccountCreated && e.Details.StartsWith("imported from people.csv"))));
    }

    [Theory]
    [InlineData("{ana},Ana,,XX,,", "Row 2: Country 'XX' is not supported: use a two-letter ISO 3166 code whose public holidays are known here: AT, AU,")]
    [InlineData("{ana},Ana,,DE,XY,", "Row 2: Region 'XY' is not one of Germany's here: leave it empty for the national holidays, or use one of BW,")]
    [InlineData("{ana},Ana,nobody@leaveblazor.test,,,", "Row 2: the manager nobody@leaveblazor.test is neither in the directory nor in this file.")]
    [InlineData("{ana},Ana,,,,01/03/2027", "Row 2: The start date '01/03/2027' is not a date written as year-month-day, such as 2027-03-01.")]
    [InlineData("{ana},Ana,,,,2027-02-30", "Row 2: The start date '2027-02-30' is not a date written as year-month-day, such as 2027-03-01.")]
    [InlineData("not-an-address,Ana,,,,", "Row 2: 'not-an-address' is not a valid email address.")]
    [InlineData("{ana},,,,,", "Row 2: Enter a display name of 1 to 100 characters, on one line.")]
    [InlineData("{ana},Ana,{ana},,,", "Row 2: A person cannot be their own manager.")]
    [InlineData("dana@leaveblazor.test,Dana Again,,,,", "Row 2: dana@leaveblazor.test already has an account.")]
    public async Task A_bad_row_is_named_with_what_is_wrong(string row, string problem)
    {
        var outcome = await ImportAsync($"{Header}\n{Tagged(row)}\n{Tagged("{cy},Cy,,,,")}\n");

        Assert.StartsWith(problem, Assert.Single(outcome.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_address_twice_in_the_file_is_refused_on_its_second_row()
    {
        var outcome = await ImportAsync($"{Header}\n{Tagged("{ana},Ana,,,,")}\n{Tagged("{cy},Cy,,,,")}\n{Tagged("{ana},Ana Again,,,,")}\n");

        Assert.Equal([$"Row 4: {Email("ana")} is already on row 2: an address can have one account."], outcome.Problems);
    }

    [Fact]
    public async Task Managers_who_report_to_each_other_are_refused()
    {
        var outcome = await ImportAsync($"{Header}\n{Tagged("{ana},Ana,{ben},,,")}\n{Tagged("{ben},Ben,{ana},,,")}\n");

        Assert.Equal(["Row 2: the managers of rows 2, 3 go round in a circle: someone in it needs a manager outside it, or none."], outcome.Problems);
    }

    [Fact]
    public async Task A_deactivated_manager_is_refused()
    {
        var gone = PeopleInTheApp.NewPerson();
        await app.SetActiveAsync(await app.CreatePersonAsync(gone), active: false);

        var outcome = await ImportAsync($"{Header}\n{Tagged($"{{ana}},Ana,{gone.Email},,,")}\n");

        Assert.Equal([$"Row 2: the manager {gone.DisplayName} ({gone.Email}) is deactivated: choose an active manager."], outcome.Problems);
    }

    [Fact]
    public async Task Allowances_in_the_file_become_the_persons_own()
    {
        await ImportAsync($"{Header},allowances\n{Tagged("{ana},Ana,,,,,annual=28")}\n{Tagged("{cy},Cy,,,,,")}\n");

        Assert.Equal([("Annual", 28m)], await OwnAllowancesAsync("ana"));
        Assert.Empty(await OwnAllowancesAsync("cy"));
    }

    [Fact]
    public async Task A_persons_own_allowances_are_in_their_audit_line()
    {
        await ImportAsync($"{Header},allowances\n{Tagged("{ana},Ana,,,,,Annual=28.5")}\n");

        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditAction.AccountCreated && e.Subject.Contains(Email("ana")));
        Assert.EndsWith("; calendar: United Kingdom, Mon–Fri; allowances: Annual 28.5 days", created.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Holiday=3", "Row 2: There is no leave type called Holiday: use Annual.")]
    [InlineData("Sick=3", "Row 2: Sick does not count against an allowance, so it has no yearly allowance to set.")]
    [InlineData("Annual=400", "Row 2: Enter the Annual allowance as days from 0 to 366; 400 days is out of range.")]
    [InlineData("Annual=12.3", "Row 2: Enter the Annual allowance in whole or half days (such as 12 or 12.5); 12.3 days is neither.")]
    [InlineData("Annual=lots", "Row 2: The Annual allowance 'lots' is not a number of days: write whole or half days, such as 28 or 12.5.")]
    [InlineData("Annual=28;ANNUAL=30", "Row 2: ANNUAL is given two allowances: give each leave type one.")]
    [InlineData("Annual 28", "Row 2: 'Annual 28' in the allowances is not a leave type and its days: write them as Annual=28;Study=5.")]
    public async Task A_row_with_bad_allowances_is_named_with_what_is_wrong_and_nobody_is_imported(string allowances, string problem)
    {
        var before = await app.PeopleCountsAsync();

        var outcome = await ImportAsync($"{Header},allowances\n{Tagged($"{{ana}},Ana,,,,,\"{allowances}\"")}\n{Tagged("{cy},Cy,,,,,Annual=30")}\n");

        Assert.Equal([problem], outcome.Problems);
        Assert.Equal(before, await app.PeopleCountsAsync());
    }

    [Fact]
    public async Task Allowances_in_a_semicolon_file_are_read_from_a_quoted_cell()
    {
        var outcome = await ImportAsync($"email;name;allowances\n{Tagged("{ana};Ana;\"Annual=26;\"")}\n");

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Problems));
        Assert.Equal([("Annual", 26m)], await OwnAllowancesAsync("ana"));
    }

    [Fact]
    public async Task A_header_without_email_is_refused()
    {
        var outcome = await ImportAsync("name,country\nAna,DE\n");

        Assert.Equal(["The header has no email column: the first row must name the columns (email, name, manager_email, country, region, start_date, allowances, team)."], outcome.Problems);
    }

    [Fact]
    public async Task Nobody_is_imported_when_one_row_is_bad()
    {
        var before = await app.PeopleCountsAsync();

        var outcome = await ImportAsync(GoodFile() + Tagged("{dee},Dee,,XX,,") + "\n");

        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await app.PeopleCountsAsync());
    }

    [Fact]
    public async Task Nobody_is_imported_when_one_address_already_has_an_account()
    {
        var before = await app.PeopleCountsAsync();

        await ImportAsync(GoodFile() + "alex@leaveblazor.test,Alex Again,,,,\n");

        Assert.Equal(before, await app.PeopleCountsAsync());
    }

    [Fact]
    public async Task A_file_with_semicolons_and_a_spreadsheets_header_is_read()
    {
        var outcome = await ImportAsync($"\uFEFFEmail;Name;Manager's email;Country;Region;Start date\n{Tagged("{ana};\"Ana, the first\";;FR;57;2027-01-04")}\n");

        Assert.Equal(("Ana, the first", "57"), ((await PersonAsync("ana")).DisplayName, (await PersonAsync("ana")).Region));
        Assert.True(outcome.Succeeded);
    }

    // Ana reports to Ben, who comes later in the file; Ben reports to Dana; Cy has the default country.
    private string GoodFile() =>
        $"{Header}\n{Tagged("{ana},Ana Import,{ben},de,by,2027-03-01")}\n{Tagged("{ben},Ben Import,dana@leaveblazor.test,FR,,")}\n{Tagged("{cy},Cy Import,,,,")}\n";

    private string Tagged(string row) => row.Replace("{ana}", Email("ana")).Replace("{ben}", Email("ben")).Replace("{cy}", Email("cy")).Replace("{dee}", Email("dee"));

    private string Email(string name) => $"{name}-{_tag}@leaveblazor.test";

    private async Task<PeopleImportOutcome> ImportAsync(string csv)
    {
        var admin = await app.DemoAdminAsync();
        return await app.InScopeAsync<PeopleImport, PeopleImportOutcome>(import => import.ImportAsync(new StringReader(csv), "people.csv", admin));
    }

    private async Task<Employee> PersonAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.AsNoTracking().SingleAsync(e => e.Email == Email(name));
    }

    private async Task<List<(string Type, decimal Days)>> OwnAllowancesAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        var person = await db.Employees.AsNoTracking().SingleAsync(e => e.Email == Email(name));
        var types = await db.LeavePolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name);
        return [.. (await PersonalAllowances.OfAsync(db, person.Id)).Select(a => (types[a.LeavePolicyId], a.YearlyAllowanceDays))];
    }

    private async Task<List<string>> DirectoryEmailsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Employees.AsNoTracking()
            .Where(e => e.Email.Contains(_tag)).OrderBy(e => e.Email).Select(e => e.Email).ToListAsync();
    }
}
