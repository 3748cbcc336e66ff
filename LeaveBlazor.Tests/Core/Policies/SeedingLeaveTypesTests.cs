using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Policies;

/// <summary>At first start the names in Leave:Types become policies with sensible defaults; after that admins own them.</summary>
public sealed class SeedingLeaveTypesTests : FreshDatabaseTest
{
    [Fact]
    public async Task Each_configured_name_becomes_an_active_type_in_order()
    {
        Assert.Equal([("Annual", true), ("Sick", true), ("Unpaid", true), ("Other", true)], (await Database.LeaveTypesAsync()).Select(p => (p.Name, p.IsActive)));
    }

    [Fact]
    public async Task Annual_leave_counts_against_25_days_and_needs_approval()
    {
        var annual = await Database.LeaveTypeAsync("Annual");

        Assert.Equal((true, 25m, true, true), (annual.CountsAgainstAllowance, annual.YearlyAllowanceDays, annual.NeedsApproval, annual.HalfDaysAllowed));
    }

    [Fact]
    public async Task Sick_leave_is_whole_days_counted_against_nothing_and_needs_no_approval()
    {
        var sick = await Database.LeaveTypeAsync("Sick");

        Assert.Equal((false, false, false), (sick.CountsAgainstAllowance, sick.NeedsApproval, sick.HalfDaysAllowed));
    }

    [Fact]
    public async Task Unpaid_leave_counts_against_nothing_and_needs_approval()
    {
        var unpaid = await Database.LeaveTypeAsync("Unpaid");

        Assert.Equal((false, true), (unpaid.CountsAgainstAllowance, unpaid.NeedsApproval));
    }

    [Fact]
    public async Task Seeded_types_carry_nothing_over_and_allow_no_balance_below_zero()
    {
        var types = await Database.LeaveTypesAsync();

        NonEmpty.All(types, p => Assert.Equal((0m, 0m, 0), (p.CarryOverMaxDays, p.MaxBelowZeroDays, p.MinimumNoticeDays)));
    }

    [Fact]
    public async Task Each_seeded_type_is_in_the_audit_as_done_by_the_app()
    {
        var lines = await Database.AuditAsync(AuditAction.LeaveTypeCreated);

        Assert.Equal([("Annual", Actor.App.DisplayName), ("Sick", "LeaveBlazor"), ("Unpaid", "LeaveBlazor"), ("Other", "LeaveBlazor")],
            lines.Select(e => (e.Subject, e.ActorName)));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await Database.ChangeLeaveTypeAsync("Annual", draft => draft with { YearlyAllowanceDays = 30 });

        var seeded = await Database.InScopeAsync<SeedLeavePolicies, int>(seed => seed.ExecuteAsync());

        Assert.Equal((0, 30m, 4), (seeded, (await Database.LeaveTypeAsync("Annual")).YearlyAllowanceDays, (await Database.LeaveTypesAsync()).Count));
    }
}

/// <summary>A configured name the defaults do not know gets plain settings and a colour of the palette by its place.</summary>
public sealed class SeedingConfiguredLeaveTypesTests : FreshDatabaseTest
{
    protected override void ConfigurePolicy(LeaveOptions policy) => policy.Types = ["Annual", "Study"];

    [Fact]
    public async Task Unknown_name_is_counted_against_nothing_and_needs_approval()
    {
        var study = await Database.LeaveTypeAsync("Study");

        Assert.Equal((false, true, true, "#c62828"), (study.CountsAgainstAllowance, study.NeedsApproval, study.HalfDaysAllowed, study.Colour));
    }
}
