using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>Dana works the app from the keyboard: the skip link comes first, and she always sees where the focus is, and does not lose it when what she pressed changes.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class KeyboardJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Skip_link_comes_first_shows_when_focused_and_takes_the_keyboard_past_the_menu_into_the_page()
    {
        var dana = await OpenBrowserAsync("dana");
        await dana.GotoAsync("/Account/Login");

        var firstFocusable = await dana.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent");
        var skip = dana.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        var hiddenAt = (await skip.BoundingBoxAsync())?.Y;
        await skip.FocusAsync();
        var shownAt = (await skip.BoundingBoxAsync())?.Y;
        await dana.Keyboard.PressAsync("Enter");
        await dana.Keyboard.PressAsync("Tab");

        var inMain = await dana.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
        Assert.Equal("Skip to main content", firstFocusable);
        Assert.True(hiddenAt < 0 && shownAt >= 0, $"The skip link should be off screen ({hiddenAt}) until focused, then on screen ({shownAt}).");
        Assert.True(inMain, "After the skip link, Tab should reach the page's own content, not the menu.");
    }

    [Fact]
    public async Task After_moving_to_another_page_the_focus_is_on_its_title_inside_the_main_content()
    {
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/requests");

        await dana.GetByRole(AriaRole.Link, new() { Name = "Inbox" }).First.ClickAsync();

        await Expect(dana.Locator("main h1")).ToBeFocusedAsync();
        await Expect(dana.Locator("main h1")).ToHaveTextAsync("Inbox");
    }

    [Fact]
    public async Task Keyboard_focus_is_drawn_on_menu_links_and_buttons()
    {
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.GoToInteractiveAsync("/requests");
        var menuLink = dana.GetByRole(AriaRole.Link, new() { Name = "New request" }).First;
        var button = dana.Locator("main").GetByRole(AriaRole.Link, new() { Name = "New request" });

        await menuLink.FocusAsync();
        await dana.Keyboard.PressAsync("Shift+Tab");
        await dana.Keyboard.PressAsync("Tab");
        var menuOutline = await OutlineAsync(dana);
        await button.FocusAsync();
        await dana.Keyboard.PressAsync("Shift+Tab");
        await dana.Keyboard.PressAsync("Tab");
        var buttonOutline = await OutlineAsync(dana);

        Assert.Equal(("solid", "solid"), (menuOutline, buttonOutline));
    }

    [Fact]
    public async Task Keyboard_focus_is_drawn_on_a_select_of_the_new_request_form()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");
        var leaveType = alex.GetByRole(AriaRole.Combobox, new() { Name = "Leave type" });

        await alex.Locator("main h1").FocusAsync();
        await alex.Keyboard.PressAsync("Tab");
        await Expect(leaveType).ToBeFocusedAsync();

        Assert.Equal("solid", await OutlineAsync(alex));
    }

    [Fact]
    public async Task A_sent_request_is_announced_and_the_focus_moves_to_its_message()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await SendRequestAsync(alex);

        var message = alex.GetByRole(AriaRole.Status).Filter(new() { Has = alex.Locator("[data-testid=submitted]") });
        await Expect(message).ToContainTextAsync("sent to Dana Manager");
        await Expect(message).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Asking_for_more_leave_puts_the_focus_on_the_forms_first_field()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await SendRequestAsync(alex);

        await alex.GetByRole(AriaRole.Button, new() { Name = "Ask for more leave" }).FocusAsync();
        await alex.Keyboard.PressAsync("Enter");

        await Expect(alex.GetByRole(AriaRole.Combobox, new() { Name = "Leave type" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Back_up_now_keeps_the_keyboard_focus_through_the_backup()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GoToInteractiveAsync("/admin/backups");
        var backUp = admin.GetByRole(AriaRole.Button, new() { Name = "Back up now" });

        await backUp.FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("taken");

        await Expect(backUp).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_snackbar_leaves_the_button_that_raised_it_uncovered()
    {
        var admin = await SignedInAsync(LeaveApp.AdminEmail);
        await admin.GoToInteractiveAsync("/admin/backups");
        var backUp = admin.Locator("[data-testid=back-up-now]");

        await backUp.ClickAsync();
        var snackbar = admin.Locator(".mud-snackbar");
        await Expect(snackbar).ToContainTextAsync("taken");

        var button = await backUp.BoundingBoxAsync() ?? throw new InvalidOperationException("The button is not shown.");
        var message = await snackbar.BoundingBoxAsync() ?? throw new InvalidOperationException("The snackbar is not shown.");
        var overlap = button.X < message.X + message.Width && message.X < button.X + button.Width
            && button.Y < message.Y + message.Height && message.Y < button.Y + button.Height;
        Assert.False(overlap, $"The snackbar ({message.X},{message.Y} {message.Width}x{message.Height}) covers the button ({button.X},{button.Y}).");
    }

    /// <summary>Fills in a day off on the new-request form and sends it from the keyboard, as a keyboard user does.</summary>
    private async Task SendRequestAsync(IPage page)
    {
        var day = App.NextFreeDay();
        await page.GoToInteractiveAsync("/requests/new");
        await page.Locator("input[data-testid=first-day]").TypeDayAsync(day);
        await page.Locator("input[data-testid=last-day]").TypeDayAsync(day);
        await page.Locator("[data-testid=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=submitted]")).ToBeVisibleAsync();
    }

    /// <summary>The outline style the browser draws on the focused element (a ring needs a solid, not "none").</summary>
    private static Task<string> OutlineAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
}
