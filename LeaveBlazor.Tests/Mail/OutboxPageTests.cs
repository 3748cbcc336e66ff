using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Admin;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Mail;

/// <summary>The admin's Outbox page with an email that failed for good (its address does not parse).</summary>
public sealed class OutboxPageTests : LeavePageTest
{
    public OutboxPageTests()
    {
        Services.AddScoped<OutboxQueries>();
        Services.AddScoped<RetryOutboxEmail>();
    }

    [Fact]
    public async Task Failed_tab_shows_why_the_email_failed()
    {
        var page = await OpenFailedTabAsync();

        Assert.Contains("'not an address' is not an email address", page.Find("[data-testid=outbox] tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_a_failed_email_makes_it_pending_again()
    {
        var page = await OpenFailedTabAsync();

        await page.Find("[data-testid^=retry-]").ClickAsync(new());

        Assert.Equal((OutboxState.Pending, 0), (await Database.OutboxAsync()).Select(m => (m.State, m.Attempts)).Single());
    }

    [Fact]
    public async Task Retrying_is_recorded_in_the_audit_list_with_the_admin_and_the_failure()
    {
        var page = await OpenFailedTabAsync();

        await page.Find("[data-testid^=retry-]").ClickAsync(new());

        var line = Assert.Single(await Database.InScopeAsync<LeaveDbContext, List<AuditEntry>>(db => db.AuditEntries.Where(e => e.ActorId != Actor.App.EmployeeId).ToListAsync()));
        Assert.Equal((TestPeople.Dana.DisplayName, AuditAction.EmailRetried), (line.ActorName, line.Action));
        Assert.Contains("'not an address' is not an email address", line.Details, StringComparison.Ordinal);
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenFailedTabAsync()
    {
        await Database.QueueEmailAsync("not an address");
        await Database.DispatchAsync(MailTestSetup.Pickup(Database));
        SignIn(TestPeople.Dana, Roles.Admin);

        var page = RenderPage<Outbox>();
        await page.WaitForAssertionAsync(() => Assert.Contains("Failed (1)", page.Markup, StringComparison.Ordinal));
        await page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Failed", StringComparison.Ordinal)).ClickAsync(new());
        await page.WaitForElementAsync("[data-testid^=retry-]");
        return page;
    }
}
