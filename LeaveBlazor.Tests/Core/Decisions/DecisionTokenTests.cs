using System.Buffers.Text;
using System.Security.Cryptography;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>The one-time credential in a decision link: long and random, and kept only as its hash.</summary>
public sealed class DecisionTokenTests
{
    private static readonly DateTimeOffset Now = LeaveTestDatabase.StartTime;

    /// <summary>A well-formed token of fixed bits, so the theories below list the same cases every run.</summary>
    private static readonly string WellFormed = Base64Url.EncodeToString([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    [Fact]
    public void Token_is_43_base64url_characters()
    {
        var (_, plain) = Issue();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", plain);
    }

    [Fact]
    public void Token_carries_256_bits()
    {
        var (_, plain) = Issue();

        Assert.Equal(32, Base64Url.DecodeFromChars(plain).Length);
    }

    [Fact]
    public void Stored_hash_is_the_sha256_of_the_tokens_bits()
    {
        var (token, plain) = Issue();

        Assert.Equal(SHA256.HashData(Base64Url.DecodeFromChars(plain)), token.Hash);
    }

    [Fact]
    public void Two_issued_tokens_differ()
    {
        Assert.NotEqual(Issue().Plain, Issue().Plain);
    }

    [Fact]
    public void Issued_token_is_unused_and_remembers_its_request_purpose_and_lifetime()
    {
        var requestId = Guid.NewGuid();

        var (token, _) = DecisionToken.Issue(requestId, "dana", DecisionPurpose.Reject, Now, Now.AddDays(14), outboxMessageId: 7);

        Assert.Equal(
            (requestId, DecisionPurpose.Reject, Now, Now.AddDays(14), (long?)7, (DateTimeOffset?)null),
            (token.LeaveRequestId, token.Purpose, token.IssuedAt, token.ExpiresAt, token.OutboxMessageId, token.UsedAt));
    }

    [Fact]
    public void Hash_of_the_token_in_a_link_is_the_stored_hash()
    {
        var (token, plain) = Issue();

        Assert.Equal(token.Hash, DecisionToken.HashOf(plain));
    }

    [Fact]
    public void Same_token_always_hashes_the_same()
    {
        var (_, plain) = Issue();

        Assert.Equal(DecisionToken.HashOf(plain), DecisionToken.HashOf(new string(plain.ToCharArray())));
    }

    [Fact]
    public void Different_tokens_hash_differently()
    {
        Assert.NotEqual(DecisionToken.HashOf(Issue().Plain), DecisionToken.HashOf(Issue().Plain));
    }

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public void Text_of_the_wrong_shape_has_no_hash(string? text)
    {
        Assert.Null(DecisionToken.HashOf(text));
    }

    [Theory]
    [MemberData(nameof(Undecodable))]
    public void Text_of_token_length_that_is_not_clean_base64url_has_no_hash(string text)
    {
        Assert.Null(DecisionToken.HashOf(text));
    }

    /// <summary>Empty, too short or long, padded to 44, or shortened by white space: none decodes to 32 bytes.</summary>
    public static TheoryData<string?> WrongShapes()
    {
        var plain = WellFormed;
        return new TheoryData<string?>
        {
            null,
            "",
            "abc",
            plain[..42],
            plain + "A",
            plain + "=",
            plain[..20] + " " + plain[21..],
        };
    }

    /// <summary>
    /// 43 characters long, so only decoding can tell they are not a token: characters outside base64url, padding
    /// or white space in place of the last character, or a last character with bits no token sets.
    /// </summary>
    public static TheoryData<string> Undecodable()
    {
        var plain = WellFormed;
        return new TheoryData<string>
        {
            "+" + plain[1..],
            "/" + plain[1..],
            "*" + plain[1..],
            "%" + plain[1..],
            "é" + plain[1..],
            plain[..20] + "=" + plain[21..],
            plain[..42] + "=",
            plain[..42] + "\n",
            plain[..42] + "B",
        };
    }

    private static (DecisionToken Token, string Plain) Issue() =>
        DecisionToken.Issue(Guid.NewGuid(), "dana", DecisionPurpose.Approve, Now, Now.AddDays(14), outboxMessageId: null);
}
