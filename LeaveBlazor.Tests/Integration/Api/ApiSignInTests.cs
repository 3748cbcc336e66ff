using System.Net;
using System.Net.Http.Json;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// <c>/api/auth</c>: sign-in and refresh only. Accounts are made by admins, so registration and the email flows answer 404,
/// and a token stops working as soon as its account is deactivated or loses a role, as the cookie does.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ApiSignInTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Sign_in_gives_a_bearer_token_for_an_hour()
    {
        var signedIn = await app.SignInAsync(LeaveApp.AlexEmail);

        Assert.Equal(("Bearer", 3600, true), (signedIn.GetProperty("tokenType").GetString(), signedIn.GetProperty("expiresIn").GetInt32(),
            signedIn.GetProperty("accessToken").GetString()!.Length > 20));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_problem()
    {
        var client = await app.ClientAsync(null);

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = LeaveApp.AlexEmail, password = "not-it" });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((401, "application/problem+json", SignInAnswers.Wrong), (problem.Status, problem.ContentType, problem.Detail));
    }

    [Fact]
    public async Task Token_answer_is_not_stored_by_caches()
    {
        var client = await app.ClientAsync(null);

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = LeaveApp.AlexEmail, password = AccountSeeding.DemoPassword });

        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, response.Headers.CacheControl?.NoStore));
    }

    [Fact]
    public async Task Null_password_is_refused_on_the_password_field()
    {
        var client = await app.ClientAsync(null);

        using var response = await client.PostJsonAsync("/api/auth/login", new { email = LeaveApp.SamEmail, password = (string?)null });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((400, "password must be text in double quotes."), (problem.Status, problem.ErrorFor("password")));
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token_that_works()
    {
        var refreshToken = (await app.SignInAsync(LeaveApp.AlexEmail)).GetProperty("refreshToken").GetString();
        var client = await app.ClientAsync(null);
        var refreshed = await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).ReadJsonAsync();

        client.DefaultRequestHeaders.Authorization = new("Bearer", refreshed.GetProperty("accessToken").GetString());
        using var response = await client.GetAsync("/api/leave-requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Registration_is_refused_and_makes_no_account()
    {
        var client = await app.ClientAsync(null);

        using var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "walk-in@example.com", password = "Walk-in-pass-1" });

        Assert.Equal((404, null), ((int)response.StatusCode, await app.AccountAsync("walk-in@example.com")));
    }

    [Theory]
    [InlineData("POST", "/api/auth/register", """{"email":"x@example.com","password":"Walk-in-pass-1"}""")]
    [InlineData("POST", "/api/auth/forgotPassword", """{"email":"alex@leaveblazor.test"}""")]
    [InlineData("POST", "/api/auth/resetPassword", """{"email":"alex@leaveblazor.test","resetCode":"x","newPassword":"Other-pass-1"}""")]
    [InlineData("POST", "/api/auth/resendConfirmationEmail", """{"email":"alex@leaveblazor.test"}""")]
    [InlineData("GET", "/api/auth/confirmEmail?userId=1&code=2", null)]
    [InlineData("GET", "/api/auth/manage/info", null)]
    [InlineData("POST", "/api/auth/manage/info", """{"newPassword":"Other-pass-1","oldPassword":"Leave-demo-1"}""")]
    [InlineData("POST", "/api/auth/manage/2fa", """{"enable":true}""")]
    public async Task Self_service_account_endpoints_answer_404_even_when_signed_in(string method, string path, string? json)
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };

        var problem = await (await alex.SendAsync(request)).ReadProblemAsync();

        Assert.Equal((404, "application/problem+json"), (problem.Status, problem.ContentType));
    }

    [Fact]
    public async Task Password_is_unchanged_after_trying_to_change_it_through_the_api()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        (await alex.PostJsonAsync("/api/auth/manage/info", new { newPassword = "Other-pass-1", oldPassword = AccountSeeding.DemoPassword })).Dispose();

        var signedIn = await app.SignInAsync(LeaveApp.AlexEmail);

        Assert.True(signedIn.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Token_of_a_deactivated_person_stops_working()
    {
        var person = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        var email = (await app.DirectoryEntryAsync(person))!.Email;
        var client = await app.ClientAsync(email, PeopleInTheApp.Password);
        await app.SetActiveAsync(person, active: false);

        var problem = await (await client.GetAsync("/api/leave-requests")).ReadProblemAsync();

        Assert.Equal((401, "This sign-in is no longer valid (the account changed or was deactivated): sign in again."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Token_stops_working_once_its_account_security_stamp_changes()
    {
        var person = await app.CreatePersonAsync(PeopleInTheApp.NewPerson());
        var email = (await app.DirectoryEntryAsync(person))!.Email;
        var client = await app.ClientAsync(email, PeopleInTheApp.Password);
        using var before = await client.GetAsync("/api/leave-requests");

        await app.InScopeAsync<UserManager<AppUser>, IdentityResult>(async users => await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!));
        using var after = await client.GetAsync("/api/leave-requests");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task Inbox_closes_for_a_token_whose_approver_role_was_taken_away()
    {
        var approver = await app.CreatePersonAsync(PeopleInTheApp.NewPerson(null, Roles.Approver));
        var entry = (await app.DirectoryEntryAsync(approver))!;
        var client = await app.ClientAsync(entry.Email, PeopleInTheApp.Password);
        using var before = await client.GetAsync("/api/inbox");

        await app.UpdatePersonAsync(approver, new UserDraft(entry.Email, entry.DisplayName, null, []));
        using var after = await client.GetAsync("/api/inbox");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (before.StatusCode, after.StatusCode));
    }
}
