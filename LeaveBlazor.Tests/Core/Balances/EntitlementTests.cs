using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>The share of an allowance a person earns: by the days of the year they are employed, to the nearest half day.</summary>
public sealed class EntitlementTests
{
    [Fact]
    public void A_whole_year_earns_the_whole_allowance() =>
        Assert.Equal(25m, Entitlement.Through(25, 2027, new DateOnly(2027, 12, 31), employedFrom: null, employedUntil: null));

    [Theory]
    [InlineData("2027-07-01", null, 12.5)] // 184 of 365 days: 12.60 → 12.5
    [InlineData(null, "2027-03-31", 6)] // 90 of 365 days: 6.16 → 6
    [InlineData("2027-04-01", "2027-09-30", 12.5)] // 183 of 365 days: 12.53 → 12.5
    [InlineData("2026-06-01", "2028-01-31", 25)] // employed all of 2027
    [InlineData("2028-01-01", null, 0)] // starts the year after
    [InlineData(null, "2026-12-31", 0)] // left the year before
    public void A_partial_year_earns_its_share_to_the_nearest_half_day(string? from, string? until, double expected) =>
        Assert.Equal((decimal)expected, Entitlement.Through(25, 2027, new DateOnly(2027, 12, 31), Day(from), Day(until)));

    [Fact]
    public void A_leap_year_shares_by_its_366_days() =>
        Assert.Equal(12.5m, Entitlement.Through(25, 2028, new DateOnly(2028, 12, 31), new DateOnly(2028, 7, 1), null)); // 184 of 366: 12.57

    [Theory]
    [InlineData(1, 2)] // January: 31 of 365 days of 24 = 2.04
    [InlineData(3, 6)] // to 31 March: 90 days = 5.92
    [InlineData(12, 24)]
    public void Monthly_accrual_earns_up_to_the_end_of_the_current_month(int month, double expected) =>
        Assert.Equal((decimal)expected, Entitlement.Due(24, LeaveAccrual.MonthlyProRata, 2027, new DateOnly(2027, month, 10), null, null));

    [Fact]
    public void Nothing_is_due_for_a_year_not_yet_begun() =>
        Assert.Equal(0m, Entitlement.Due(25, LeaveAccrual.AllOnFirstJanuary, 2027, new DateOnly(2026, 12, 31), null, null));

    [Fact]
    public void All_on_1_January_is_due_whole_on_the_first_day() =>
        Assert.Equal(25m, Entitlement.Due(25, LeaveAccrual.AllOnFirstJanuary, 2027, new DateOnly(2027, 1, 1), null, null));

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
