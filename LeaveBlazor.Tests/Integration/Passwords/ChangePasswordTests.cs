using System.Net;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.Passwords;

/// <summary>
/// A signed-in person changes their own password on <c>/Account/Password</c>: the current one is asked for, the refusals
/// are in plain words, and every other session of the account ends while this one goes on.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ChangePasswordTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    private const string NewPassword = "Changed-pass-2";

    [Fact]
    public async Task Change_keeps_this_session_and_ends_the_others()
    {
        var email = await NewPersonAsync();
        var here = await SignedInAsync(email, PeopleInTheApp.Password);
        var elsewhere = await SignedInAsync(email, PeopleInTheApp.Password);

        using var changed = await here.FillInAndPostAsync("/Account/Password", Change(PeopleInTheApp.Password, NewPassword));

        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync());
        Assert.Equal("/requests", await WhereRequestsLeadAsync(here));
        Assert.Equal("/Account/Login", await WhereRequestsLeadAsync(elsewhere));
    }

    [Fact]
    public async Task New_password_signs_in_and_the_old_one_no_longer_does()
    {
        var email = await NewPersonAsync();
        var browser = await SignedInAsync(email, PeopleInTheApp.Password);

        using var _ = await browser.FillInAndPostAsync("/Account/Password", Change(PeopleInTheApp.Password, NewPassword));

        using var withOld = await app.CreateBrowser().SignInAsync(email, PeopleInTheApp.Password);
        using var withNew = await app.CreateBrowser().SignInAsync(email, NewPassword);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (withOld.StatusCode, withNew.StatusCode)); // OK: the form again, with its error
    }

    [Fact]
    public async Task Wrong_current_password_is_refused_in_plain_words_and_changes_nothing()
    {
        var email = await NewPersonAsync();
        var browser = await SignedInAsync(email, PeopleInTheApp.Password);

        using var refused = await browser.FillInAndPostAsync("/Account/Password", Change("Not-my-password-1", NewPassword));

        Assert.Equal(PlainPasswordErrors.WrongCurrentPassword, await FieldErrorAsync(refused));
        using var withOld = await app.CreateBrowser().SignInAsync(email, PeopleInTheApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task Weak_new_password_is_refused_in_plain_words()
    {
        var browser = await SignedInAsync(await NewPersonAsync(), PeopleInTheApp.Password);

        using var refused = await browser.FillInAndPostAsync("/Account/Password", Change(PeopleInTheApp.Password, "lowercase1"));

        Assert.Equal("Add a capital letter (A–Z).", await FieldErrorAsync(refused));
    }

    [Fact]
    public async Task Page_asks_a_visitor_to_sign_in()
    {
        using var response = await app.CreateBrowser().GetAsync("/Account/Password");

        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    private async Task<string> NewPersonAsync()
    {
        var draft = PeopleInTheApp.NewPerson();
        await app.CreatePersonAsync(draft);
        return draft.Email!;
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var browser = app.CreateBrowser();
        using var response = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>The page a signed-in person's own requests page shows, or where it sends someone signed out.</summary>
    private static async Task<string?> WhereRequestsLeadAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync("/requests");
        return response.StatusCode == HttpStatusCode.OK ? "/requests" : response.Headers.Location?.AbsolutePath;
    }

    private static async Task<string?> FieldErrorAsync(HttpResponseMessage response) =>
        (await response.ReadPageAsync()).QuerySelector(".field-error")?.TextContent.Trim();

    private static Dictionary<string, string> Change(string current, string replacement) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = replacement,
        ["Input.ConfirmPassword"] = replacement,
    };
}
