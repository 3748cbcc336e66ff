using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Core.People;

/// <summary>Choosing a manager: an active person, not oneself, and never someone who already reports to you.</summary>
public sealed class EmployeeDirectoryTests : FreshDatabaseTest
{
    [Fact]
    public async Task Person_cannot_be_their_own_manager()
    {
        var errors = await CheckManagerAsync(TestPeople.Alex.Id, TestPeople.Alex.Id);

        Assert.Equal(["A person cannot be their own manager."], errors["ManagerId"]);
    }

    [Fact]
    public async Task Manager_must_be_a_person_in_the_directory()
    {
        var errors = await CheckManagerAsync(TestPeople.Sam.Id, "nobody");

        Assert.Equal(["Choose an active person as manager."], errors["ManagerId"]);
    }

    [Fact]
    public async Task A_deactivated_manager_is_named_in_the_refusal()
    {
        var errors = await CheckManagerAsync(TestPeople.Sam.Id, TestPeople.Ivy.Id);

        Assert.Equal(["Ivy Inactive is deactivated: choose an active person as manager."], errors["ManagerId"]);
    }

    [Fact]
    public async Task The_only_active_approver_cannot_stop_approving()
    {
        await Database.InScopeAsync<LeaveDbContext>(db =>
            db.Employees.Where(e => e.Id == TestPeople.Sam.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.CanApprove, false)));

        var errors = await Database.InScopeAsync<LeaveDbContext, IReadOnlyDictionary<string, string[]>>(
            async db => (await DirectoryChecks.MayStopApprovingAsync(db, TestPeople.Dana.Id)).ToDictionary());

        Assert.Equal(["This is the only active approver: make someone else an approver first, or nobody could ask for leave."], errors["Roles"]);
    }

    [Fact]
    public async Task Direct_report_cannot_become_the_manager()
    {
        var errors = await CheckManagerAsync(TestPeople.Dana.Id, TestPeople.Alex.Id);

        Assert.Equal(["Alex Employee already reports to this person (directly or through others), so cannot be their manager."], errors["ManagerId"]);
    }

    [Fact]
    public async Task Indirect_report_cannot_become_the_manager()
    {
        await AddAsync(new Employee("pat", "pat.lead@example.test", "Pat Lead", managerId: TestPeople.Alex.Id));
        await AddAsync(new Employee("kim", "kim.junior@example.test", "Kim Junior", managerId: "pat"));

        var errors = await CheckManagerAsync(TestPeople.Dana.Id, "kim");

        Assert.Equal(["Kim Junior already reports to this person (directly or through others), so cannot be their manager."], errors["ManagerId"]);
    }

    [Fact]
    public async Task Loop_already_in_the_directory_does_not_hang_the_check()
    {
        // Two people made each other's manager (say, two admins saving at once): the check must still answer.
        await AddAsync(new Employee("lee", "lee@example.test", "Lee Loop"));
        await AddAsync(new Employee("max", "max@example.test", "Max Loop", managerId: "lee"));
        await SetManagerAsync("lee", "max");

        var errors = await Task.Run(() => CheckManagerAsync(TestPeople.Sam.Id, "lee")).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("alex", "sam")]
    [InlineData("sam", "alex")]
    [InlineData("ivy", "alex")]
    public async Task Someone_outside_the_persons_reporting_line_can_be_the_manager(string employeeId, string managerId)
    {
        var errors = await CheckManagerAsync(employeeId, managerId);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task No_manager_is_allowed(string? managerId)
    {
        var errors = await CheckManagerAsync(TestPeople.Dana.Id, managerId);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Active_people_are_listed_by_name_without_those_who_left()
    {
        var active = await Database.InScopeAsync<EmployeeDirectory, List<Employee>>(d => d.ActiveAsync());

        Assert.Equal(["Alex Employee", "Dana Manager", "Sam Other"], active.Select(e => e.DisplayName));
    }

    [Fact]
    public async Task Finding_a_person_brings_their_manager()
    {
        var alex = await Database.InScopeAsync<EmployeeDirectory, Employee?>(d => d.FindAsync(TestPeople.Alex.Id));

        Assert.Equal("Dana Manager", alex?.Manager?.DisplayName);
    }

    private Task<IReadOnlyDictionary<string, string[]>> CheckManagerAsync(string employeeId, string? managerId) =>
        Database.InScopeAsync<LeaveDbContext, IReadOnlyDictionary<string, string[]>>(
            async db => (await DirectoryChecks.ManagerAsync(db, employeeId, managerId)).ToDictionary());

    private async Task SetManagerAsync(string employeeId, string managerId)
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        (await db.Employees.SingleAsync(e => e.Id == employeeId)).ManagerId = managerId;
        await db.SaveChangesAsync();
    }

    private async Task AddAsync(Employee employee)
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeaveDbContext>();
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
    }
}
