using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>The one decision both sign-in and sign-out redirect by: a path on this site (base-relative), or home ("").</summary>
public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example")]
    [InlineData("HTTPS://evil.example/inbox")]
    [InlineData("//evil.example")]
    [InlineData("///evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/javascript:alert(1)")]
    [InlineData("http:evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2f%2fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData(" /inbox")]
    [InlineData("/in box")]
    [InlineData("/inbox\t")]
    [InlineData("/inbox\r\nSet-Cookie: x=1")]
    [InlineData("/inbox%0d%0aSet-Cookie: x=1")]
    [InlineData("/inbox\u0000")]
    [InlineData("/inbox\u0085")]
    public void Anything_that_could_leave_the_site_goes_home(string? returnUrl)
    {
        Assert.Equal("", LocalReturnUrl.OrHome(returnUrl));
    }

    [Fact]
    public void Very_long_path_goes_home()
    {
        Assert.Equal("", LocalReturnUrl.OrHome("/" + new string('a', LocalReturnUrl.MaxLength)));
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/inbox", "inbox")]
    [InlineData("inbox", "inbox")]
    [InlineData("/requests/5?x=1", "requests/5?x=1")]
    [InlineData("requests/LR-2026-00042", "requests/LR-2026-00042")]
    [InlineData("/requests?from=%2Finbox", "requests?from=%2Finbox")]
    [InlineData("/hangfire/jobs/details/12:3", "hangfire/jobs/details/12:3")]
    public void Path_on_this_site_is_kept(string returnUrl, string expected)
    {
        Assert.Equal(expected, LocalReturnUrl.OrHome(returnUrl));
    }
}
