using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Tests.Core.Away;

/// <summary>How a calendar filter is written (in the page's address and the API), and the rule for a person's team.</summary>
public sealed class TeamScopeAndRulesTests
{
    [Theory]
    [InlineData(null, "mine")]
    [InlineData("", "mine")]
    [InlineData("Mine", "mine")]
    [InlineData("everyone", "everyone")]
    [InlineData("team:Sales", "team:Sales")]
    [InlineData(" Sales ", "team:Sales")]
    public void A_scope_reads_back_as_written(string? text, string expected)
    {
        Assert.Equal(expected, CalendarScope.Parse(text).ToString());
    }

    [Fact]
    public void A_team_is_kept_trimmed_and_empty_is_none()
    {
        Assert.Equal(("Sales", null), (PersonRules.Team("  Sales "), PersonRules.Team("   ")));
    }

    [Fact]
    public void A_team_over_100_characters_is_refused()
    {
        var errors = new FieldErrors();

        PersonRules.CheckTeam(new string('x', 101), errors);

        Assert.Equal(["Enter a team or department of at most 100 characters, or leave it empty."], errors.ToDictionary()[PersonRules.TeamField]);
    }

    [Fact]
    public void A_team_with_a_line_break_is_refused()
    {
        var errors = new FieldErrors();

        PersonRules.CheckTeam("Sales\nSupport", errors);

        Assert.Equal(["The team or department contains a line break (U+000A) at character 6: keep it on one line."], errors.ToDictionary()[PersonRules.TeamField]);
    }

    [Fact]
    public void The_import_file_reads_a_team_column()
    {
        var file = PeopleCsv.Read(new StringReader("email,name,team\nana@example.test,Ana,  Sales \nben@example.test,Ben,\n"), "GB", _ => true);

        Assert.Equal(["Sales", null], file.People.Select(p => p.Team));
    }

    [Fact]
    public void The_import_file_refuses_a_team_too_long()
    {
        var file = PeopleCsv.Read(new StringReader($"email,name,department\nana@example.test,Ana,{new string('x', 101)}\n"), "GB", _ => true);

        Assert.Equal(["Row 2: Enter a team or department of at most 100 characters, or leave it empty."], file.Problems);
    }
}
