using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Feeds;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Components.Feeds;

/// <summary>
/// The Calendar feeds page: a link is made on request and its address shown only then; resetting asks first, and only
/// a confirmed reset stops the old address.
/// </summary>
public sealed class CalendarFeedLinksPageTests : LeavePageTest
{
    private CalendarFeeds Feeds => Services.GetRequiredService<CalendarFeeds>();

    [Fact]
    public void Creating_a_link_shows_its_address_with_a_copy_button()
    {
        var page = OpenPage();

        page.Find("[data-testid=create-personal]").Click();

        var address = page.WaitForElement("input[data-testid=feed-url-personal]").GetAttribute("value");
        Assert.StartsWith("http://localhost:5289/feeds/", address, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=copy-personal]"));
        Assert.Empty(page.FindAll("[data-testid=create-personal]"));
    }

    [Fact]
    public async Task Coming_back_shows_when_the_link_was_made_but_not_its_address()
    {
        await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Team);

        var page = OpenPage();

        page.WaitForElement("[data-testid=feed-made-team]");
        Assert.Empty(page.FindAll("input[data-testid=feed-url-team]"));
        Assert.Single(page.FindAll("[data-testid=reset-team]"));
    }

    [Fact]
    public async Task Keeping_the_old_link_when_asked_leaves_it_working()
    {
        var old = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);
        var page = OpenPage();

        page.WaitForElement("[data-testid=reset-personal]").Click();
        page.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Keep the old link").Click();

        Assert.NotNull(await Feeds.ReadAsync(TokenOf(old)));
        Assert.Empty(page.FindAll("input[data-testid=feed-url-personal]"));
    }

    [Fact]
    public async Task Confirmed_reset_shows_a_new_address_and_the_old_one_stops()
    {
        var old = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);
        var page = OpenPage();

        page.WaitForElement("[data-testid=reset-personal]").Click();
        page.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Reset link").Click();

        var fresh = page.WaitForElement("input[data-testid=feed-url-personal]").GetAttribute("value")!;
        Assert.NotEqual(old, fresh);
        Assert.Null(await Feeds.ReadAsync(TokenOf(old)));
        Assert.NotNull(await Feeds.ReadAsync(TokenOf(fresh)));
    }

    private IRenderedComponent<ContainerFragment> OpenPage()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<CalendarFeedLinks>();
        page.WaitForElement("[data-testid=feed-personal]");
        return page;
    }

    private static string TokenOf(string url) => url[(url.LastIndexOf('/') + 1)..^".ics".Length];
}
