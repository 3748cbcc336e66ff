using Bunit;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Layout;
using LeaveBlazor.Web.Components.Pages.Leave;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Components;

/// <summary>The menu tells an approver how many requests wait for them, and keeps the number true as they decide.</summary>
public sealed class NavMenuTests : LeavePageTest
{
    public NavMenuTests()
    {
        Services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        Services.AddSingleton(Options.Create(new MailOptions()));
        Services.AddSingleton<PickupMailbox>();
    }

    [Fact]
    public async Task Approver_sees_how_many_requests_wait_for_them()
    {
        await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Alex);
        await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Sam);
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);

        var menu = Render<NavMenu>();

        menu.WaitForAssertion(() => Assert.Equal("2 waiting", menu.Find("[data-testid=inbox-count]").TextContent));
    }

    [Fact]
    public async Task Count_goes_down_when_the_approver_decides_in_the_inbox()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Alex);
        await Database.SubmitAsync(LeaveInput.NextWeek(), TestPeople.Sam);
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);
        var menu = Render<NavMenu>();
        var inbox = RenderPage<Inbox>();
        inbox.WaitForElement("[data-testid=inbox-waiting]");

        inbox.Find($"button[data-testid=approve-{request.Reference}]").Click();
        inbox.WaitForElement("textarea[data-testid=decision-comment]");
        inbox.Find("button[data-testid=decision-confirm]").Click();

        menu.WaitForAssertion(() => Assert.Equal("1 waiting", menu.Find("[data-testid=inbox-count]").TextContent));
    }

    [Fact]
    public void Nobody_waiting_shows_no_number()
    {
        SignIn(TestPeople.Dana, Roles.Employee, Roles.Approver);

        var menu = Render<NavMenu>();

        menu.WaitForAssertion(() => Assert.Contains("Inbox", menu.Markup, StringComparison.Ordinal));
        Assert.Empty(menu.FindAll("[data-testid=inbox-count]"));
    }
}
