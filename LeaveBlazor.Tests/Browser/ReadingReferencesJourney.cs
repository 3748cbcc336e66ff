using LeaveBlazor.Tests.Integration;
using Microsoft.Playwright;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// A request's reference (LR-2026-00042) is read as one word: in every table that shows one, from a phone to a desktop,
/// it stays on one line, however long the reason beside it.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ReadingReferencesJourney(BrowserApp app, Chromium chromium)
    : BrowserJourney(app, chromium), IClassFixture<BrowserApp>, IClassFixture<Chromium>
{
    private const string LongReason =
        "Moving house across the country with two children, a dog and a piano, which needs the whole week and then some more days";

    [Fact]
    public async Task On_a_phone_a_cards_labels_stay_whole_beside_a_long_reason()
    {
        await App.AlexSubmitsAsync(LongReason);
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.SetViewportSizeAsync(360, 740);

        await dana.GoToInteractiveAsync("/inbox");
        var reasonCell = dana.Locator("main table td[data-label=Reason]").First;
        var labelHeight = await reasonCell.EvaluateAsync<double>("cell => parseFloat(getComputedStyle(cell, '::before').height)");
        var lineHeight = await reasonCell.EvaluateAsync<double>("cell => parseFloat(getComputedStyle(cell).lineHeight)");

        Assert.True(labelHeight <= lineHeight * 1.5, $"The Reason label is {labelHeight}px high, more than one line of {lineHeight}px.");
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(700, 900)]
    [InlineData(1280, 900)]
    public async Task References_never_wrap_in_the_inbox_or_in_my_requests(int width, int height)
    {
        var request = await App.AlexSubmitsAsync(LongReason);
        var dana = await SignedInAsync(LeaveApp.DanaEmail);
        await dana.SetViewportSizeAsync(width, height);
        var alex = await SignedInAsync(LeaveApp.AlexEmail);
        await alex.SetViewportSizeAsync(width, height);

        await dana.GoToInteractiveAsync("/inbox");
        var inInbox = await LinesOfAsync(dana, request.Reference);
        await alex.GoToInteractiveAsync("/requests");
        var inMyRequests = await LinesOfAsync(alex, request.Reference);

        Assert.Equal((1, 1), (inInbox, inMyRequests));
    }

    /// <summary>How many lines the link to the request takes (an inline element has one box per line it spans).</summary>
    private static async Task<int> LinesOfAsync(IPage page, string reference)
    {
        var link = page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });
        return await link.EvaluateAsync<int>("link => link.getClientRects().length");
    }
}
