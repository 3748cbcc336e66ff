using System.Text.RegularExpressions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed partial class AskingForLeaveJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Alex_asks_for_leave_fixing_a_wrong_last_day_on_the_way_and_both_emails_arrive()
    {
        var firstDay = App.WorkingDayInTwoWeeks();
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests/new");

        await alex.Locator("input[data-testid=first-day]").TypeDayAsync(firstDay);
        await alex.Locator("input[data-testid=last-day]").TypeDayAsync(firstDay.AddDays(-3));
        var lastDayError = alex.GetByText(
            $"The last day ({LeaveFormat.Day(firstDay.AddDays(-3))}) is before the first day ({LeaveFormat.Day(firstDay)}).");
        await Expect(lastDayError).ToBeVisibleAsync();
        await alex.Locator("input[data-testid=last-day]").TypeDayAsync(firstDay.AddDays(1));
        await Expect(lastDayError).ToHaveCountAsync(0);
        await Expect(alex.Locator("[data-testid=working-days]")).ToHaveTextAsync("2 working days");
        await alex.Locator("[data-testid=reason]").FillAsync("Moving house");
        await alex.Locator("[data-testid=submit]").ClickAsync();

        var submitted = alex.Locator("[data-testid=submitted]");
        await Expect(submitted).ToContainTextAsync(Reference());
        var request = await App.RequestAsync(Reference().Match(await submitted.InnerTextAsync()).Value);
        await App.EmailAsync(request, LeaveApp.AlexEmail, "Your leave request was sent to Dana Manager");
        var askDana = await App.DecisionRequestAsync(request);

        Assert.Equal((firstDay, firstDay.AddDays(1), "Moving house"), (request.FirstDay, request.LastDay, request.Reason));
        Assert.StartsWith($"{App.BaseUrl}/decide/", askDana.LinkLabelled("Approve"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"LR-\d{4}-\d{5}")]
    private static partial Regex Reference();
}
