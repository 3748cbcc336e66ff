using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Components;

/// <summary>
/// The calendars of the new-request form. "Today" is Monday 30 Nov 2026; the policy here allows no day back and 60
/// ahead (to Friday 29 Jan 2027), and has public holidays on Friday 25 and Monday 28 Dec 2026.
/// </summary>
public sealed class DayCalendarTests : NewRequestFormTest
{
    protected override void ConfigurePolicy(LeaveOptions policy)
    {
        policy.MaxDaysAhead = 60;
        policy.PublicHolidays = [new(2026, 12, 25), new(2026, 12, 28)];
    }

    [Fact]
    public void Weeks_start_on_Monday_in_en_GB()
    {
        var page = OpenForm();

        OpenCalendar(page, "first day");

        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], page.FindAll(".mud-day-label").Select(l => l.TextContent));
    }

    [Fact]
    public void Weeks_start_on_Sunday_in_en_US()
    {
        Culture.Culture = "en-US";
        var page = OpenForm();

        OpenCalendar(page, "first day");

        Assert.Equal("Sun", page.FindAll(".mud-day-label")[0].TextContent);
    }

    [Fact]
    public void Days_before_today_cannot_be_picked_and_today_can()
    {
        var page = OpenForm();

        OpenCalendar(page, "first day");

        Assert.Equal((true, false), (Day(page, 27).HasAttribute("disabled"), Day(page, 30).HasAttribute("disabled")));
    }

    [Fact]
    public void Days_past_the_last_one_allowed_ahead_cannot_be_picked()
    {
        var page = OpenForm();
        Type(page, "first-day", "2027-01-20");

        OpenCalendar(page, "first day");

        Assert.Equal((false, true), (Day(page, 29).HasAttribute("disabled"), Day(page, 30).HasAttribute("disabled")));
    }

    [Fact]
    public void The_last_day_calendar_offers_nothing_before_the_first_day()
    {
        var page = OpenForm();
        Type(page, "first-day", "2026-12-09");
        Type(page, "last-day", "2026-12-10");

        OpenCalendar(page, "last day");

        Assert.Equal((true, false), (Day(page, 8).HasAttribute("disabled"), Day(page, 9).HasAttribute("disabled")));
    }

    [Fact]
    public void An_empty_last_day_calendar_opens_at_the_first_days_month()
    {
        var page = OpenForm();
        Type(page, "first-day", "2027-01-11");

        OpenCalendar(page, "last day");

        Assert.Equal("January 2027", page.Find(".mud-picker-calendar-header-transition").TextContent.Trim());
    }

    [Fact]
    public void A_day_picked_in_the_calendar_is_written_the_cultures_way_and_counted()
    {
        var page = OpenForm();
        Type(page, "first-day", "2026-12-21");
        OpenCalendar(page, "last day");

        Day(page, 23).Click();

        page.WaitForAssertion(() => Assert.Equal(("23/12/2026", "3 working days"),
            (page.Find("input[data-testid=last-day]").GetAttribute("value"), page.Find("[data-testid=working-days]").TextContent)));
    }

    [Fact]
    public void A_typed_day_the_calendar_would_not_offer_gets_the_rules_message_rather_than_vanishing()
    {
        var page = OpenForm();

        Type(page, "first-day", "27/11/2026");

        Assert.Equal(("27/11/2026", true),
            (page.Find("input[data-testid=first-day]").GetAttribute("value"),
             TextOf(page).Contains("The first day (27 Nov 2026) is in the past: leave can start today at the earliest.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Weekends_and_public_holidays_are_marked()
    {
        var page = OpenForm();
        Type(page, "first-day", "2026-12-21");

        OpenCalendar(page, "first day");

        Assert.Equal(
            ["", "", "", "", "leave-day-holiday", "leave-day-weekend", "leave-day-weekend", "leave-day-holiday"],
            Enumerable.Range(21, 8).Select(day => Mark(Day(page, day))));
    }

    private static void OpenCalendar(IRenderedComponent<ContainerFragment> page, string which) =>
        page.Find($"button[aria-label='Pick the {which} in a calendar']").Click();

    /// <summary>The button of a day of the month the calendar shows (not the greyed days of the months beside it).</summary>
    private static IElement Day(IRenderedComponent<ContainerFragment> page, int day) =>
        page.FindAll(".mud-picker-calendar-day:not(.mud-hidden)").Single(button => button.TextContent.Trim() == day.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Mark(IElement day) =>
        day.ClassList.FirstOrDefault(c => c.StartsWith("leave-day-", StringComparison.Ordinal)) ?? "";
}
