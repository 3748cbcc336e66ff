using System.Net;
using AngleSharp.Dom;

namespace LeaveBlazor.Tests.Integration.Hosting;

/// <summary>The security headers on representative answers: pages, the emailed decision page, the API, files and errors.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class SecurityHeadersTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    public static TheoryData<string, HttpStatusCode> Answers => new()
    {
        { "/Account/Login", HttpStatusCode.OK },
        { "/decide/not-a-token", HttpStatusCode.BadRequest },
        { "/api/inbox", HttpStatusCode.Unauthorized },
        { "/openapi/v1.json", HttpStatusCode.OK },
        { "/app.css", HttpStatusCode.OK },
        { "/no-such-page", HttpStatusCode.NotFound },
        { "/hangfire", HttpStatusCode.Redirect },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_forbids_framing_sniffing_and_scripts_from_elsewhere(string path, HttpStatusCode status)
    {
        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal(
            (status, "nosniff", "DENY", true, true, true),
            (response.StatusCode, Header(response, "X-Content-Type-Options"), Header(response, "X-Frame-Options"),
                Policy(response).Contains("default-src 'self'", StringComparison.Ordinal),
                Policy(response).Contains("frame-ancestors 'none'", StringComparison.Ordinal),
                Policy(response).Contains("object-src 'none'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Page_runs_only_its_own_scripts_and_the_import_map_it_was_given_a_nonce_for()
    {
        using var response = await app.CreateBrowser().GetAsync("/Account/Login");
        var importMap = (await response.ReadPageAsync()).QuerySelector("script[type=importmap]");

        Assert.Matches($"script-src 'self' 'nonce-{System.Text.RegularExpressions.Regex.Escape(importMap?.GetAttribute("nonce") ?? "(none)")}';", Policy(response));
    }

    [Fact]
    public async Task Page_has_one_policy_not_blazors_frame_ancestors_self_beside_ours()
    {
        using var response = await app.CreateBrowser().GetAsync("/Account/Login");

        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task Nonce_is_new_for_every_page()
    {
        using var first = await app.CreateBrowser().GetAsync("/Account/Login");
        using var second = await app.CreateBrowser().GetAsync("/Account/Login");

        Assert.NotEqual(Policy(first), Policy(second));
    }

    [Theory]
    [InlineData("/api/inbox")]
    [InlineData("/app.css")]
    public async Task Answer_without_a_page_allows_no_inline_script(string path)
    {
        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Contains("script-src 'self';", Policy(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_api_reference_page_may_run_its_inline_start_script()
    {
        using var response = await app.CreateBrowser().GetAsync("/api/docs/");

        Assert.Contains("script-src 'self' 'unsafe-inline';", Policy(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    [InlineData("/api/inbox")]
    public async Task Pages_tell_only_our_own_site_where_a_visitor_came_from(string path)
    {
        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/decide/not-a-token")]
    [InlineData("/setup/not-a-token")]
    public async Task Pages_whose_address_is_a_one_time_credential_send_no_referrer_and_are_not_stored(string path)
    {
        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal(("no-referrer", true), (Header(response, "Referrer-Policy"), response.Headers.CacheControl?.NoStore));
    }

    private static string Policy(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(" | ", values)
            : "(none)";
}
