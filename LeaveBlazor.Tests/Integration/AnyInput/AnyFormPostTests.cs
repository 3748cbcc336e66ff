using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CsCheck;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>A form post or page request as a browser without JavaScript might send it: a method, an address and url-encoded fields.</summary>
public sealed record PageCall(string Method, string Path, string? Form);

/// <summary>
/// Property: whatever is posted to the pages' forms (the emailed decision link, sign-in and its second step, sign-out) or put in the pages'
/// addresses, the answer is never 5xx, and a refused post stores nothing. Fields are the forms' own (antiforgery token,
/// form name, inputs), each present or not, holding real values, hidden characters, long text or bytes that are not UTF-8.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class AnyFormPostTests(DecisionLinkApp app) : IClassFixture<DecisionLinkApp>
{
    private const int Posts = 300;

    [Fact]
    public async Task Any_form_post_or_page_address_is_answered_without_a_server_error_and_a_refused_post_stores_nothing()
    {
        var browser = app.CreateBrowser();
        var antiforgery = await AntiforgeryTokenAsync(browser);
        var tokens = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var links = await app.AlexAsksAsync();
            tokens.AddRange([links.ApproveToken, links.RejectToken]);
        }

        await Calls(antiforgery, tokens).SampleAsync(async call =>
        {
            var before = await StoredRows.CountAsync(app);
            using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
            if (call.Form is not null)
            {
                request.Content = new StringContent(call.Form, Encoding.ASCII, "application/x-www-form-urlencoded");
            }

            using var response = await browser.SendAsync(request);

            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{call} was answered {status}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400)
            {
                Assert.Equal((call, before), (call, await StoredRows.CountAsync(app)));
            }
        }, iter: Posts, threads: 1);

        NonEmpty.All(await StoredRows.StoredTextAsync(app), text => Assert.True(StoredRows.IsPlain(text), $"Stored: {text}"));
    }

    [Fact]
    public async Task Decision_by_link_with_any_comment_is_made_or_refused_without_a_server_error_and_stores_only_plain_text()
    {
        var browser = app.CreateBrowser();
        var antiforgery = await AntiforgeryTokenAsync(browser);
        var decided = 0;

        await Gen.Select(Gen.OneOf("Approve", "Reject"), AnyText.Text).SampleAsync(async (choice, comment) =>
        {
            var links = await app.AlexAsksAsync();
            var before = await StoredRows.CountAsync(app);
            var form = $"{DecisionForm.AntiforgeryField}={antiforgery}&_handler=decide&Input.Choice={choice}&Input.Comment={AnyText.UrlEncoded(comment)}";

            using var response = await browser.PostAsync(DecisionPages.PathOf(links.ApproveToken), new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"));

            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{choice} with {AnyText.JsonString(comment)} was answered {status}");
            if (status >= 400)
            {
                Assert.Equal(before, await StoredRows.CountAsync(app));
            }
            else
            {
                decided++;
            }
        }, iter: Posts / 4, threads: 1);

        Assert.NotEqual(0, decided);
        NonEmpty.All(await StoredRows.StoredTextAsync(app), text => Assert.True(StoredRows.IsPlain(text), $"Stored: {text}"));
    }

    private static Gen<PageCall> Calls(string antiforgery, IReadOnlyList<string> tokens)
    {
        var linkToken = Gen.Frequency((3, Gen.OneOf([.. tokens])), (1, AnyText.UrlValues.Where(v => !v.Contains("%00", StringComparison.Ordinal))));
        var antiforgeryField = Field(DecisionForm.AntiforgeryField, Gen.Frequency((6, Gen.Const(antiforgery)), (1, AnyText.UrlValues)));

        var decide =
            from token in linkToken
            from fields in Fields(
                antiforgeryField,
                Field("_handler", Gen.Frequency((6, Gen.Const("decide")), (1, AnyText.UrlValues))),
                Field("Input.Choice", Gen.Frequency((6, Gen.OneOf("Approve", "Reject")), (1, AnyText.UrlValues))),
                Field("Input.Comment", AnyText.UrlValues))
            select new PageCall("POST", DecisionPages.PathOf(token), fields);

        var signIn =
            from fields in Fields(
                antiforgeryField,
                Field("_handler", Gen.Frequency((6, Gen.Const("login")), (1, AnyText.UrlValues))),
                Field("Input.Email", AnyText.Text.Where(t => !t.Contains("leaveblazor.test", StringComparison.Ordinal)).Select(AnyText.UrlEncoded)),
                Field("Input.Password", AnyText.UrlValues))
            from returnUrl in ReturnUrls
            select new PageCall("POST", $"/Account/Login?ReturnUrl={returnUrl}", fields);

        var secondStep =
            from fields in Fields(
                antiforgeryField,
                Field("_handler", Gen.Frequency((6, Gen.Const("two-factor")), (1, AnyText.UrlValues))),
                Field("Input.Code", AnyText.UrlValues),
                Field("Input.RememberDevice", Gen.Frequency((3, Gen.OneOf("true", "false")), (1, AnyText.UrlValues))))
            from page in Gen.OneOf("/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode")
            from returnUrl in ReturnUrls
            select new PageCall("POST", $"{page}?ReturnUrl={returnUrl}", fields);

        var signOut =
            from fields in Fields(antiforgeryField, Field("returnUrl", ReturnUrls))
            select new PageCall("POST", "/Account/Logout", fields);

        var address =
            from page in Gen.OneOf("/Account/Login?ReturnUrl=", "/Account/LoginWith2fa?ReturnUrl=", "/decide/", "/requests/", "/requests?state=", "/dev/mailbox?open=", "/inbox?", "/?")
            from value in AnyText.UrlValues.Where(v => !v.Contains("%00", StringComparison.Ordinal))
            select new PageCall("GET", page + value, null);

        return Gen.Frequency((4, decide), (2, signIn), (1, secondStep), (1, signOut), (2, address));
    }

    /// <summary>Where to go after signing in or out: local paths, other sites, and paths that only look local.</summary>
    private static readonly Gen<string> ReturnUrls = Gen.Frequency(
        (2, Gen.OneOf("/", "/inbox", "requests/new", "//evil.example", "/\\evil.example", "https://evil.example/", "~/", "\\\\evil", "javascript:alert(1)")),
        (2, AnyText.UrlValues)).Select(url => url.StartsWith('%') ? url : AnyText.UrlEncoded(Uri.UnescapeDataString(url)));

    private static Gen<string?> Field(string name, Gen<string> value) =>
        Gen.Frequency((1, Gen.Const((string?)null)), (6, value.Select(v => (string?)$"{AnyText.UrlEncoded(name)}={v}")));

    private static Gen<string> Fields(params Gen<string?>[] fields) =>
        fields.Aggregate(Gen.Const(""), (form, field) => Gen.Select(form, field, (soFar, next) => next is null ? soFar : soFar.Length == 0 ? next : $"{soFar}&{next}"));

    /// <summary>The token the sign-in page gives this browser; it is good for every form the browser posts.</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/Account/Login");
        var token = page.QuerySelector<IHtmlInputElement>($"input[name={DecisionForm.AntiforgeryField}]")?.Value
            ?? throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        return AnyText.UrlEncoded(token);
    }
}
