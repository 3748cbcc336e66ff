using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;

namespace LeaveBlazor.Tests.Components;

/// <summary>Alex's own requests, filtered by the status chips.</summary>
public sealed class MyRequestsPageTests : LeavePageTest
{
    [Fact]
    public async Task All_of_the_requesters_requests_are_listed_newest_first()
    {
        var (pending, approved, rejected) = await ThreeRequestsAsync();
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 16)), TestPeople.Sam);

        var page = Open();

        Assert.Equal([rejected, approved, pending], ListedReferences(page));
    }

    [Fact]
    public async Task Approved_chip_lists_only_approved_requests()
    {
        var (_, approved, _) = await ThreeRequestsAsync();
        var page = Open();

        page.Find("[data-testid=filter-Approved]").Click();

        page.WaitForAssertion(() => Assert.Equal([approved], ListedReferences(page)));
    }

    [Fact]
    public async Task Pending_chip_lists_only_pending_requests()
    {
        var (pending, _, _) = await ThreeRequestsAsync();
        var page = Open();

        page.Find("[data-testid=filter-Pending]").Click();

        page.WaitForAssertion(() => Assert.Equal([pending], ListedReferences(page)));
    }

    [Fact]
    public async Task Chip_with_no_matching_requests_says_so()
    {
        await ThreeRequestsAsync();
        var page = Open();

        page.Find("[data-testid=filter-Cancelled]").Click();

        page.WaitForAssertion(() => Assert.Equal("No cancelled requests.", page.Find("[data-testid=no-requests]").TextContent));
    }

    [Fact]
    public async Task All_chip_lists_everything_again_after_a_filter()
    {
        var (pending, approved, rejected) = await ThreeRequestsAsync();
        var page = Open();
        page.Find("[data-testid=filter-Approved]").Click();
        page.WaitForAssertion(() => Assert.Single(ListedReferences(page)));

        page.Find("[data-testid=filter-All]").Click();

        page.WaitForAssertion(() => Assert.Equal([rejected, approved, pending], ListedReferences(page)));
    }

    [Fact]
    public void Someone_without_requests_is_told_so()
    {
        var page = Open();

        Assert.Equal("You have not asked for leave yet.", page.Find("[data-testid=no-requests]").TextContent);
    }

    [Fact]
    public async Task Next_approved_leave_is_shown_above_the_list()
    {
        var later = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 21)));
        var sooner = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 14)));
        await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 7)));
        await Database.ApproveAsync(later);
        await Database.ApproveAsync(sooner);

        var page = Open();

        page.WaitForAssertion(() => Assert.Equal("Your next leave: Annual, 14 Dec 2026 · 1 working day.", page.Find("[data-testid=next-leave]").TextContent.Trim()));
    }

    [Fact]
    public async Task Without_approved_leave_ahead_the_home_says_so()
    {
        var past = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 1)));
        await Database.ApproveAsync(past);
        Database.Time.Advance(TimeSpan.FromDays(3));

        var page = Open();

        page.WaitForAssertion(() => Assert.Equal("No approved leave ahead of you.", page.Find("[data-testid=next-leave]").TextContent.Trim()));
    }

    /// <summary>Alex's requests, one an hour: the first stays pending, the second is approved, the third rejected.</summary>
    private async Task<(string Pending, string Approved, string Rejected)> ThreeRequestsAsync()
    {
        var pending = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 7)));
        Database.Time.Advance(TimeSpan.FromHours(1));
        var approved = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 8)));
        Database.Time.Advance(TimeSpan.FromHours(1));
        var rejected = await Database.SubmitAsync(LeaveInput.Annual(new DateOnly(2026, 12, 9)));
        await Database.ApproveAsync(approved);
        await Database.RejectAsync(rejected);
        return (pending.Reference, approved.Reference, rejected.Reference);
    }

    private IRenderedComponent<ContainerFragment> Open()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<MyRequests>();
        page.WaitForElement("[data-testid=my-requests], [data-testid=no-requests]");
        return page;
    }

    private static List<string> ListedReferences(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll("[data-testid=my-requests] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
