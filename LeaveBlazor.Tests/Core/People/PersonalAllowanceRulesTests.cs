using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.People;

/// <summary>
/// The rules for a person's own allowances, as the dialog (by type) and the CSV import (by name, "Annual=28;Study=5")
/// give them, each refusal worded for the person who typed it. The types are the seeded ones: Annual counts (25 days),
/// Sick, Unpaid and Other do not.
/// </summary>
public sealed class PersonalAllowanceRulesTests(LeaveTestDatabase database) : IClassFixture<LeaveTestDatabase>
{
    [Fact]
    public async Task Whole_and_half_days_of_a_counted_type_pass()
    {
        var annual = await TypeAsync("Annual");

        Assert.False(PersonalAllowanceRules.Check([new(annual.Id, 28.5m)], await TypesAsync()).Any);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public async Task The_ends_of_the_range_pass(decimal days)
    {
        var annual = await TypeAsync("Annual");

        Assert.False(PersonalAllowanceRules.Check([new(annual.Id, days)], await TypesAsync()).Any);
    }

    [Theory]
    [InlineData(-1, "Enter the Annual allowance as days from 0 to 366; -1 days is out of range.")]
    [InlineData(366.5, "Enter the Annual allowance as days from 0 to 366; 366.5 days is out of range.")]
    [InlineData(12.3, "Enter the Annual allowance in whole or half days (such as 12 or 12.5); 12.3 days is neither.")]
    public async Task Days_out_of_range_or_not_whole_or_half_are_refused_beside_the_types_field(decimal days, string message)
    {
        var annual = await TypeAsync("Annual");

        var errors = PersonalAllowanceRules.Check([new(annual.Id, days)], await TypesAsync()).ToDictionary();

        Assert.Equal([message], errors[PersonalAllowanceRules.FieldOf(annual.Id)]);
    }

    [Fact]
    public async Task A_type_that_counts_against_nothing_is_refused()
    {
        var sick = await TypeAsync("Sick");

        var errors = PersonalAllowanceRules.Check([new(sick.Id, 10)], await TypesAsync()).ToDictionary();

        Assert.Equal(["Sick does not count against an allowance, so it has no yearly allowance to set."], errors[PersonalAllowanceRules.FieldOf(sick.Id)]);
    }

    [Fact]
    public async Task A_type_given_twice_is_refused()
    {
        var annual = await TypeAsync("Annual");

        var errors = PersonalAllowanceRules.Check([new(annual.Id, 28), new(annual.Id, 30)], await TypesAsync()).ToDictionary();

        Assert.Equal(["Annual is given two allowances: give each leave type one."], errors[PersonalAllowanceRules.Field]);
    }

    [Fact]
    public async Task A_type_that_is_gone_is_refused()
    {
        var errors = PersonalAllowanceRules.Check([new(9999, 28)], await TypesAsync()).ToDictionary();

        Assert.Equal(["A leave type given an allowance is no longer there: reload the page."], errors[PersonalAllowanceRules.Field]);
    }

    [Fact]
    public void A_file_cell_is_read_as_each_types_name_and_days()
    {
        var errors = new FieldErrors();

        var allowances = PersonalAllowanceRules.Parse(" Annual = 28 ; Study=5.5;", errors);

        Assert.Equal([("Annual", 28m), ("Study", 5.5m)], allowances);
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_cell_gives_no_allowance_of_their_own(string? cell)
    {
        var errors = new FieldErrors();

        Assert.Empty(PersonalAllowanceRules.Parse(cell, errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("Annual 28", "'Annual 28' in the allowances is not a leave type and its days: write them as Annual=28;Study=5.")]
    [InlineData("=28", "'=28' in the allowances is not a leave type and its days: write them as Annual=28;Study=5.")]
    [InlineData("Annual=", "'Annual=' in the allowances is not a leave type and its days: write them as Annual=28;Study=5.")]
    [InlineData("Annual=lots", "The Annual allowance 'lots' is not a number of days: write whole or half days, such as 28 or 12.5.")]
    [InlineData("Annual=12,5", "The Annual allowance '12,5' is not a number of days: write whole or half days, such as 28 or 12.5.")]
    [InlineData("Annual=400", "Enter the Annual allowance as days from 0 to 366; 400 days is out of range.")]
    [InlineData("Annual=-2", "Enter the Annual allowance as days from 0 to 366; -2 days is out of range.")]
    [InlineData("Annual=12.25", "Enter the Annual allowance in whole or half days (such as 12 or 12.5); 12.25 days is neither.")]
    [InlineData("Annual=28;annual=30", "annual is given two allowances: give each leave type one.")]
    public void A_cell_that_does_not_read_is_refused_with_what_is_wrong(string cell, string message)
    {
        var errors = new FieldErrors();

        PersonalAllowanceRules.Parse(cell, errors);

        Assert.Equal([message], errors.ToDictionary()[PersonalAllowanceRules.Field]);
    }

    [Fact]
    public async Task Names_are_the_types_whatever_their_case()
    {
        var errors = new FieldErrors();

        var drafts = PersonalAllowanceRules.Resolve([("annual", 28m)], await TypesAsync(), errors);

        Assert.Equal([new PersonalAllowanceDraft((await TypeAsync("Annual")).Id, 28)], drafts);
        Assert.False(errors.Any);
    }

    [Fact]
    public async Task A_name_that_is_no_type_is_refused_with_the_counted_types_listed()
    {
        var errors = new FieldErrors();

        PersonalAllowanceRules.Resolve([("Holiday", 28m)], await TypesAsync(), errors);

        Assert.Equal(["There is no leave type called Holiday: use Annual."], errors.ToDictionary()[PersonalAllowanceRules.Field]);
    }

    [Fact]
    public async Task A_name_of_a_type_that_counts_against_nothing_is_refused()
    {
        var errors = new FieldErrors();

        PersonalAllowanceRules.Resolve([("Sick", 5m)], await TypesAsync(), errors);

        Assert.Equal(["Sick does not count against an allowance, so it has no yearly allowance to set."], errors.ToDictionary()[PersonalAllowanceRules.Field]);
    }

    private Task<List<LeavePolicy>> TypesAsync() => database.LeaveTypesAsync();

    private Task<LeavePolicy> TypeAsync(string name) => database.LeaveTypeAsync(name);
}
