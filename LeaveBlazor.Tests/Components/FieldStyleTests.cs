using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using LeaveBlazor.Web.Components.Pages.Leave;

namespace LeaveBlazor.Tests.Components;

/// <summary>One field style across the app: every MudBlazor field of every form is outlined, the admin's dialogs included.</summary>
public sealed class FieldStyleTests : LeavePageTest
{
    [Fact]
    public void The_new_request_form_has_outlined_fields()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<NewRequest>();

        page.WaitForAssertion(() => AssertAllOutlined(page, fields: 5));
    }

    [Fact]
    public async Task The_users_search_field_is_outlined()
    {
        var page = await OpenUsersAsync();

        AssertAllOutlined(page, fields: 1);
    }

    [Fact]
    public async Task The_add_user_dialog_has_outlined_fields()
    {
        var page = await OpenUsersAsync();

        page.Find("button[data-testid=add-user]").Click();

        page.WaitForAssertion(() => AssertAllOutlined(page, fields: 11));
    }

    [Fact]
    public async Task The_edit_user_dialog_has_outlined_fields()
    {
        var page = await OpenUsersAsync();

        RowButton(page, TestPeople.Alex, "Edit").Click();

        page.WaitForAssertion(() => AssertAllOutlined(page, fields: 10));
    }

    [Fact]
    public async Task The_deactivate_dialog_has_outlined_fields()
    {
        await Database.SubmitSeveralAsync(1, approver: TestPeople.Sam);
        var page = await OpenUsersAsync();

        RowButton(page, TestPeople.Sam, "Deactivate").Click();

        page.WaitForAssertion(() => AssertAllOutlined(page, fields: 2));
    }

    [Fact]
    public async Task The_company_day_dialog_has_outlined_fields()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<CompanyDays>();

        page.WaitForElement("button[data-testid=add-company-day]").Click();

        page.WaitForAssertion(() => AssertAllOutlined(page, fields: 3));
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenUsersAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<Users>();
        page.WaitForElement("[data-testid=users] tbody tr");
        return page;
    }

    private static AngleSharp.Dom.IElement RowButton(IRenderedComponent<ContainerFragment> page, TestPerson person, string label) =>
        page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == person.DisplayName)
            .QuerySelectorAll("button").Single(b => b.TextContent.Trim() == label);

    /// <summary>Every field on the page (dialogs included) is an outlined one; <paramref name="fields"/> says how many there are.</summary>
    private static void AssertAllOutlined(IRenderedComponent<ContainerFragment> page, int fields)
    {
        var inputs = page.FindAll(".mud-input");
        Assert.Equal((fields, fields), (inputs.Count, inputs.Count(input => input.ClassList.Contains("mud-input-outlined"))));
    }
}
