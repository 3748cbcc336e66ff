using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>The admin's Users list is searched on the server as they type, each key a new address.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class UsersSearchJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Typing_an_email_keeps_every_key_in_the_box_and_lists_only_that_person()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GoToInteractiveAsync("/admin/users");
        var search = admin.Locator("input[data-testid=users-search]");

        // Faster than the server answers each key: the box must not go back to an older search when the address catches up.
        await search.PressSequentiallyAsync("DANA@LEAVE", new() { Delay = 15 });

        await Expect(admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/users\\?search=DANA%40LEAVE$"));
        await Expect(admin.Locator("[data-testid=users] tbody td[data-label=Name]")).ToHaveTextAsync(["Dana Manager"]);
        await Expect(search).ToHaveValueAsync("DANA@LEAVE");
        await Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Edit Dana Manager" })).ToBeVisibleAsync();
    }
}
