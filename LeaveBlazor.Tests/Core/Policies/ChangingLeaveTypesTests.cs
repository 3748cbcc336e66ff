using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Policies;

/// <summary>An admin adds, changes, retires and reactivates leave types; every change is in the admin audit, with who did it.</summary>
public sealed class ChangingLeaveTypesTests : FreshDatabaseTest
{
    private static readonly LeavePolicyDraft Parental = LeavePolicyDraft.Named("Parental", "#00796b") with { MinimumNoticeDays = 28 };

    [Fact]
    public async Task Added_type_is_offered_for_new_requests()
    {
        await Database.AddLeaveTypeAsync(Parental);

        Assert.Equal(["Annual", "Sick", "Unpaid", "Other", "Parental"], (await ActiveAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task Adding_a_type_is_audited_with_the_admin_and_its_settings()
    {
        await Database.AddLeaveTypeAsync(Parental);

        var line = Assert.Single(await Database.AuditAsync(AuditAction.LeaveTypeCreated), e => e.Subject == "Parental");
        Assert.Equal(("Dana Manager", "name: Parental; colour: #00796b; allowance: not counted; carry-over: none; below zero: —; half days: allowed; notice: 28 days; approval: needed"),
            (line.ActorName, line.Details));
    }

    [Theory]
    [InlineData("Annual", "There is already a leave type called Annual: choose another name.")]
    [InlineData(" sick ", "There is already a leave type called Sick: choose another name.")]
    public async Task Name_of_another_type_is_refused_whatever_its_case(string name, string message)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AddLeaveTypeAsync(Parental with { Name = name }));

        Assert.Equal([message], refused.Errors[LeavePolicyFields.Name]);
    }

    [Fact]
    public async Task Name_of_a_retired_type_is_refused_suggesting_to_reactivate_it()
    {
        await Database.SetLeaveTypeActiveAsync("Other", active: false);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AddLeaveTypeAsync(Parental with { Name = "Other" }));

        Assert.Equal(["There is already a retired leave type called Other: reactivate it, or choose another name."], refused.Errors[LeavePolicyFields.Name]);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_and_nothing_is_saved()
    {
        await Assert.ThrowsAsync<LeaveValidationException>(() => Database.AddLeaveTypeAsync(Parental with { Colour = "green" }));

        Assert.DoesNotContain("Parental", (await Database.LeaveTypesAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task Changing_a_type_is_audited_setting_by_setting()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { YearlyAllowanceDays = 27.5m, MinimumNoticeDays = 14 });

        var line = Assert.Single(await Database.AuditAsync(AuditAction.LeaveTypeChanged));
        Assert.Equal(("Annual", "allowance: 25 days a year, all on 1 January → 27.5 days a year, all on 1 January; notice: none → 14 days"), (line.Subject, line.Details));
    }

    [Fact]
    public async Task Saving_a_type_unchanged_leaves_no_audit_line()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft);

        Assert.Empty(await Database.AuditAsync(AuditAction.LeaveTypeChanged));
    }

    [Fact]
    public async Task Renaming_to_its_own_name_in_another_case_is_allowed()
    {
        var renamed = await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { Name = "ANNUAL" });

        Assert.Equal("ANNUAL", renamed.Name);
    }

    [Fact]
    public async Task Retired_type_is_no_longer_offered()
    {
        await Database.SetLeaveTypeActiveAsync("Unpaid", active: false);

        Assert.Equal(["Annual", "Sick", "Other"], (await ActiveAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task Asking_for_a_retired_type_is_refused_naming_the_active_ones()
    {
        await Database.SetLeaveTypeActiveAsync("Unpaid", active: false);

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Unpaid" }));

        Assert.Equal(["'Unpaid' is not a leave type here. Choose one of: Annual, Sick, Other."], refused.Errors[LeaveFields.LeaveType]);
    }

    [Fact]
    public async Task Requests_of_a_retired_type_keep_it()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Unpaid" });
        var unpaid = await Database.SetLeaveTypeActiveAsync("Unpaid", active: false);

        var stored = await Database.ReloadAsync(request);

        Assert.Equal(("Unpaid", unpaid.Id, LeaveStatus.Pending), (stored.LeaveType, stored.LeavePolicyId, stored.Status));
    }

    [Fact]
    public async Task Pending_request_of_a_retired_type_can_still_be_approved()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek() with { LeaveType = "Unpaid" });
        await Database.SetLeaveTypeActiveAsync("Unpaid", active: false);

        Assert.Equal(LeaveStatus.Approved, (await Database.ApproveAsync(request)).Status);
    }

    [Fact]
    public async Task Retiring_and_reactivating_are_audited()
    {
        await Database.SetLeaveTypeActiveAsync("Other", active: false);
        await Database.SetLeaveTypeActiveAsync("Other", active: true);

        Assert.Equal([("Other", "Dana Manager"), ("Other", "Dana Manager")],
            [.. (await Database.AuditAsync(AuditAction.LeaveTypeRetired)).Concat(await Database.AuditAsync(AuditAction.LeaveTypeReactivated)).Select(e => (e.Subject, e.ActorName))]);
    }

    [Fact]
    public async Task Reactivated_type_is_offered_again()
    {
        await Database.SetLeaveTypeActiveAsync("Other", active: false);
        await Database.SetLeaveTypeActiveAsync("Other", active: true);

        Assert.Contains("Other", (await ActiveAsync()).Select(p => p.Name));
    }

    [Fact]
    public async Task Last_active_type_cannot_be_retired()
    {
        foreach (var name in new[] { "Sick", "Unpaid", "Other" })
        {
            await Database.SetLeaveTypeActiveAsync(name, active: false);
        }

        var refused = await Assert.ThrowsAsync<LeaveRuleException>(() => Database.SetLeaveTypeActiveAsync("Annual", active: false));

        Assert.Equal("Annual is the only active leave type: add or reactivate another before retiring it, or nobody could ask for leave.", refused.Message);
    }

    private Task<List<LeavePolicy>> ActiveAsync() =>
        Database.InScopeAsync<LeavePolicies, List<LeavePolicy>>(policies => policies.ActiveAsync());
}
