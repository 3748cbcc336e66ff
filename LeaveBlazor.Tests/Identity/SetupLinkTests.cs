using LeaveBlazor.Web.Identity.FirstStart;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Identity;

public sealed class SetupLinkTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Link_works_until_its_hour_is_up()
    {
        var link = new SetupLink(_time);
        var token = link.Open();

        _time.Advance(SetupLink.Lifetime - TimeSpan.FromSeconds(1));
        var justBefore = link.Check(token);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((SetupLinkState.Open, SetupLinkState.Expired), (justBefore, link.Check(token)));
    }

    [Fact]
    public void Closed_link_never_works_again()
    {
        var link = new SetupLink(_time);
        var token = link.Open();

        link.Close();

        Assert.Equal(SetupLinkState.NotValid, link.Check(token));
    }

    [Fact]
    public void Opening_a_new_link_ends_the_old_one()
    {
        var link = new SetupLink(_time);
        var old = link.Open();

        var current = link.Open();

        Assert.Equal((SetupLinkState.NotValid, SetupLinkState.Open), (link.Check(old), link.Check(current)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("guess")]
    public void Anything_but_the_token_is_not_valid(string? token)
    {
        var link = new SetupLink(_time);
        link.Open();

        Assert.Equal(SetupLinkState.NotValid, link.Check(token));
    }

    [Fact]
    public void Tokens_are_256_bits_in_URL_safe_text()
    {
        var token = new SetupLink(_time).Open();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
    }
}
