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
/// My requests, the inbox, the outbox and the users read a long list a page at a time on the server: the page number is in the
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

    [Fact]
    public async Task The_users_list_shows_fifty_people_by_name_then_the_rest_on_page_two()
    {
        await AddPeopleAsync();
        await SignInAsAdminAsync(TestPeople.Dana);

        var first = Open<Users>("admin/users", person: null);
        Assert.Equal(("1–50 of 59 people · Page 1 of 2", "Alex Employee Dana Manager Ivy Inactive Person 01", "Person 47"),
            (Position(first), Joined(Names(first).Take(4)), Names(first).Last()));

        Services.GetRequiredService<NavigationManager>().NavigateTo("admin/users?page=2");
        first.WaitForAssertion(() => Assert.Equal("51–59 of 59 people · Page 2 of 2", Position(first)));
        Assert.Equal("Person 48 Person 49 Person 50 Person 51 Person 52 Person 53 Person 54 Person 55 Sam Other", Joined(Names(first)));
    }

    [Fact]
    public async Task The_users_search_reads_names_in_any_case_and_starts_again_at_page_one()
    {
        await AddPeopleAsync();
        await SignInAsAdminAsync(TestPeople.Dana);
        var page = Open<Users>("admin/users?page=2", person: null);

        page.Find("input[data-testid=users-search]").Input("PERSON 1");

        page.WaitForAssertion(() => Assert.Equal(Url("admin/users?search=PERSON%201"), Services.GetRequiredService<NavigationManager>().Uri), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Equal(
            ("10 people", "Person 10 Person 11 Person 12 Person 13 Person 14 Person 15 Person 16 Person 17 Person 18 Person 19"),
            (page.Find("[data-testid=list-shown]").TextContent, Joined(Names(page)))));
        Assert.Equal("PERSON 1", page.Find("input[data-testid=users-search]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("admin/users?search=IVY.INACTIVE@", "Ivy Inactive")]
    [InlineData("admin/users?search=%20sam%20", "Sam Other")]
    [InlineData("admin/users?search=example.test&page=2", "Person 48 Person 49 Person 50 Person 51 Person 52 Person 53 Person 54 Person 55 Sam Other")]
    public async Task The_users_search_from_the_address_reads_emails_too_and_deactivated_people(string address, string names)
    {
        await AddPeopleAsync();
        await SignInAsAdminAsync(TestPeople.Dana);

        var page = Open<Users>(address, person: null);

        Assert.Equal(names, Joined(Names(page)));
    }

    [Fact]
    public async Task A_users_search_that_finds_nobody_says_so()
    {
        await SignInAsAdminAsync(TestPeople.Dana);
        Services.GetRequiredService<NavigationManager>().NavigateTo("admin/users?search=zz%25_");

        var page = RenderPage<Users>();

        page.WaitForAssertion(() => Assert.Equal("Nobody's name or email contains 'zz%_'.", page.Find("[data-testid=users-empty]").TextContent));
    }

    /// <summary>Adds Person 01 to Person 55 to the directory, beside the four seeded people.</summary>
    private async Task AddPeopleAsync()
    {
        foreach (var n in Enumerable.Range(1, Asked))
        {
            await Database.AddPersonAsync(new TestPerson($"person-{n:00}", $"person{n:00}@example.test", $"Person {n:00}"));
        }
    }

    private static List<string> Names(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=users] tbody tr td[data-label=Name]").Select(cell => cell.TextContent.Trim()).ToList();

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
