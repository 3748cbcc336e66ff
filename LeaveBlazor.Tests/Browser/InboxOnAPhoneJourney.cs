using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>Dana decides on a phone: every inbox tab is in view, and the balance and team lines get the card's width.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class InboxOnAPhoneJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task Every_tab_is_in_view_without_scrolling_the_tab_strip()
    {
        var dana = await OpenInboxOnAPhoneAsync();

        var rightEdges = new List<double>();
        foreach (var tab in await dana.GetByRole(AriaRole.Tab).AllAsync())
        {
            var box = await tab.BoundingBoxAsync() ?? throw new InvalidOperationException("A tab is not shown.");
            rightEdges.Add(box.X + box.Width);
        }

        Assert.Equal(3, rightEdges.Count);
        NonEmpty.All(rightEdges, right => Assert.True(right <= PhoneWidth, $"A tab ends at {right}px, past the {PhoneWidth}px screen."));
    }

    [Fact]
    public async Task The_balance_and_team_lines_take_most_of_the_cards_width()
    {
        var dana = await OpenInboxOnAPhoneAsync();

        var teamLine = await dana.Locator("[data-testid=inbox-waiting] [data-testid=team-away]").First.BoundingBoxAsync();

        Assert.True(teamLine!.Width >= PhoneWidth * 0.7, $"The team line is {teamLine.Width}px wide on a {PhoneWidth}px screen.");
    }

    private async Task<IPage> OpenInboxOnAPhoneAsync()
    {
        await App.AlexSubmitsAsync();
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.SetViewportSizeAsync(PhoneWidth, 844);
        await dana.GoToInteractiveAsync("/inbox");
        return dana;
    }
}
