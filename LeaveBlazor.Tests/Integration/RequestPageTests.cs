using System.Net;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using Microsoft.AspNetCore.WebUtilities;

namespace LeaveBlazor.Tests.Integration;

/// <summary>
/// Alex asks for a day off and Dana approves it with a comment, through the app's own operations (the pages' buttons
/// run over a live circuit); then each person opens the request's page over plain HTTP, as the prerendered HTML.
/// </summary>
public sealed class ApprovedRequestApp : LeaveApp
{
    public const string Comment = "Enjoy the trip";

    public string Reference { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var alex = await EmployeeAsync(AlexEmail);
        var dana = await EmployeeAsync(DanaEmail);
        var day = WorkingDayInTwoWeeks();
        var request = await InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            alex.Id, new NewLeaveRequest("Annual", day, day, false, false, "Family visit", dana.Id), LeaveChannel.Web));
        await InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(
            request.Id, new Actor(dana.Id, dana.DisplayName), Comment, LeaveChannel.Web));
        Reference = request.Reference;
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class RequestPageTests(ApprovedRequestApp app) : IClassFixture<ApprovedRequestApp>
{
    [Fact]
    public async Task Requester_sees_the_request_approved()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var page = await browser.GetPageAsync($"/requests/{app.Reference}");

        Assert.Equal("Approved", page.QuerySelector("[data-status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Requester_sees_the_approvers_comment()
    {
        var browser = await app.SignedInAsync(LeaveApp.AlexEmail);

        var page = await browser.GetPageAsync($"/requests/{app.Reference}");

        Assert.Equal(ApprovedRequestApp.Comment, page.QuerySelector("td[data-testid=decision-comment]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Another_employee_gets_not_found()
    {
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);

        var response = await browser.GetAsync($"/requests/{app.Reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_employee_is_not_shown_the_request()
    {
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);

        var response = await browser.GetAsync($"/requests/{app.Reference}");

        Assert.DoesNotContain(ApprovedRequestApp.Comment, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(LeaveApp.DanaEmail)]
    [InlineData(LeaveApp.AdminEmail)]
    public async Task Approver_and_admin_open_the_request(string email)
    {
        var browser = await app.SignedInAsync(email);

        var response = await browser.GetAsync($"/requests/{app.Reference}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_back()
    {
        var response = await app.CreateBrowser().GetAsync($"/requests/{app.Reference}");

        var location = response.Headers.Location ?? new Uri("/", UriKind.Relative);
        var returnUrl = QueryHelpers.ParseQuery(location.Query).GetValueOrDefault("ReturnUrl").ToString();
        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login", $"/requests/{app.Reference}"), (response.StatusCode, location.AbsolutePath, returnUrl));
    }
}
