using System.Text.Json;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Workflow;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary><c>GET /api/leave-types</c> tells a script which types it can ask for and what each one's policy asks; submitting follows it.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class LeaveTypesByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Every_signed_in_person_gets_the_active_types_in_the_forms_order()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var types = await (await alex.GetAsync("/api/leave-types")).ReadJsonAsync();

        Assert.Equal(["Annual", "Sick", "Unpaid", "Other"], types.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Each_type_says_what_a_form_needs_to_know()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var sick = (await (await alex.GetAsync("/api/leave-types")).ReadJsonAsync()).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Sick");

        Assert.Equal("""{"name":"Sick","colour":"#c62828","halfDaysAllowed":false,"minimumNoticeDays":0,"needsApproval":false,"countsAgainstAllowance":false}""",
            JsonSerializer.Serialize(sick));
    }

    [Fact]
    public async Task Retired_type_is_left_out()
    {
        var admin = await app.EmployeeAsync(LeaveApp.AdminEmail);
        var study = await app.InScopeAsync<ChangeLeavePolicies, LeavePolicy>(changes => changes.AddAsync(LeavePolicyDraft.Named("Study"), new(admin.Id, admin.DisplayName)));
        await app.InScopeAsync<ChangeLeavePolicies, LeavePolicy>(changes => changes.SetActiveAsync(study.Id, active: false, new(admin.Id, admin.DisplayName)));
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        var types = await (await alex.GetAsync("/api/leave-types")).ReadJsonAsync();

        Assert.DoesNotContain("Study", types.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Leave_that_needs_no_approval_is_answered_approved()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("type", "Sick")));

        Assert.Equal("Approved", (await response.ReadJsonAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Half_day_of_a_type_taken_in_whole_days_is_refused_on_its_field()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("type", "Sick"), ("halfDayEnd", true)));

        var problem = await response.ReadProblemAsync();
        Assert.Equal((400, "Sick leave is taken in whole days: ask for whole days, without a half day at the start or end."),
            (problem.Status, problem.ErrorFor("halfDay")));
    }
}
