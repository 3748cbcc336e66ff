using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>A request's working days are counted on the requester's own calendar when they submit (Alex, in these tests).</summary>
public sealed class SubmittingOnOwnCalendarTests : FreshDatabaseTest
{
    private static readonly WorkingPattern MondayToWednesday = WorkingPattern.Of([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday]);

    [Fact]
    public async Task A_part_timers_week_off_spends_only_the_days_they_work()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, MondayToWednesday));

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(3m, (await Database.ReloadAsync(request)).WorkingDays);
    }

    [Fact]
    public async Task A_part_timers_request_on_days_they_do_not_work_is_refused()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, MondayToWednesday));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() =>
            Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11))));

        Assert.Equal(["10–11 Dec 2026 has no working days for you (you work Mon–Wed; public holidays and company closures are not counted): choose days you work."],
            refused.Errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task A_regional_holiday_is_not_spent()
    {
        // Corpus Christi, Thursday 3 June 2027: a holiday in Bayern.
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("DE", "BY", WorkingPattern.MondayToFriday));

        var request = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2027, 5, 24), new DateOnly(2027, 5, 28)));

        Assert.Equal(4m, (await Database.ReloadAsync(request)).WorkingDays);
    }

    [Fact]
    public async Task A_company_closure_is_not_spent()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 9));

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(4m, (await Database.ReloadAsync(request)).WorkingDays);
    }

    [Fact]
    public async Task A_company_half_day_spends_a_half()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 9), halfDay: true);

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(4.5m, (await Database.ReloadAsync(request)).WorkingDays);
    }

    [Fact]
    public async Task A_closure_for_another_country_is_spent()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 9), country: "FR");

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(5m, (await Database.ReloadAsync(request)).WorkingDays);
    }

    [Fact]
    public async Task A_request_on_company_closures_only_is_refused()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 9));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 9))));

        Assert.Equal(["9 Dec 2026 has no working days (weekends, public holidays and company closures are not counted): choose working days."], refused.Errors[LeaveFields.Dates]);
    }

    [Fact]
    public async Task Leave_before_the_employment_starts_is_refused_on_the_first_day()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, WorkingPattern.MondayToFriday, EmploymentStart: new DateOnly(2026, 12, 9)));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(["Your employment starts on 9 Dec 2026: leave can start on that day at the earliest."], refused.Errors[LeaveFields.FirstDay]);
    }

    [Fact]
    public async Task Leave_after_the_employment_ends_is_refused_on_the_last_day()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, WorkingPattern.MondayToFriday, EmploymentEnd: new DateOnly(2026, 12, 9)));

        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Database.SubmitAsync(LeaveInput.NextWeek()));

        Assert.Equal(["Your employment ends on 9 Dec 2026: leave can end on that day at the latest."], refused.Errors[LeaveFields.LastDay]);
    }

    [Fact]
    public async Task Leave_up_to_the_last_day_of_employment_is_counted()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, WorkingPattern.MondayToFriday, EmploymentEnd: new DateOnly(2026, 12, 11)));

        var request = await Database.SubmitAsync(LeaveInput.NextWeek());

        Assert.Equal(5m, (await Database.ReloadAsync(request)).WorkingDays);
    }
}
