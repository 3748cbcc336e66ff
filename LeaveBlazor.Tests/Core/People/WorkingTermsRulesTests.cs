using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Tests.Core.People;

/// <summary>The rules for a person's working terms, each refusal on its field, as the dialog and the CSV import show them.</summary>
public sealed class WorkingTermsRulesTests
{
    private static readonly WorkingTerms Valid = new("DE", "BY", WorkingPattern.MondayToFriday, new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31));

    [Fact]
    public void Valid_terms_pass()
    {
        Assert.False(Check(Valid).Any);
    }

    [Fact]
    public void Codes_in_small_letters_pass()
    {
        Assert.False(Check(Valid with { Country = " de ", Region = "by" }).Any);
    }

    [Fact]
    public void An_unsupported_country_is_refused_with_the_supported_ones_listed()
    {
        var errors = Check(Valid with { Country = "XX", Region = null });

        Assert.Equal([$"Country 'XX' is not supported: use a two-letter ISO 3166 code whose public holidays are known here: {HolidayCountries.Codes}."],
            errors.ToDictionary()[PersonRules.CountryField]);
    }

    [Fact]
    public void The_supported_countries_include_those_with_regions_and_not_turkey()
    {
        Assert.Equal((true, true, true, true, false),
            (HolidayCountries.Codes.Contains("GB"), HolidayCountries.Codes.Contains("DE"), HolidayCountries.Codes.Contains("FR"), HolidayCountries.Codes.Contains("US"),
                HolidayCountries.Codes.Contains("TR")));
    }

    [Fact]
    public void A_missing_country_is_refused()
    {
        Assert.Equal(["Choose the country whose public holidays this person has."], Check(Valid with { Country = " " }).ToDictionary()[PersonRules.CountryField]);
    }

    [Fact]
    public void A_region_the_country_does_not_have_is_refused_with_its_regions_listed()
    {
        var errors = Check(Valid with { Region = "XY" });

        Assert.Equal(["Region 'XY' is not one of Germany's here: leave it empty for the national holidays, or use one of BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH."],
            errors.ToDictionary()[PersonRules.RegionField]);
    }

    [Fact]
    public void A_region_for_a_country_without_regions_is_refused()
    {
        var errors = Check(Valid with { Country = "US", Region = "CA" });

        Assert.Equal(["United States (federal holidays) has the same public holidays everywhere here: leave the region empty."], errors.ToDictionary()[PersonRules.RegionField]);
    }

    [Fact]
    public void No_region_means_the_national_holidays()
    {
        Assert.False(Check(Valid with { Region = "" }).Any);
    }

    [Fact]
    public void A_working_pattern_without_a_day_is_refused()
    {
        Assert.Equal(["Choose at least one working day."], Check(Valid with { WorkingPattern = WorkingPattern.Of([]) }).ToDictionary()[PersonRules.WorkingDaysField]);
    }

    [Fact]
    public void An_employment_ending_before_it_starts_is_refused()
    {
        var errors = Check(Valid with { EmploymentEnd = new DateOnly(2027, 2, 28) });

        Assert.Equal(["The employment ends (2027-02-28) before it starts (2027-03-01): the end can be the start at the earliest."],
            errors.ToDictionary()[PersonRules.EmploymentEndField]);
    }

    [Fact]
    public void An_employment_of_one_day_passes()
    {
        Assert.False(Check(Valid with { EmploymentEnd = Valid.EmploymentStart }).Any);
    }

    [Fact]
    public void Open_employment_dates_pass()
    {
        Assert.False(Check(Valid with { EmploymentStart = null, EmploymentEnd = null }).Any);
    }

    [Fact]
    public void A_country_with_a_control_character_is_refused_as_such()
    {
        var errors = Check(Valid with { Country = "D\u0000" });

        Assert.Contains("control character", errors.ToDictionary()[PersonRules.CountryField].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_default_country_stops_the_start()
    {
        var options = new LeaveOptions { Types = ["Annual"], DefaultCountry = "XX" };

        Assert.Contains(options.Problems(), problem => problem.StartsWith("Leave:DefaultCountry 'XX' is not a country whose public holidays are known", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mon,Tue,Wed", "Mon–Wed")]
    [InlineData("mon wed FRI", "Mon, Wed, Fri")]
    [InlineData("Monday,Tuesday", "Mon, Tue")]
    [InlineData("Mon,Tue,Wed,Thu,Fri,Sat,Sun", "Mon–Sun")]
    public void Working_patterns_read_as_written(string text, string described)
    {
        Assert.Equal(described, WorkingPattern.Parse(text)?.Describe());
    }

    [Fact]
    public void A_working_pattern_with_a_word_that_is_no_day_is_not_read()
    {
        Assert.Null(WorkingPattern.Parse("Mon,Funday"));
    }

    private static FieldErrors Check(WorkingTerms terms)
    {
        var errors = new FieldErrors();
        PersonRules.CheckWorkingTerms(terms, errors);
        return errors;
    }
}
