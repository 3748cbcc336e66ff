using LeaveBlazor.Core.Notifications;

namespace LeaveBlazor.Tests.Core.Notifications;

/// <summary>The <c>App</c> settings that every link in an email is built from.</summary>
public sealed class AppLinkOptionsTests
{
    [Theory]
    [InlineData("https://leave.example.test", "decide/abc", "https://leave.example.test/decide/abc")]
    [InlineData("https://leave.example.test/", "/inbox", "https://leave.example.test/inbox")]
    [InlineData("https://example.test/leave/", "inbox", "https://example.test/leave/inbox")]
    public void Link_joins_the_public_address_and_the_path_with_one_slash(string publicBaseUrl, string path, string link)
    {
        Assert.Equal(link, new AppLinkOptions { PublicBaseUrl = publicBaseUrl }.Link(path));
    }

    [Fact]
    public void Defaults_have_no_problems()
    {
        Assert.Empty(new AppLinkOptions().Problems());
    }

    [Theory]
    [InlineData("leave.example.test")]
    [InlineData("/leave")]
    [InlineData("ftp://leave.example.test")]
    [InlineData("")]
    public void Public_address_that_is_not_absolute_http_is_a_problem(string publicBaseUrl)
    {
        Assert.Equal(
            [$"App:PublicBaseUrl '{publicBaseUrl}' must be an absolute http(s) address, such as https://leave.example.com."],
            new AppLinkOptions { PublicBaseUrl = publicBaseUrl }.Problems());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Link_lifetime_outside_a_day_to_a_year_is_a_problem(int days)
    {
        Assert.Equal(["App:DecisionLinkDays must be between 1 and 365."], new AppLinkOptions { DecisionLinkDays = days }.Problems());
    }
}
