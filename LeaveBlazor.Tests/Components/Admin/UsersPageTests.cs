using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Core.Reminders;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Components.Admin;

/// <summary>The admin's list of people: Dana, made an admin, looks at the seeded directory.</summary>
public sealed class UsersPageTests : LeavePageTest
{
    [Fact]
    public async Task Everyone_in_the_directory_is_listed_by_name_in_order()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal(["Alex Employee", "Dana Manager", "Ivy Inactive", "Sam Other"], Rows(page).Select(r => r.Name));
    }

    [Fact]
    public async Task Each_person_shows_their_email()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal(TestPeople.Alex.Email, Row(page, TestPeople.Alex).Email);
    }

    [Fact]
    public async Task Each_person_shows_their_managers_name()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal("Dana Manager", Row(page, TestPeople.Sam).Manager);
    }

    [Fact]
    public async Task Person_without_a_manager_shows_a_dash()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal("—", Row(page, TestPeople.Dana).Manager);
    }

    [Fact]
    public async Task Each_person_shows_their_roles_in_order()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal("Admin, Approver, Employee", Row(page, TestPeople.Dana).Roles);
    }

    [Fact]
    public async Task Person_who_left_is_shown_as_deactivated()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal("Deactivated", Row(page, TestPeople.Ivy).Status);
    }

    [Fact]
    public async Task Other_active_people_can_be_deactivated()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal(["Edit", "Send reset link", "Deactivate"], Row(page, TestPeople.Alex).Buttons);
    }

    [Fact]
    public async Task Person_who_left_can_be_reactivated()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal(["Edit", "Reactivate"], Row(page, TestPeople.Ivy).Buttons);
    }

    [Fact]
    public async Task Signed_in_admin_is_not_offered_to_deactivate_themself()
    {
        var page = await OpenAsDanaAsync();

        Assert.Equal(["Edit", "Send reset link"], Row(page, TestPeople.Dana).Buttons);
    }

    [Fact]
    public async Task Send_reset_link_queues_the_reset_email_to_the_person()
    {
        var page = await OpenAsDanaAsync();

        ClickRowButton(page, TestPeople.Alex, "Send reset link");

        page.WaitForAssertion(() => Assert.Equal([TestPeople.Alex.Email], ResetEmailsSent()));
    }

    [Fact]
    public async Task Person_with_two_factor_sign_in_can_have_it_turned_off_after_a_confirmation()
    {
        await SetTwoFactorAsync(TestPeople.Alex, on: true);
        var page = await OpenAsDanaAsync();
        Assert.Equal(["Edit", "Send reset link", "Turn off two-factor", "Deactivate"], Row(page, TestPeople.Alex).Buttons);

        ClickRowButton(page, TestPeople.Alex, "Turn off two-factor");
        page.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Turn it off").Click();

        page.WaitForAssertion(() => Assert.DoesNotContain("Turn off two-factor", Row(page, TestPeople.Alex).Buttons));
        Assert.False(await TwoFactorOnAsync(TestPeople.Alex));
    }

    [Fact]
    public async Task Keeping_two_factor_on_in_the_confirmation_changes_nothing()
    {
        await SetTwoFactorAsync(TestPeople.Alex, on: true);
        var page = await OpenAsDanaAsync();

        ClickRowButton(page, TestPeople.Alex, "Turn off two-factor");
        page.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Keep it on").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")));
        Assert.True(await TwoFactorOnAsync(TestPeople.Alex));
    }

    [Fact]
    public async Task Deactivate_dialog_says_how_many_requests_wait_on_the_person()
    {
        await Database.SubmitSeveralAsync(2, approver: TestPeople.Sam);
        var page = await OpenAsDanaAsync();

        OpenDeactivateDialog(page, TestPeople.Sam);

        page.WaitForAssertion(() => Assert.StartsWith("Sam Other has 2 pending requests to decide.", Summary(page), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deactivate_dialog_proposes_the_persons_manager_as_successor()
    {
        await Database.SubmitSeveralAsync(1, approver: TestPeople.Sam);
        var page = await OpenAsDanaAsync();

        OpenDeactivateDialog(page, TestPeople.Sam);

        page.WaitForAssertion(() => Assert.Equal("Dana Manager", page.Find("input[data-testid=deactivate-successor]").GetAttribute("value")));
    }

    [Fact]
    public async Task Deactivating_with_the_proposed_successor_hands_the_requests_over()
    {
        var request = (await Database.SubmitSeveralAsync(1, approver: TestPeople.Sam)).Single();
        var page = await OpenAsDanaAsync();
        OpenDeactivateDialog(page, TestPeople.Sam);
        page.WaitForElement("input[data-testid=deactivate-successor]");

        page.Find("button[data-testid=deactivate-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Deactivated", Row(page, TestPeople.Sam).Status));
        Assert.Equal(TestPeople.Dana.Id, (await Database.ReloadAsync(request)).ApproverId);
    }

    [Fact]
    public async Task When_nobody_else_can_approve_the_dialog_says_so_and_cannot_deactivate()
    {
        await Database.SubmitSeveralAsync(1, approver: TestPeople.Sam);
        await Database.ChangePersonAsync(TestPeople.Dana, e => e.CanApprove = false);
        var page = await OpenAsDanaAsync();

        OpenDeactivateDialog(page, TestPeople.Sam);

        page.WaitForAssertion(() => Assert.Equal(
            ("Nobody else can approve: make someone an approver first.", true),
            (page.Find("[data-testid=no-successor]").TextContent.Trim(), page.Find("button[data-testid=deactivate-confirm]").HasAttribute("disabled"))));
    }

    [Fact]
    public async Task Deactivating_someone_with_nothing_waiting_only_asks_to_confirm()
    {
        var page = await OpenAsDanaAsync();

        OpenDeactivateDialog(page, TestPeople.Alex);

        page.WaitForAssertion(() => Assert.Equal(
            ("Alex Employee will be signed out and can no longer sign in or be chosen as approver. Nothing is waiting on them.", 0),
            (Summary(page), page.FindAll("input[data-testid=deactivate-successor]").Count)));
    }

    private static void OpenDeactivateDialog(IRenderedComponent<ContainerFragment> page, TestPerson person) =>
        ClickRowButton(page, person, "Deactivate");

    private static void ClickRowButton(IRenderedComponent<ContainerFragment> page, TestPerson person, string button) =>
        page.FindAll("[data-testid=users] tbody tr")
            .Single(row => row.QuerySelector("td[data-label=Name]")?.TextContent.Trim() == person.DisplayName)
            .QuerySelectorAll("button").Single(b => b.TextContent.Trim() == button)
            .Click();

    private static string Summary(IRenderedComponent<ContainerFragment> page) =>
        System.Text.RegularExpressions.Regex.Replace(page.Find("[data-testid=deactivate-summary]").TextContent, @"\s+", " ").Trim();

    private sealed record UserRow(string Name, string Email, string Manager, string Roles, string Status, IReadOnlyList<string> Buttons);

    /// <summary>Makes Dana an admin, signs her in and opens the page.</summary>
    private async Task<IRenderedComponent<ContainerFragment>> OpenAsDanaAsync()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = RenderPage<Users>();
        page.WaitForAssertion(() => Assert.Equal(TestPeople.Everyone.Count, Rows(page).Count));
        return page;
    }

    private async Task SetTwoFactorAsync(TestPerson person, bool on)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.SetTwoFactorEnabledAsync(await users.FindByIdAsync(person.Id) ?? throw new InvalidOperationException($"{person.Email} has no account."), on);
    }

    private async Task<bool> TwoFactorOnAsync(TestPerson person)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByIdAsync(person.Id))?.TwoFactorEnabled ?? throw new InvalidOperationException($"{person.Email} has no account.");
    }

    private List<string> ResetEmailsSent()
    {
        using var scope = Database.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<LeaveDbContext>().Outbox
            .Where(m => m.Kind == EmailKind.PasswordReset).Select(m => m.ToAddress)];
    }

    private static UserRow Row(IRenderedComponent<ContainerFragment> page, TestPerson person) =>
        Rows(page).Single(r => r.Name == person.DisplayName);

    private static List<UserRow> Rows(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=users] tbody tr").Select(row => new UserRow(
            Cell(row, "Name"), Cell(row, "Email"), Cell(row, "Manager"), Cell(row, "Roles"), Cell(row, "Status"),
            row.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ToList())).ToList();

    private static string Cell(IElement row, string label) =>
        row.QuerySelector($"td[data-label={label}]")?.TextContent.Trim() ?? "";
}
