using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Web.Components.Leave;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Alex sends the new-request form with mistakes, using a screen reader: the focus goes to the first field in error,
/// and each field's message is its description, so landing on the field reads why.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class FormErrorsJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Sending_without_dates_moves_the_focus_to_the_first_day()
    {
        var alex = await OpenFormAsync();

        await SendAsync(alex);

        await Expect(FirstDay(alex)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Each_empty_day_is_described_by_its_own_message()
    {
        var alex = await OpenFormAsync();

        await SendAsync(alex);

        await Expect(FirstDay(alex)).ToHaveAccessibleDescriptionAsync("Enter the first day of leave.");
        await Expect(LastDay(alex)).ToHaveAccessibleDescriptionAsync("Enter the last day of leave.");
    }

    [Fact]
    public async Task A_day_typed_in_no_known_form_is_described_by_how_to_type_it()
    {
        var alex = await OpenFormAsync();
        var howToType = App.Services.GetRequiredService<TypedDates>().HowToType();

        await FirstDay(alex).FillAsync("31st of never");
        await FirstDay(alex).PressAsync("Tab");

        await Expect(FirstDay(alex)).ToHaveAccessibleDescriptionAsync(howToType);
    }

    [Fact]
    public async Task Days_refused_together_are_described_on_both_day_fields()
    {
        var alex = await OpenFormAsync();
        var saturday = App.WorkingDayInTwoWeeks();
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
        {
            saturday = saturday.AddDays(1);
        }

        await FirstDay(alex).TypeDayAsync(saturday);
        await LastDay(alex).TypeDayAsync(saturday.AddDays(1));
        var message = alex.Locator("[data-testid=error-Dates]");
        await Expect(message).ToContainTextAsync("has no working days");
        var why = await message.InnerTextAsync();

        await Expect(FirstDay(alex)).ToHaveAccessibleDescriptionAsync(why);
        await Expect(LastDay(alex)).ToHaveAccessibleDescriptionAsync(why);
    }

    private async Task<IPage> OpenFormAsync()
    {
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");
        return alex;
    }

    private static async Task SendAsync(IPage page)
    {
        await page.Locator("[data-testid=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Enter the first day of leave.")).ToBeVisibleAsync();
    }

    private static ILocator FirstDay(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "First day", Exact = true });

    private static ILocator LastDay(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Last day", Exact = true });
}
