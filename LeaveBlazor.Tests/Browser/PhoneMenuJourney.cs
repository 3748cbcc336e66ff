using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Alex uses the menu on a phone from the keyboard: closed, it is out of the way; open, it holds the focus until
/// Escape closes it and gives the focus back to the menu button.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class PhoneMenuJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    private const int PhoneWidth = 390;

    /// <summary>More Tab presses than the app bar and the menu have stops, so a walk that stays inside has gone round.</summary>
    private const int TabPresses = 12;

    [Fact]
    public async Task Once_closed_again_the_menus_links_are_not_in_the_tab_order()
    {
        var alex = await OpenOnAPhoneAsync();
        await MenuButton(alex).ClickAsync();
        await Expect(alex.Locator(".mud-drawer--open")).ToBeVisibleAsync();

        // Closed as a tap beside it closes it: the page under the open menu takes no clicks, the menu button included.
        await alex.Locator(".mud-drawer-overlay").ClickAsync(new() { Position = new() { X = PhoneWidth - 20, Y = 400 } });
        await Expect(alex.Locator(".mud-drawer--closed")).ToHaveCountAsync(1);

        await MenuButton(alex).FocusAsync();
        var stops = await TabStopsAsync(alex);

        Assert.DoesNotContain(stops, stop => stop.InMenu);
    }

    [Fact]
    public async Task Opening_the_menu_from_the_keyboard_moves_the_focus_into_it()
    {
        var alex = await OpenOnAPhoneAsync();

        await OpenMenuAsync(alex);

        await Expect(alex.Locator(".mud-drawer a").First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_open_menu_keeps_the_focus_among_its_links()
    {
        var alex = await OpenOnAPhoneAsync();
        await OpenMenuAsync(alex);

        await alex.Locator(".mud-drawer a").First.FocusAsync();
        var stops = await TabStopsAsync(alex);

        NonEmpty.All(stops, stop => Assert.True(stop.InMenu, $"Tab reached '{stop.Name}' behind the open menu."));
    }

    [Fact]
    public async Task Escape_closes_the_open_menu_and_returns_the_focus_to_the_menu_button()
    {
        var alex = await OpenOnAPhoneAsync();
        await OpenMenuAsync(alex);

        await alex.Locator(".mud-drawer a").First.FocusAsync();
        await alex.Keyboard.PressAsync("Escape");

        await Expect(alex.Locator(".mud-drawer--open")).ToHaveCountAsync(0);
        await Expect(MenuButton(alex)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_menu_button_tells_a_screen_reader_whether_the_menu_is_open()
    {
        var alex = await OpenOnAPhoneAsync();

        await OpenMenuAsync(alex);
        await Expect(MenuButton(alex)).ToHaveAttributeAsync("aria-expanded", "true");

        await alex.Keyboard.PressAsync("Escape");
        await Expect(MenuButton(alex)).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(MenuButton(alex)).ToHaveAttributeAsync("aria-controls", "app-menu");
        await Expect(alex.Locator("#app-menu")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Choosing_the_page_already_shown_closes_the_menu_and_returns_the_focus_to_the_menu_button()
    {
        var alex = await OpenOnAPhoneAsync();
        await OpenMenuAsync(alex);

        await alex.Locator(".mud-drawer").GetByRole(AriaRole.Link, new() { Name = "My requests" }).FocusAsync();
        await alex.Keyboard.PressAsync("Enter");

        await Expect(alex.Locator(".mud-drawer--open")).ToHaveCountAsync(0);
        await Expect(MenuButton(alex)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Choosing_another_page_in_the_menu_puts_the_focus_on_its_title()
    {
        var alex = await OpenOnAPhoneAsync();
        await OpenMenuAsync(alex);

        await alex.Locator(".mud-drawer").GetByRole(AriaRole.Link, new() { Name = "Calendar" }).FocusAsync();
        await alex.Keyboard.PressAsync("Enter");

        await Expect(alex.Locator("main h1")).ToHaveTextAsync("Calendar");
        await Expect(alex.Locator("main h1")).ToBeFocusedAsync();
    }

    private async Task<IPage> OpenOnAPhoneAsync()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.SetViewportSizeAsync(PhoneWidth, 844);
        await alex.GoToInteractiveAsync("/requests");

        // At phone width the drawer starts open in its parameters and closes itself once the browser has told the
        // circuit the screen's size; a press on the menu button before that would close it rather than open it.
        await Expect(MenuButton(alex)).ToHaveAttributeAsync("aria-expanded", "false");
        return alex;
    }

    private static async Task OpenMenuAsync(IPage page)
    {
        await MenuButton(page).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".mud-drawer--open")).ToBeVisibleAsync();
    }

    private static ILocator MenuButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });

    /// <summary>Where each of <see cref="TabPresses"/> presses of Tab takes the focus: its text, and whether it is in the menu.</summary>
    private static async Task<List<(string Name, bool InMenu)>> TabStopsAsync(IPage page)
    {
        var stops = new List<(string, bool)>();
        for (var press = 0; press < TabPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");

            // A focus trap's edge takes the focus first and hands it round to the other end over the circuit: a person
            // pressing Tab again sees it land there first.
            await page.WaitForFunctionAsync("() => !document.activeElement.parentElement?.classList.contains('mud-focus-trap')");
            var stop = await page.EvaluateAsync<string>(
                "() => (document.activeElement.closest('.mud-drawer') ? 'in:' : 'out:') + document.activeElement.textContent.trim()");
            stops.Add((stop[(stop.IndexOf(':', StringComparison.Ordinal) + 1)..], stop.StartsWith("in:", StringComparison.Ordinal)));
        }

        return stops;
    }
}
