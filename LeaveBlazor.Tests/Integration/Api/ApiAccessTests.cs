using System.Net;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// Who may call what, with bearer tokens from <c>/api/auth/login</c>: each demo person (and nobody) against each endpoint,
/// on a fresh request Alex sent to Dana. The same rules as the pages: people see their own requests and those they
/// approve, admins see all; only the approver decides, only the requester cancels; the inbox is for approvers and admins.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ApiAccessTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Employee = LeaveApp.AlexEmail;
    private const string Approver = LeaveApp.DanaEmail;
    private const string Admin = LeaveApp.AdminEmail;
    private const string OtherEmployee = LeaveApp.SamEmail;
    private const string Anonymous = "";

    [Theory]
    [InlineData(Employee, "submit", 201)]
    [InlineData(Approver, "submit", 201)]
    [InlineData(Admin, "submit", 201)]
    [InlineData(OtherEmployee, "submit", 201)]
    [InlineData(Anonymous, "submit", 401)]
    [InlineData(Employee, "read", 200)]
    [InlineData(Approver, "read", 200)]
    [InlineData(Admin, "read", 200)]
    [InlineData(OtherEmployee, "read", 404)]
    [InlineData(Anonymous, "read", 401)]
    [InlineData(Employee, "list", 200)]
    [InlineData(Approver, "list", 200)]
    [InlineData(Admin, "list", 200)]
    [InlineData(OtherEmployee, "list", 200)]
    [InlineData(Anonymous, "list", 401)]
    [InlineData(Employee, "inbox", 403)]
    [InlineData(Approver, "inbox", 200)]
    [InlineData(Admin, "inbox", 200)]
    [InlineData(OtherEmployee, "inbox", 403)]
    [InlineData(Anonymous, "inbox", 401)]
    [InlineData(Employee, "approve", 403)]
    [InlineData(Approver, "approve", 200)]
    [InlineData(Admin, "approve", 403)]
    [InlineData(OtherEmployee, "approve", 404)]
    [InlineData(Anonymous, "approve", 401)]
    [InlineData(Employee, "reject", 403)]
    [InlineData(Approver, "reject", 200)]
    [InlineData(Admin, "reject", 403)]
    [InlineData(OtherEmployee, "reject", 404)]
    [InlineData(Anonymous, "reject", 401)]
    [InlineData(Employee, "cancel", 200)]
    [InlineData(Approver, "cancel", 403)]
    [InlineData(Admin, "cancel", 403)]
    [InlineData(OtherEmployee, "cancel", 404)]
    [InlineData(Anonymous, "cancel", 401)]
    public async Task Caller_gets_the_status_their_role_allows(string who, string endpoint, int expected)
    {
        var request = await app.AlexAsksDanaAsync();
        var client = await app.ClientAsync(who == Anonymous ? null : who);
        var path = $"/api/leave-requests/{request.Reference}";

        using var response = endpoint switch
        {
            // Admin has no manager, so names an approver.
            "submit" => await client.PostJsonAsync("/api/leave-requests", who == Admin ? app.NewRequestBody(("approverEmail", Approver)) : app.NewRequestBody()),
            "read" => await client.GetAsync(path),
            "list" => await client.GetAsync("/api/leave-requests"),
            "inbox" => await client.GetAsync("/api/inbox"),
            "approve" => await client.PostEmptyAsync($"{path}/approve"),
            "reject" => await client.PostJsonAsync($"{path}/reject", new { comment = "Release week" }),
            "cancel" => await client.PostEmptyAsync($"{path}/cancel"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("/api/leave-requests")]
    [InlineData("/api/inbox")]
    [InlineData("/api/leave-requests/LR-2026-00001")]
    [InlineData("/api/leave-types")]
    public async Task Anonymous_call_gets_401_problem_not_a_redirect(string path)
    {
        var client = await app.ClientAsync(null);

        using var response = await client.GetAsync(path);

        var problem = await response.ReadProblemAsync();
        Assert.Equal((401, "application/problem+json", "Bearer"),
            (problem.Status, problem.ContentType, response.Headers.WwwAuthenticate.SingleOrDefault()?.Scheme));
    }

    [Fact]
    public async Task Unauthorized_problem_says_how_to_sign_in()
    {
        var client = await app.ClientAsync(null);

        var problem = await (await client.GetAsync("/api/leave-requests")).ReadProblemAsync();

        Assert.Equal("Sign in first: send the header Authorization: Bearer <accessToken> from POST /api/auth/login, or the sign-in cookie.", problem.Detail);
    }

    [Fact]
    public async Task Forged_token_is_refused()
    {
        var client = await app.ClientAsync(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-real-token");

        using var response = await client.GetAsync("/api/leave-requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Employee_asking_for_the_inbox_is_told_who_has_one()
    {
        var alex = await app.ClientAsync(Employee);

        var problem = await (await alex.GetAsync("/api/inbox")).ReadProblemAsync();

        Assert.Equal((403, "Only approvers and admins have an inbox."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Sign_in_cookie_works_for_the_api()
    {
        var browser = await app.SignedInAsync(Employee);

        using var response = await browser.GetAsync("/api/leave-requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_cookie_can_submit()
    {
        var browser = await app.SignedInAsync(OtherEmployee);

        using var response = await browser.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Browser_without_a_cookie_gets_401_from_the_api_but_the_pages_still_redirect()
    {
        var browser = app.CreateBrowser();

        using var api = await browser.GetAsync("/api/leave-requests");
        using var page = await browser.GetAsync("/requests");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Redirect), (api.StatusCode, page.StatusCode));
    }
}
