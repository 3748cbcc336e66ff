using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Tests.Core.Rules;

/// <summary>Free text shows as typed: control characters, text-direction marks and broken characters are refused by name and place.</summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Family visit")]
    [InlineData("Zoë’s wedding – 3 days")]
    [InlineData("عطلة عائلية")]
    [InlineData("חופשה משפחתית")]
    [InlineData("Beach 🏖️ week")]
    [InlineData("")]
    public void Text_in_any_script_is_plain(string text)
    {
        Assert.Null(PlainText.ProblemIn(text, "reason"));
    }

    [Theory]
    [InlineData("ab\u0000c", "The reason contains a control character (U+0000) at character 3: remove it.")]
    [InlineData("\u001B[31mred", "The reason contains a control character (U+001B) at character 1: remove it.")]
    [InlineData("a\u0085b", "The reason contains a control character (U+0085) at character 2: remove it.")]
    [InlineData("a\u007Fb", "The reason contains a control character (U+007F) at character 2: remove it.")]
    [InlineData("invoice\u202Efdp.exe", "The reason contains a text-direction mark (U+202E) at character 8: remove it.")]
    [InlineData("\u2066x\u2069", "The reason contains a text-direction mark (U+2066) at character 1: remove it.")]
    [InlineData("a\u200Fb", "The reason contains a text-direction mark (U+200F) at character 2: remove it.")]
    [InlineData("a\u061Cb", "The reason contains a text-direction mark (U+061C) at character 2: remove it.")]
    [InlineData("🏖️\u202A", "The reason contains a text-direction mark (U+202A) at character 3: remove it.")]
    public void Refused_character_is_named_with_its_place(string text, string expected)
    {
        Assert.Equal(expected, PlainText.ProblemIn(text, "reason", multiline: true));
    }

    // The test runner cannot carry a lone surrogate in a string argument, so the text is built here.
    [Theory]
    [InlineData(0xD800, "ab")]
    [InlineData(0xDC00, "ab")]
    [InlineData(0xD83D, "")]
    public void Half_a_surrogate_pair_is_refused(int half, string after)
    {
        var text = "a" + (char)half + after;

        Assert.Equal($"The reason contains a broken character (U+{half:X4}) at character 2: remove it.",
            PlainText.ProblemIn(text, "reason", multiline: true));
    }

    [Theory]
    [InlineData("Line one\r\nLine two\tand a tab")]
    [InlineData("Para one\u2029Para two")]
    public void Multi_line_text_keeps_line_breaks_and_tabs(string text)
    {
        Assert.Null(PlainText.ProblemIn(text, "reason", multiline: true));
    }

    [Theory]
    [InlineData("Mallory\r\nBcc: everyone", "The display name contains a line break (U+000D) at character 8: keep it on one line.")]
    [InlineData("Mallory\u2028Admin", "The display name contains a line break (U+2028) at character 8: keep it on one line.")]
    [InlineData("Ann\tLee", "The display name contains a control character (U+0009) at character 4: remove it.")]
    public void One_line_text_refuses_line_breaks_and_tabs(string text, string expected)
    {
        Assert.Equal(expected, PlainText.ProblemIn(text, "display name"));
    }

    [Fact]
    public void Check_adds_the_message_under_the_field()
    {
        var errors = new FieldErrors();

        PlainText.Check("x\u202Ey", "Reason", "reason", errors);

        Assert.Equal(["The reason contains a text-direction mark (U+202E) at character 2: remove it."], errors.ToDictionary()["Reason"]);
    }
}
