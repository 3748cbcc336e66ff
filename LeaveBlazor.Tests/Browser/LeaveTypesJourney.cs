using System.Text.RegularExpressions;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed partial class LeaveTypesJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Admin_adds_a_type_that_needs_no_approval_and_alex_records_it_at_once_with_dana_only_told()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GoToInteractiveAsync("/admin/leave-types");
        await admin.Locator("[data-testid=add-leave-type]").ClickAsync();
        await admin.Locator("input[data-testid=type-name]").FillAsync("Volunteering");
        await admin.Locator("input[data-testid=type-name]").PressAsync("Tab");
        await admin.Locator("input[data-testid=type-colour]").FillAsync("#00796b");
        await admin.Locator("input[data-testid=type-colour]").PressAsync("Tab");
        await admin.GetByText("Needs approval", new() { Exact = true }).ClickAsync();
        await admin.Locator("[data-testid=type-save]").ClickAsync();
        await Expect(admin.Locator("[data-testid=leave-types] tbody tr", new() { HasText = "Volunteering" })).ToContainTextAsync("approved at once");

        var firstDay = App.WorkingDayInTwoWeeks();
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");
        await alex.Locator("[data-testid=leave-type]").ClickAsync();
        await alex.GetByRole(AriaRole.Option, new() { Name = "Volunteering" }).ClickAsync();
        await alex.Locator("input[data-testid=first-day]").TypeDayAsync(firstDay);
        await alex.Locator("input[data-testid=last-day]").TypeDayAsync(firstDay);
        await alex.Locator("[data-testid=submit]").ClickAsync();

        var submitted = alex.Locator("[data-testid=submitted]");
        await Expect(submitted).ToContainTextAsync("recorded and approved at once (Volunteering leave needs no approval)");
        var request = await App.RequestAsync(Reference().Match(await submitted.InnerTextAsync()).Value);
        var told = await App.EmailAsync(request, LeaveApp.DanaEmail, "For your information");
        await App.EmailAsync(request, LeaveApp.AlexEmail, "is recorded and approved");

        Assert.Equal(("Volunteering", null), (request.LeaveType, told.LinkLabelled("Approve")));
    }

    [GeneratedRegex(@"LR-\d{4}-\d{5}")]
    private static partial Regex Reference();
}
