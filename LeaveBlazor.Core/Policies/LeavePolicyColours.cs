using System.Text.RegularExpressions;

namespace LeaveBlazor.Core.Policies;

/// <summary>The colours leave types are shown in: validated as #rrggbb; the palette seeded types take theirs from.</summary>
public static partial class LeavePolicyColours
{
    public const string Default = "#546e7a";

    /// <summary>Distinct, readable on white, and told apart by people with the common colour blindnesses.</summary>
    public static readonly IReadOnlyList<string> Palette = ["#2e5e8c", "#c62828", "#6d4c41", "#7b1fa2", "#00796b", "#ef6c00", "#546e7a"];

    public static bool IsColour(string? text) => text is not null && HexColour().IsMatch(text);

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}\z")]
    private static partial Regex HexColour();
}
