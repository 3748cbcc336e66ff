using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using LeaveBlazor.Tests.Integration.Accounts;

namespace LeaveBlazor.Tests.Integration;

/// <summary>A start in Production, whose sign-in page links its stylesheets and scripts as a first visitor gets them.</summary>
public sealed class ProductionAssets : ProductionStarts
{
    public override Task InitializeAsync() => StartAsync(new Dictionary<string, string?>());

    /// <summary>The one stylesheet or script the sign-in page links whose URL starts and ends so.</summary>
    public async Task<string> LinkedFromSignInAsync(string start, string end)
    {
        var page = await App.CreateClient().GetPageAsync("/Account/Login");
        return page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .Single(url => url.StartsWith(start, StringComparison.Ordinal) && url.EndsWith(end, StringComparison.Ordinal));
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        }

        return await App.CreateClient().SendAsync(request);
    }
}

[Collection(LeaveAppCollection.Name)]
public sealed class StaticAssetsTests(ProductionAssets app) : IClassFixture<ProductionAssets>
{
    public static TheoryData<string, string> LinkedAssets => new()
    {
        { "_content/MudBlazor/MudBlazor.min.", ".css" },
        { "_content/MudBlazor/MudBlazor.min.", ".js" },
        { "_framework/blazor.web.", ".js" },
        { "app.", ".css" },
        { "LeaveBlazor.Web.", ".styles.css" },
        { "theme.css?v=", "" },
    };

    [Theory]
    [MemberData(nameof(LinkedAssets))]
    public async Task What_the_sign_in_page_links_comes_brotli_compressed_and_cached_for_a_year(string start, string end)
    {
        var url = await app.LinkedFromSignInAsync(start, end);

        using var response = await app.GetAsync(url, acceptEncoding: "br");

        Assert.Equal(
            ("br", "max-age=31536000, immutable"),
            (string.Join(",", response.Content.Headers.ContentEncoding), response.Headers.CacheControl?.ToString()));
    }

    [Theory]
    [MemberData(nameof(LinkedAssets))]
    public async Task A_client_that_accepts_no_compression_gets_the_same_file_uncompressed(string start, string end)
    {
        var url = await app.LinkedFromSignInAsync(start, end);
        using var compressed = await app.GetAsync(url, acceptEncoding: "br");
        using var plain = await app.GetAsync(url, acceptEncoding: null);

        await using var brotli = new BrotliStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await brotli.CopyToAsync(decompressed);

        Assert.Equal(
            (string.Empty, Encoding.UTF8.GetString(decompressed.ToArray())),
            (string.Join(",", plain.Content.Headers.ContentEncoding), Encoding.UTF8.GetString(await plain.Content.ReadAsByteArrayAsync())));
    }

    [Fact]
    public async Task The_theme_is_a_stylesheet_of_the_apps_colours_not_css_written_into_every_page()
    {
        var page = await app.App.CreateClient().GetPageAsync("/Account/Login");
        var url = await app.LinkedFromSignInAsync("theme.css?v=", "");

        using var response = await app.GetAsync(url, acceptEncoding: null);

        Assert.Equal(
            (0, "text/css; charset=utf-8", true),
            (page.QuerySelectorAll("style").Length, response.Content.Headers.ContentType?.ToString(),
                (await response.Content.ReadAsStringAsync()).Contains("--mud-palette-primary: rgba(46,94,140,1);", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_from_before_the_theme_changed_gets_the_current_one_not_to_be_kept()
    {
        var current = await app.LinkedFromSignInAsync("theme.css?v=", "");

        using var old = await app.GetAsync("theme.css?v=0123456789abcdef", acceptEncoding: null);
        using var now = await app.GetAsync(current, acceptEncoding: null);

        Assert.Equal(
            ("no-cache", await now.Content.ReadAsStringAsync()),
            (old.Headers.CacheControl?.ToString(), await old.Content.ReadAsStringAsync()));
    }
}
