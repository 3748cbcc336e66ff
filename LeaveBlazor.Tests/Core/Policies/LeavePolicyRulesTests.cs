using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Tests.Core.Policies;

/// <summary>The rules a leave type's settings must meet, each refused on its own field with a message that says how to fix it.</summary>
public sealed class LeavePolicyRulesTests
{
    /// <summary>Annual leave: 25 days a year, up to 5 carried over until 31 March, 2 days below zero, 14 days' notice.</summary>
    private static readonly LeavePolicyDraft Annual = LeavePolicyDraft.Named("Annual", "#2e5e8c") with
    {
        CountsAgainstAllowance = true,
        YearlyAllowanceDays = 25,
        CarryOverMaxDays = 5,
        CarryOverExpiryDay = 31,
        CarryOverExpiryMonth = 3,
        MaxBelowZeroDays = 2,
        MinimumNoticeDays = 14,
    };

    [Fact]
    public void Complete_draft_has_no_errors()
    {
        Assert.False(LeavePolicyRules.Check(Annual).Any);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Blank_name_is_refused(string? name)
    {
        Assert.Equal(["Enter a name of 1 to 50 characters, such as Annual."], Errors(Annual with { Name = name }, LeavePolicyFields.Name));
    }

    [Fact]
    public void Name_longer_than_fifty_characters_is_refused()
    {
        Assert.Equal(["Enter a name of 1 to 50 characters, such as Annual."], Errors(Annual with { Name = new string('n', 51) }, LeavePolicyFields.Name));
    }

    [Fact]
    public void Name_of_fifty_characters_is_accepted()
    {
        Assert.False(LeavePolicyRules.Check(Annual with { Name = new string('n', 50) }).Has(LeavePolicyFields.Name));
    }

    [Fact]
    public void Name_with_a_text_direction_mark_is_refused_as_plain_text()
    {
        Assert.Equal(["The name contains a text-direction mark (U+202E) at character 4: remove it."],
            Errors(Annual with { Name = "Sic\u202Ek" }, LeavePolicyFields.Name));
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("#gg0000")]
    [InlineData("2e5e8c")]
    [InlineData("#2e5e8c;color:red")]
    [InlineData(null)]
    public void Colour_that_is_not_hash_and_six_hex_digits_is_refused(string? colour)
    {
        Assert.Equal(["Enter the colour as # and six hexadecimal digits (#rrggbb), such as #2e5e8c."],
            Errors(Annual with { Colour = colour }, LeavePolicyFields.Colour));
    }

    [Theory]
    [InlineData(-0.5, "Enter the yearly allowance as days from 0 to 366; -0.5 days is out of range.")]
    [InlineData(366.5, "Enter the yearly allowance as days from 0 to 366; 366.5 days is out of range.")]
    [InlineData(12.25, "Enter the yearly allowance in whole or half days (such as 12 or 12.5); 12.25 days is neither.")]
    public void Yearly_allowance_outside_whole_or_half_days_from_0_to_366_is_refused(double days, string message)
    {
        Assert.Equal([message], Errors(Annual with { YearlyAllowanceDays = (decimal)days, CarryOverMaxDays = 0 }, LeavePolicyFields.YearlyAllowanceDays));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12.5)]
    [InlineData(366)]
    public void Yearly_allowance_in_half_days_within_range_is_accepted(double days)
    {
        Assert.False(LeavePolicyRules.Check(Annual with { YearlyAllowanceDays = (decimal)days, CarryOverMaxDays = 0 }).Any);
    }

    [Fact]
    public void Carrying_over_more_than_the_yearly_allowance_is_refused()
    {
        Assert.Equal(["At most the yearly allowance (25 days) can be carried over, not 30 days."],
            Errors(Annual with { CarryOverMaxDays = 30 }, LeavePolicyFields.CarryOverMaxDays));
    }

    [Fact]
    public void Carry_over_in_quarter_days_is_refused()
    {
        Assert.Equal(["Enter the carry-over in whole or half days (such as 12 or 12.5); 1.75 days is neither."],
            Errors(Annual with { CarryOverMaxDays = 1.75m }, LeavePolicyFields.CarryOverMaxDays));
    }

    [Fact]
    public void Carry_over_without_an_expiry_date_is_refused()
    {
        Assert.Equal(["Enter the day and month carried-over days expire, such as 31 March."],
            Errors(Annual with { CarryOverExpiryDay = null }, LeavePolicyFields.CarryOverExpiry));
    }

    [Theory]
    [InlineData(31, 4, "April has no day 31: choose a day from 1 to 30.")]
    [InlineData(30, 2, "February has no day 30: choose a day from 1 to 28.")]
    [InlineData(0, 1, "January has no day 0: choose a day from 1 to 31.")]
    [InlineData(1, 13, "Month 13 does not exist: choose a month from 1 (January) to 12 (December).")]
    [InlineData(29, 2, "29 February is not in every year: choose 28 February or 1 March.")]
    public void Carry_over_expiry_that_does_not_exist_every_year_is_refused(int day, int month, string message)
    {
        Assert.Equal([message], Errors(Annual with { CarryOverExpiryDay = day, CarryOverExpiryMonth = month }, LeavePolicyFields.CarryOverExpiry));
    }

    [Fact]
    public void Without_carry_over_no_expiry_is_needed()
    {
        Assert.False(LeavePolicyRules.Check(Annual with { CarryOverMaxDays = 0, CarryOverExpiryDay = null, CarryOverExpiryMonth = null }).Any);
    }

    [Fact]
    public void Negative_limit_below_zero_is_refused()
    {
        Assert.Equal(["Enter the days below zero as days from 0 to 366; -1 days is out of range."],
            Errors(Annual with { MaxBelowZeroDays = -1 }, LeavePolicyFields.MaxBelowZeroDays));
    }

    [Fact]
    public void Accrual_that_is_not_one_of_the_two_ways_is_refused()
    {
        Assert.Equal(["Choose how the allowance accrues: all on 1 January, or monthly pro rata."],
            Errors(Annual with { Accrual = (LeaveAccrual)7 }, LeavePolicyFields.Accrual));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Minimum_notice_outside_0_to_365_days_is_refused(int days)
    {
        Assert.Equal(["Enter the minimum notice as whole days from 0 to 365."], Errors(Annual with { MinimumNoticeDays = days }, LeavePolicyFields.MinimumNoticeDays));
    }

    [Fact]
    public void Allowance_settings_of_a_type_that_does_not_count_are_not_checked()
    {
        Assert.False(LeavePolicyRules.Check(Annual with { CountsAgainstAllowance = false, YearlyAllowanceDays = -3, CarryOverMaxDays = 0.3m }).Any);
    }

    [Fact]
    public void Type_that_does_not_count_is_saved_without_allowance_settings()
    {
        var policy = LeavePolicy.From(Annual with { CountsAgainstAllowance = false });

        Assert.Equal((0m, 0m, (int?)null, (int?)null, 0m),
            (policy.YearlyAllowanceDays, policy.CarryOverMaxDays, policy.CarryOverExpiryDay, policy.CarryOverExpiryMonth, policy.MaxBelowZeroDays));
    }

    [Fact]
    public void Saved_type_keeps_its_settings_with_the_name_trimmed_and_the_colour_in_lower_case()
    {
        var policy = LeavePolicy.From(Annual with { Name = "  Annual ", Colour = "#2E5E8C" });

        Assert.Equal(Annual, policy.ToDraft());
    }

    [Fact]
    public void Settings_read_in_words()
    {
        Assert.Equal(
            ["name: Annual", "colour: #2e5e8c", "allowance: 25 days a year, all on 1 January", "carry-over: up to 5 days until 31 March",
                "below zero: up to 2 days", "half days: allowed", "notice: 14 days", "approval: needed"],
            LeavePolicy.From(Annual).Settings().Select(s => $"{s.Setting}: {s.Value}"));
    }

    private static string[] Errors(LeavePolicyDraft draft, string field) =>
        LeavePolicyRules.Check(draft).ToDictionary().TryGetValue(field, out var messages) ? messages : [];
}
