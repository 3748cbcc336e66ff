using System.Net;
using System.Net.Http.Json;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity.TwoFactor;

namespace LeaveBlazor.Tests.Integration.TwoFactor;

/// <summary><c>POST /api/auth/login</c> for an account with two-factor sign-in on: the code (or a recovery code) goes with the password.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class TwoFactorApiTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Fact]
    public async Task Password_alone_gets_a_problem_naming_the_missing_code()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        using var response = await SignInAsync(new { email = person.Email, password = PeopleInTheApp.Password });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((401, TwoFactorSignIn.CodeNeededByApi), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Code_from_the_app_gets_a_token_that_works()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        using var response = await SignInAsync(new { email = person.Email, password = PeopleInTheApp.Password, twoFactorCode = person.SignInCode() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
        using var script = app.CreateClient();
        script.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/leave-requests")).StatusCode);
    }

    [Fact]
    public async Task Wrong_code_says_the_code_is_wrong_and_a_wrong_password_still_says_only_that()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);

        using var wrongCode = await SignInAsync(new { email = person.Email, password = PeopleInTheApp.Password, twoFactorCode = AuthenticatorAppCodes.Stale(person.Key) });
        using var wrongPassword = await SignInAsync(new { email = person.Email, password = "Not-the-password-1", twoFactorCode = person.SignInCode() });

        Assert.Equal(TwoFactorSignIn.WrongCodeByApi, (await wrongCode.ReadProblemAsync()).Detail);
        Assert.Equal(Web.Identity.SignInAnswers.Wrong, (await wrongPassword.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task Recovery_code_gets_a_token_once()
    {
        var person = await app.NewPersonWithTwoFactorAsync(app.CreateBrowser);
        var login = new { email = person.Email, password = PeopleInTheApp.Password, twoFactorRecoveryCode = person.RecoveryCodes[0] };

        using var first = await SignInAsync(login);
        using var again = await SignInAsync(login);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (first.StatusCode, again.StatusCode));
    }

    private async Task<HttpResponseMessage> SignInAsync(object login) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/login", login);

    private sealed record TokenAnswer(string AccessToken);
}
