using System.Globalization;
using System.Text;
using CsCheck;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>
/// What people and scripts might type or send, for the property tests: ordinary words beside NUL, escapes, line breaks,
/// text-direction marks, half surrogates, very long text, dates at and past the ends of the calendar, and numbers no
/// field holds. Each comes as raw text, as a JSON value, or percent-encoded for an address or a form post.
/// </summary>
public static class AnyText
{
    private static readonly string[] Hidden = ["\0", "\u0007", "\u001B[2J", "\r\n", "\t", "\u0085", "\u202E", "\u202A", "\u2066", "\u200F", "\u061C", "\uD800", "\uDFFF", "\uFEFF", "\u2028"];

    public static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-.@'"], 0, 24];

    /// <summary>Words with a hidden character put somewhere in them.</summary>
    public static readonly Gen<string> WithHidden =
        Gen.Select(Words, Gen.OneOf(Hidden), Gen.Int[0, 24], (words, hidden, at) => words.Insert(Math.Min(at, words.Length), hidden));

    /// <summary>Any UTF-16 code units at all, surrogates and controls included.</summary>
    public static readonly Gen<string> AnyChars = Gen.String[Gen.Char[(char)0, (char)0xFFFF], 0, 16];

    public static readonly Gen<string> Long = Gen.Int[400, 1_200].Select(n => new string('x', n));

    public static readonly Gen<string> Emails = Gen.OneOf(
        LeaveApp.AlexEmail, LeaveApp.DanaEmail, LeaveApp.AdminEmail, "DANA@LEAVEBLAZOR.TEST", "nobody@leaveblazor.test", "dana@leaveblazor.test\u202E", "<script>", "a@b");

    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Words), (4, WithHidden), (2, AnyChars), (1, Long), (2, Emails),
        (1, Gen.OneOf("", " ", "Annual", "Sick", "Pending", "approved", "LR-2026-00001", "null", "../../etc/passwd", "%00", "' OR 1=1 --")));

    /// <summary>Dates as text: around <paramref name="today"/> (past, near, years ahead), the calendar's ends, and ones that are no date.</summary>
    public static Gen<string> Dates(DateOnly today) => Gen.Frequency(
        (3, Gen.Int[-40, 800].Select(days => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30", "9000-01-01", "2028-02-29", "2100-02-28")),
        (1, Gen.OneOf("2026-02-30", "0000-01-01", "10000-01-01", "2026-13-01", "", "2026-12-07T00:00:00", "-2026-01-01", "20261207", "7 Dec 2026")),
        (1, Gen.DateOnly.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>JSON numbers a field might get instead of its value, including ones no .NET number holds.</summary>
    public static readonly Gen<string> JsonNumbers = Gen.Frequency(
        (2, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0", "-0", "1e400", "-1e400", "99999999999999999999999999999", "1.5", "1E-400", "0x10", "NaN", "Infinity")));

    /// <summary>A JSON string literal; everything outside printable ASCII is escaped, so even a half surrogate is valid JSON text.</summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }

    /// <summary>Percent-encodes for an address or a form post; half surrogates become the bytes UTF-8 gives them.</summary>
    public static string UrlEncoded(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            encoded.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return encoded.ToString();
    }

    /// <summary>Encoded text, or bytes that are not UTF-8 at all.</summary>
    public static readonly Gen<string> UrlValues = Gen.Frequency(
        (6, Text.Select(UrlEncoded)),
        (1, Gen.OneOf("%FF%FE", "%C0%AE%C0%AE", "%ED%A0%80", "%", "%zz", "a+b", "%00")));
}
