using LeaveBlazor.Web.Identity.FirstStart;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Identity;

/// <summary>
/// The setup link's token, sealed with Data Protection keys: any holder of the same keys (every instance, through the
/// database) reads its expiry; nothing else opens.
/// </summary>
public sealed class SetupLinkTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly IDataProtectionProvider _keys = new EphemeralDataProtectionProvider();

    [Fact]
    public void Link_works_until_its_hour_is_up()
    {
        var link = new SetupLink(_keys, _time);
        var token = link.Open();

        _time.Advance(SetupLink.Lifetime - TimeSpan.FromSeconds(1));
        var justBefore = link.Check(token);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((SetupLinkState.Open, SetupLinkState.Expired, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)),
            (justBefore.State, link.Check(token).State, link.Check(token).ExpiresAt));
    }

    [Fact]
    public void Link_logged_by_one_instance_opens_on_another_with_the_same_keys()
    {
        var token = new SetupLink(_keys, _time).Open();

        var elsewhere = new SetupLink(_keys, _time).Check(token);

        Assert.Equal(SetupLinkState.Open, elsewhere.State);
    }

    [Fact]
    public void Link_sealed_with_other_keys_is_not_valid()
    {
        var token = new SetupLink(new EphemeralDataProtectionProvider(), _time).Open();

        Assert.Equal(SetupLinkState.NotValid, new SetupLink(_keys, _time).Check(token).State);
    }

    [Fact]
    public void Token_with_one_character_changed_is_not_valid()
    {
        var link = new SetupLink(_keys, _time);
        var token = link.Open();
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(SetupLinkState.NotValid, link.Check(changed).State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("guess")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_but_a_token_it_sealed_is_not_valid(string? token)
    {
        var link = new SetupLink(_keys, _time);
        link.Open();

        Assert.Equal(SetupLinkState.NotValid, link.Check(token).State);
    }

    [Fact]
    public void Two_links_opened_at_the_same_moment_differ_and_are_URL_safe()
    {
        var link = new SetupLink(_keys, _time);

        var (first, second) = (link.Open(), link.Open());

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{80,}$", first);
    }
}
