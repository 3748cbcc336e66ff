namespace LeaveBlazor.Core.Rules;

/// <summary>
/// Text people type (names, email addresses, reasons, comments) must show as it was typed. Refused: control characters
/// (NUL, escapes, and line breaks where one line is expected), which cut or forge what other screens and emails show;
/// the invisible text-direction characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder it, so
/// a name can read as another; and half a surrogate pair, which is no character at all. Multi-line fields keep tab and
/// line breaks. Right-to-left scripts need none of the marks: browsers and mail readers order them by themselves.
/// </summary>
public static class PlainText
{
    /// <summary>Adds a message under <paramref name="field"/> naming the first character that is refused, if any.</summary>
    public static void Check(string? text, string field, string what, FieldErrors errors, bool multiline = false)
    {
        if (ProblemIn(text, what, multiline) is { } problem)
        {
            errors.Add(field, problem);
        }
    }

    /// <summary>"The reason contains a text-direction mark (U+202E) at character 7: remove it.", or null when the text is plain.</summary>
    public static string? ProblemIn(string? text, string what, bool multiline = false)
    {
        if (text is null)
        {
            return null;
        }

        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            position++;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a character outside the basic plane, such as an emoji
                continue;
            }

            if (KindOf(c, multiline) is { } kind)
            {
                var fix = kind == LineBreak ? "keep it on one line" : "remove it";
                return $"The {what} contains {kind} (U+{(int)c:X4}) at character {position}: {fix}.";
            }
        }

        return null;
    }

    private const string LineBreak = "a line break";

    private static string? KindOf(char c, bool multiline) => c switch
    {
        '\t' or '\n' or '\r' or '\u2028' or '\u2029' when multiline => null,
        '\n' or '\r' or '\u2028' or '\u2029' => LineBreak,
        _ when char.IsControl(c) => "a control character",
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "a text-direction mark",
        _ when char.IsSurrogate(c) => "a broken character",
        _ => null,
    };
}
