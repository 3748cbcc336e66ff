using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>The admin's list of leave types and its add/edit dialog, with the seeded Annual, Sick, Unpaid and Other.</summary>
public sealed class LeaveTypesPageTests : LeavePageTest
{
    [Fact]
    public void Every_type_is_listed_in_the_order_it_was_made()
    {
        var page = Open();

        Assert.Equal(["Annual", "Sick", "Unpaid", "Other"], Rows(page).Select(r => r.Name));
    }

    [Fact]
    public void Each_type_shows_its_colour_beside_its_name()
    {
        var page = Open();

        Assert.Equal(["#2e5e8c", "#c62828", "#6d4c41", "#7b1fa2"],
            page.FindAll("[data-testid=leave-types] tbody tr td[data-label=Name] [data-testid=leave-type-dot]").Select(d => d.GetAttribute("data-colour")));
    }

    [Fact]
    public void Annual_leave_shows_its_allowance()
    {
        var page = Open();

        Assert.Equal("25 days a year, all on 1 January", Row(page, "Annual").Allowance);
    }

    [Fact]
    public void Sick_leave_shows_whole_days_and_approval_at_once()
    {
        var page = Open();

        Assert.Equal(("whole days only", "approved at once"), (Row(page, "Sick").HalfDays, Row(page, "Sick").Approval));
    }

    [Fact]
    public async Task Adding_a_type_in_the_dialog_lists_it_and_audits_who_added_it()
    {
        var page = Open();
        OpenDialog(page, "add-leave-type");

        page.Find("input[data-testid=type-name]").Change("Parental");
        page.Find("input[data-testid=type-colour]").Change("#00796B");
        page.Find("button[data-testid=type-save]").Click();

        page.WaitForAssertion(() => Assert.Equal(("#00796b", "Active"), (Row(page, "Parental").Colour, Row(page, "Parental").Status)));
        Assert.Equal("Dana Manager", (await Database.AuditAsync(AuditAction.LeaveTypeCreated)).Last().ActorName);
    }

    [Fact]
    public void Dialog_shows_cores_message_on_the_field_and_stays_open()
    {
        var page = Open();
        OpenDialog(page, "add-leave-type");

        page.Find("input[data-testid=type-name]").Change("Parental");
        page.Find("input[data-testid=type-colour]").Change("teal");
        page.Find("button[data-testid=type-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the colour as # and six hexadecimal digits (#rrggbb), such as #2e5e8c.", page.Markup));
        Assert.DoesNotContain("Parental", Rows(page).Select(r => r.Name));
    }

    [Fact]
    public void Allowance_fields_show_only_for_a_type_that_counts()
    {
        var page = Open();
        OpenDialog(page, "add-leave-type");
        var before = page.FindAll("input[data-testid=type-allowance]").Count;

        page.Find("input[data-testid=type-counts]").Change(true);

        page.WaitForAssertion(() => Assert.Equal((0, 1), (before, page.FindAll("input[data-testid=type-allowance]").Count)));
    }

    [Fact]
    public void Expiry_date_that_does_not_exist_is_refused_on_its_field()
    {
        var page = Open();
        OpenDialog(page, "Annual");

        page.Find("input[data-testid=type-carry-over]").Change("5");
        page.Find("input[data-testid=type-expiry-day]").Change("31");
        page.Find("button[data-testid=type-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter the day and month carried-over days expire, such as 31 March.", page.Markup));
    }

    [Fact]
    public void Edit_dialog_starts_from_the_types_settings()
    {
        var page = Open();

        OpenDialog(page, "Annual");

        page.WaitForAssertion(() => Assert.Equal(("Annual", 25m),
            (page.Find("input[data-testid=type-name]").GetAttribute("value"),
                decimal.Parse(page.Find("input[data-testid=type-allowance]").GetAttribute("value") ?? "", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Saving_a_change_shows_it_and_audits_it()
    {
        var page = Open();
        OpenDialog(page, "Annual");

        page.Find("input[data-testid=type-notice]").Change("14");
        page.Find("button[data-testid=type-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("14 days", Row(page, "Annual").Notice));
        Assert.Equal("notice: none → 14 days", Assert.Single(await Database.AuditAsync(AuditAction.LeaveTypeChanged)).Details);
    }

    [Fact]
    public void Retiring_a_type_shows_it_retired_and_offers_to_reactivate_it()
    {
        var page = Open();

        Click(page, "Other", "Retire");

        page.WaitForAssertion(() => Assert.Equal(("Retired", "Reactivate"), (Row(page, "Other").Status, Row(page, "Other").Buttons[1])));
    }

    [Fact]
    public async Task Retiring_the_last_active_type_is_refused_with_the_reason()
    {
        foreach (var name in new[] { "Sick", "Unpaid", "Other" })
        {
            await Database.SetLeaveTypeActiveAsync(name, active: false);
        }

        var page = Open();
        Click(page, "Annual", "Retire");

        page.WaitForAssertion(() => Assert.Contains("Annual is the only active leave type", page.Markup));
        Assert.Equal("Active", Row(page, "Annual").Status);
    }

    private sealed record TypeRow(string Name, string Colour, string Allowance, string HalfDays, string Notice, string Approval, string Status, IReadOnlyList<string> Buttons);

    private IRenderedComponent<ContainerFragment> Open()
    {
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver, Roles.Admin);
        var page = RenderPage<LeaveTypes>();
        page.WaitForAssertion(() => Assert.Equal(4, Rows(page).Count));
        return page;
    }

    /// <summary>Opens the dialog: to add with the button of that test id, or to edit the type of that name.</summary>
    private static void OpenDialog(IRenderedComponent<ContainerFragment> page, string addButtonOrType)
    {
        if (addButtonOrType == "add-leave-type")
        {
            page.Find("button[data-testid=add-leave-type]").Click();
        }
        else
        {
            Click(page, addButtonOrType, "Edit");
        }

        page.WaitForElement("button[data-testid=type-save]");
    }

    private static void Click(IRenderedComponent<ContainerFragment> page, string type, string button) =>
        RowElement(page, type).QuerySelectorAll("button").Single(b => b.TextContent.Trim() == button).Click();

    private static TypeRow Row(IRenderedComponent<ContainerFragment> page, string name) => Rows(page).Single(r => r.Name == name);

    private static IElement RowElement(IRenderedComponent<ContainerFragment> page, string name) =>
        page.FindAll("[data-testid=leave-types] tbody tr").Single(row => Cell(row, "Name") == name);

    private static List<TypeRow> Rows(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=leave-types] tbody tr").Select(row => new TypeRow(
            Cell(row, "Name"), row.QuerySelector("[data-testid=leave-type-dot]")?.GetAttribute("data-colour") ?? "",
            Cell(row, "Allowance"), Cell(row, "Half days"), Cell(row, "Notice"), Cell(row, "Approval"), Cell(row, "Status"),
            row.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ToList())).ToList();

    private static string Cell(IElement row, string label) =>
        row.QuerySelector($"td[data-label='{label}']")?.TextContent.Trim() ?? "";
}
