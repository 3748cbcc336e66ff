using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.People;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;
using MudBlazor;

namespace LeaveBlazor.Tests.Components;

/// <summary>The new-request form as Alex sees it; "today" is Monday 30 Nov 2026 and Alex's manager is Dana.</summary>
public sealed class NewRequestPageTests : NewRequestFormTest
{
    [Fact]
    public void Approver_is_prefilled_with_the_employees_manager()
    {
        var page = OpenForm();

        Assert.Equal("Dana Manager", page.Find("input[data-testid=approver]").GetAttribute("value"));
    }

    [Fact]
    public void First_day_in_the_past_is_refused()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-11-27");
        Type(page, "last-day", "2026-12-01");

        Assert.Contains("The first day (27 Nov 2026) is in the past: leave can start today at the earliest.", TextOf(page));
    }

    [Fact]
    public void First_day_in_the_past_is_refused_before_the_last_day_is_entered()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-11-27");

        Assert.Contains("The first day (27 Nov 2026) is in the past: leave can start today at the earliest.", TextOf(page));
    }

    [Fact]
    public void No_working_days_are_counted_for_a_first_day_the_rules_refuse()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-11-27");
        Type(page, "last-day", "2026-12-01");

        Assert.Empty(page.FindAll("[data-testid=working-days]"));
    }

    [Fact]
    public void Working_days_are_counted_once_the_dates_are_allowed()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-11-30");
        Type(page, "last-day", "2026-12-01");

        Assert.Equal("2 working days", page.Find("[data-testid=working-days]").TextContent);
    }

    [Fact]
    public void Last_day_before_the_first_day_is_refused()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-12-10");
        Type(page, "last-day", "2026-12-08");

        Assert.Contains("The last day (8 Dec 2026) is before the first day (10 Dec 2026).", TextOf(page));
    }

    [Fact]
    public void Span_longer_than_the_policy_allows_is_refused()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-12-01");
        Type(page, "last-day", "2027-02-15");

        Assert.Contains("A request can cover at most 60 days; this one covers 77. Split it into several requests.", TextOf(page));
    }

    [Fact]
    public void Dates_with_no_working_day_are_refused()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-12-05");
        Type(page, "last-day", "2026-12-06");

        Assert.Contains("5–6 Dec 2026 has no working days (weekends, public holidays and company closures are not counted): choose working days.",
            page.Find("[data-testid=error-Dates]").TextContent);
    }

    [Fact]
    public async Task The_working_days_shown_are_counted_on_the_requesters_own_calendar()
    {
        await Database.SetTermsAsync(TestPeople.Alex, new WorkingTerms("GB", null, WorkingPattern.Of([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday])));
        var page = OpenForm();

        Type(page, "first-day", "2026-12-07");
        Type(page, "last-day", "2026-12-11");

        Assert.Equal("3 working days", page.Find("[data-testid=working-days]").TextContent.Trim());
    }

    [Fact]
    public async Task The_working_days_shown_leave_out_company_closures()
    {
        await Database.AddCompanyDayAsync(new DateOnly(2026, 12, 9));
        var page = OpenForm();

        Type(page, "first-day", "2026-12-07");
        Type(page, "last-day", "2026-12-11");

        Assert.Equal("4 working days", page.Find("[data-testid=working-days]").TextContent.Trim());
    }

    [Fact]
    public void One_day_request_with_both_half_days_is_refused()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-12-01");
        Type(page, "last-day", "2026-12-01");
        page.Find("input[data-testid=half-day-start]").Change(true);
        page.Find("input[data-testid=half-day-end]").Change(true);

        Assert.Contains("A one-day request can be a morning or an afternoon, not both: untick one half day.",
            page.Find("[data-testid=error-HalfDay]").TextContent);
    }

    [Fact]
    public void Reason_longer_than_the_policy_allows_is_refused_while_typing()
    {
        var page = OpenForm();

        page.Find("textarea[data-testid=reason]").Input(new string('x', 501));

        Assert.Contains("Keep the reason to 500 characters; it has 501.", TextOf(page));
    }

    [Fact]
    public async Task Clearing_the_approver_asks_for_one()
    {
        var page = OpenForm();

        var approver = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Approver");
        await approver.InvokeAsync(() => approver.Instance.ValueChanged.InvokeAsync(null));

        Assert.Contains("Choose who should approve this request.", TextOf(page));
    }

    [Fact]
    public void Untouched_fields_show_no_message_before_sending()
    {
        var page = OpenForm();

        Assert.DoesNotContain("Enter the first day of leave.", TextOf(page));
    }

    [Fact]
    public void Sending_without_a_first_day_asks_for_it()
    {
        var page = OpenForm();

        page.Find("button[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the first day of leave.", TextOf(page)));
    }

    [Fact]
    public async Task Sending_dates_that_overlap_an_earlier_request_names_that_request()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek());
        var page = OpenForm();

        Type(page, "first-day", "2026-12-09");
        Type(page, "last-day", "2026-12-09");
        page.Find("button[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "These dates overlap your request LR-2026-00001 (Annual, 7–11 Dec 2026, Pending): cancel it or choose other dates.",
            TextOf(page)));
    }

    [Fact]
    public void Valid_request_shows_its_reference_and_working_days()
    {
        var page = OpenForm();

        Type(page, "first-day", "2026-12-01");
        Type(page, "last-day", "2026-12-03");
        page.Find("button[data-testid=submit]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Request LR-2026-00001 sent to Dana Manager: 3 working days, 1–3 Dec 2026.",
            Normalised(page.Find("[data-testid=submitted]").TextContent)));
    }
}
