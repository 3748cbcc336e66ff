using Bunit;

namespace LeaveBlazor.Tests.Components;

/// <summary>
/// Days typed into the new-request form as people write them in the configured culture (en-GB unless a test says
/// otherwise), or as ISO dates; "today" is Monday 30 Nov 2026.
/// </summary>
public sealed class TypingDatesTests : NewRequestFormTest
{
    [Theory]
    [InlineData("31/12/2026")]
    [InlineData("31/12/26")]
    [InlineData("31.12.2026")]
    [InlineData("31-12-2026")]
    [InlineData(" 31/12/2026 ")]
    [InlineData("2026-12-31")]
    public void A_day_typed_the_British_way_or_as_ISO_is_understood(string typed)
    {
        var page = OpenForm();

        Type(page, "first-day", typed);
        Type(page, "last-day", "2026-12-31");

        Assert.Equal("1 working day", page.Find("[data-testid=working-days]").TextContent);
    }

    [Fact]
    public void A_typed_day_is_kept_while_the_other_fields_are_still_empty()
    {
        var page = OpenForm();

        Type(page, "first-day", "21/12/26");

        Assert.DoesNotContain("Enter the first day of leave.", TextOf(page));
    }

    [Fact]
    public void A_single_digit_day_and_month_are_read_day_first()
    {
        var page = OpenForm();

        Type(page, "first-day", "4/1/2027");
        Type(page, "last-day", "2027-01-05");

        Assert.Equal("2 working days", page.Find("[data-testid=working-days]").TextContent);
    }

    [Fact]
    public void A_day_the_culture_writes_month_first_is_read_month_first_in_en_US()
    {
        Culture.Culture = "en-US";
        var page = OpenForm();

        Type(page, "first-day", "12/31/2026");
        Type(page, "last-day", "12/31/2026");

        Assert.Equal("1 working day", page.Find("[data-testid=working-days]").TextContent);
    }

    [Fact]
    public void Text_that_is_no_date_is_told_how_to_type_one()
    {
        var page = OpenForm();

        Type(page, "first-day", "31/13/2026");

        Assert.Contains("Type the date as 31/12/2026 or 2026-12-31.", TextOf(page));
        Assert.DoesNotContain("Enter the first day of leave.", TextOf(page));
    }

    [Fact]
    public void The_example_follows_the_culture()
    {
        Culture.Culture = "de-DE";
        var page = OpenForm();

        Type(page, "last-day", "Montag");

        Assert.Contains("Type the date as 31.12.2026 or 2026-12-31.", TextOf(page));
    }

    [Fact]
    public void Sending_with_text_that_is_no_date_still_says_how_to_type_one()
    {
        var page = OpenForm();
        Type(page, "first-day", "2026-12-01");
        Type(page, "last-day", "next friday");

        page.Find("button[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Type the date as 31/12/2026 or 2026-12-31.", TextOf(page)));
        Assert.DoesNotContain("Enter the last day of leave.", TextOf(page));
    }

    [Fact]
    public void Emptying_a_typed_day_asks_for_one_again()
    {
        var page = OpenForm();
        Type(page, "first-day", "31/13/2026");

        Type(page, "first-day", "");

        Assert.Contains("Enter the first day of leave.", TextOf(page));
    }

    [Fact]
    public void An_empty_day_field_shows_the_cultures_pattern()
    {
        var page = OpenForm();

        Assert.Equal("dd/mm/yyyy", page.Find("input[data-testid=first-day]").GetAttribute("placeholder"));
    }
}
