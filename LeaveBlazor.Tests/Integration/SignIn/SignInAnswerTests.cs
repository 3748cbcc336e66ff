using System.Net;
using System.Net.Http.Json;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>
/// A failed sign-in says the same for an unknown email, a wrong password and a deactivated account, on the page and
/// in the API, so nobody can tell which addresses have accounts. Only the right password hears "deactivated".
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SignInAnswerTests(ApiApp app) : IClassFixture<ApiApp>
{
    public enum Account { Unknown, Active, Deactivated }

    [Theory]
    [InlineData(Account.Unknown)]
    [InlineData(Account.Active)]
    [InlineData(Account.Deactivated)]
    public async Task Page_answers_a_wrong_password_alike_for_every_account(Account account)
    {
        var email = await EmailOfAsync(account);

        var response = await app.CreateBrowser().SignInAsync(email, "wrong-password");

        Assert.Equal((HttpStatusCode.OK, SignInAnswers.Wrong), (response.StatusCode, await response.AlertAsync()));
    }

    [Theory]
    [InlineData(Account.Unknown)]
    [InlineData(Account.Active)]
    [InlineData(Account.Deactivated)]
    public async Task Api_answers_a_wrong_password_alike_for_every_account(Account account)
    {
        var email = await EmailOfAsync(account);

        using var response = await (await app.ClientAsync(null)).PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((401, SignInAnswers.Wrong), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task Api_tells_a_deactivated_person_with_the_right_password_why()
    {
        var email = await EmailOfAsync(Account.Deactivated);

        using var response = await (await app.ClientAsync(null)).PostAsJsonAsync("/api/auth/login", new { email, password = PeopleInTheApp.Password });

        Assert.Equal(SignInAnswers.Deactivated, (await response.ReadProblemAsync()).Detail);
    }

    private async Task<string> EmailOfAsync(Account account)
    {
        if (account == Account.Unknown)
        {
            return $"nobody-{Guid.NewGuid():N}@leaveblazor.test";
        }

        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        if (account == Account.Deactivated)
        {
            await app.SetActiveAsync(id, active: false);
        }

        return draft.Email!;
    }
}
