using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

[Collection(LeaveAppCollection.Name)]
public sealed class ApprovingByLinkJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Danas_emailed_link_decides_nothing_until_she_approves_then_Alex_sees_it_approved_with_the_timeline()
    {
        var request = await App.AlexAsksAndIsEmailedAsync("Family visit");
        var approveLink = (await App.DecisionRequestAsync(request)).LinkLabelled("Approve")!;

        var dana = await OpenBrowserAsync("dana"); // from her mailbox: the link is all she needs
        await dana.GotoAsync(approveLink);
        await Expect(dana.Locator("[data-testid=question]")).ToHaveTextAsync($"Approve {request.Reference}?");
        await Expect(dana.Locator("[data-testid=reason]")).ToHaveTextAsync("Family visit");
        Assert.Equal(LeaveStatus.Pending, (await App.ReloadAsync(request)).Status);
        await dana.Locator("textarea").FillAsync("Enjoy it");
        await dana.Locator("button[value=Approve]").ClickAsync();
        await Expect(dana.Locator("[data-testid=outcome]")).ToContainTextAsync("Approved.");
        await App.EmailAsync(request, LeaveApp.AlexEmail, "Your leave request was approved by Dana Manager");

        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.GoToInteractiveAsync("/requests");
        var link = alex.GetByRole(AriaRole.Link, new() { Name = request.Reference, Exact = true });
        await Expect(alex.Locator("tr", new() { Has = link }).Locator("[data-status]")).ToHaveTextAsync("Approved");
        await link.ClickAsync();
        var approval = alex.Locator(".mud-timeline-item", new() { HasText = "Approved by Dana Manager" });
        await Expect(approval).ToContainTextAsync("by email link");
        await Expect(approval).ToContainTextAsync("“Enjoy it”");
    }
}
