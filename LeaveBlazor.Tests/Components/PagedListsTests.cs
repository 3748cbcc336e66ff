using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Components;

/// <summary>
/// My requests, the inbox and the outbox read a long list a page at a time on the server: the page number is in the
/// address, the caption says which part of the whole is shown, and links lead to the other pages.
/// </summary>
public sealed class PagedListsTests : LeavePageTest
{
    private const int Asked = 55;

    [Fact]
    public async Task My_requests_show_the_newest_fifty_then_the_rest_on_page_two()
    {
        var references = References(await AlexAsksAsync());

        var first = Open<MyRequests>("requests", TestPeople.Alex);
        Assert.Equal(Joined(references.AsEnumerable().Reverse().Take(MyRequests.PageSize)), Joined(Listed(first, "my-requests")));
        Assert.Equal("1–50 of 55 requests · Page 1 of 2", Position(first));
        Assert.Equal(Url("requests?page=2"), first.Find("[data-testid=next-page]").GetAttribute("href"));

        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier.EndsWith("focus", StringComparison.Ordinal));

        Services.GetRequiredService<NavigationManager>().NavigateTo("requests?page=2");
        first.WaitForAssertion(() => Assert.Equal("51–55 of 55 requests · Page 2 of 2", Position(first)));
        first.WaitForAssertion(() => JSInterop.VerifyFocusAsyncInvoke());
        Assert.Equal(Joined(references.AsEnumerable().Reverse().Skip(MyRequests.PageSize)), Joined(Listed(first, "my-requests")));
        Assert.Equal((Url("requests"), 0), (first.Find("[data-testid=previous-page]").GetAttribute("href"), first.FindAll("[data-testid=next-page]").Count));
    }

    [Theory]
    [InlineData("requests?page=9", "51–55 of 55 requests · Page 2 of 2")]
    [InlineData("requests?page=2147483647", "51–55 of 55 requests · Page 2 of 2")]
    [InlineData("requests?page=0", "1–50 of 55 requests · Page 1 of 2")]
    [InlineData("requests?page=-3", "1–50 of 55 requests · Page 1 of 2")]
    [InlineData("requests?page=two", "1–50 of 55 requests · Page 1 of 2")]
    [InlineData("requests?page=1e3", "1–50 of 55 requests · Page 1 of 2")]
    public async Task A_page_past_the_end_shows_the_last_and_one_that_is_not_a_page_the_first(string address, string position)
    {
        await AlexAsksAsync();

        var page = Open<MyRequests>(address, TestPeople.Alex);

        Assert.Equal(position, Position(page));
    }

    [Fact]
    public async Task A_status_from_the_address_filters_before_paging_and_a_chip_starts_again_at_page_one()
    {
        var requests = await AlexAsksAsync();
        foreach (var request in requests.Take(3))
        {
            await Database.ApproveAsync(request);
        }

        var page = Open<MyRequests>("requests?status=Approved&page=2", TestPeople.Alex);
        Assert.Equal(("3 requests", Joined(requests.Take(3).Select(r => r.Reference).Reverse())), (page.Find("[data-testid=list-shown]").TextContent, Joined(Listed(page, "my-requests"))));

        page.Find("[data-testid=filter-Pending]").Click();

        Assert.Equal(Url("requests?status=Pending"), Services.GetRequiredService<NavigationManager>().Uri);
        page.WaitForAssertion(() => Assert.Equal("1–50 of 52 requests · Page 1 of 2", Position(page)));
    }

    [Fact]
    public async Task The_inbox_counts_every_request_waiting_and_shows_a_page_of_them_with_their_balances()
    {
        var references = References(await AlexAsksAsync());

        var page = Open<Inbox>("inbox?page=2", TestPeople.Dana, Roles.Employee, Roles.Approver);

        Assert.Equal(Joined(references.Skip(Inbox.PageSize)), Joined(Listed(page, "inbox-waiting")));
        Assert.Equal("51–55 of 55 requests waiting · Page 2 of 2", Position(page));
        Assert.Contains("Waiting (55)", Tabs(page));
        Assert.Equal(Asked - Inbox.PageSize, page.FindAll("[data-testid=inbox-waiting] [data-testid=if-approved]").Count);
    }

    [Fact]
    public async Task The_inbox_keeps_as_many_components_for_fifty_rows_as_for_five()
    {
        // An interactive page keeps every component it shows for as long as it is open: rows are markup, not components.
        await AlexAsksAsync();
        var page = Open<Inbox>("inbox", TestPeople.Dana, Roles.Employee, Roles.Approver);
        var (rowsFirst, componentsFirst) = (Listed(page, "inbox-waiting").Count(), page.FindComponents<IComponent>().Count);

        Services.GetRequiredService<NavigationManager>().NavigateTo("inbox?page=2");
        page.WaitForAssertion(() => Assert.Equal("51–55 of 55 requests waiting · Page 2 of 2", Position(page)));

        Assert.Equal((50, 5, componentsFirst), (rowsFirst, Listed(page, "inbox-waiting").Count(), page.FindComponents<IComponent>().Count));
    }

    [Fact]
    public async Task The_outbox_pages_each_state_and_a_tab_starts_again_at_page_one()
    {
        await AlexAsksAsync();
        var written = (await Database.OutboxAsync()).Count;
        await SignInAsAdminAsync(TestPeople.Dana);

        var page = Open<Outbox>("admin/outbox?page=3", person: null);

        Assert.Equal((110, "101–110 of 110 emails · Page 3 of 3", 10), (written, Position(page), page.FindAll("[data-testid=outbox] tbody tr").Count));
        Assert.Contains("Pending (110)", Tabs(page));

        page.FindAll(".mud-tab")[1].Click();
        Assert.Equal(Url("admin/outbox?state=sent"), Services.GetRequiredService<NavigationManager>().Uri);
    }

    /// <summary>Alex asks Dana for <see cref="Asked"/> single days, all at the same moment, oldest reference first.</summary>
    private async Task<List<LeaveRequest>> AlexAsksAsync()
    {
        await Database.SetOwnAllowancesAsync(TestPeople.Alex, ("Annual", 100));
        return await Database.SubmitSeveralAsync(Asked);
    }

    private static List<string> References(List<LeaveRequest> requests) => requests.Select(r => r.Reference).ToList();

    private static List<string> Tabs(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll(".mud-tab").Select(tab => tab.TextContent.Trim()).ToList();

    /// <summary>Opens the page at <paramref name="address"/> (relative to the app's base) signed in as the person, once its list shows.</summary>
    private IRenderedComponent<ContainerFragment> Open<TPage>(string address, TestPerson? person, params string[] roles)
        where TPage : IComponent
    {
        if (person is not null)
        {
            SignIn(person, roles);
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = RenderPage<TPage>();
        page.WaitForElement("[data-testid=list-shown]");
        return page;
    }

    private static string Position(IRenderedComponent<ContainerFragment> page) =>
        $"{page.Find("[data-testid=list-shown]").TextContent} · {page.Find("[data-testid=page-number]").TextContent}";

    private static IEnumerable<string> Listed(IRenderedComponent<ContainerFragment> page, string list) =>
        page.FindAll($"[data-testid={list}] tbody tr td:first-child a").Select(a => a.TextContent.Trim());

    private static string Joined(IEnumerable<string> references) => string.Join(' ', references);

    private static string Url(string relative) => $"http://localhost/{relative}";
}
