using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Core.People;

/// <summary>The rules for a person's name and email address, however they are added or changed (the admin's dialog, the first admin).</summary>
public static class PersonRules
{
    public const string EmailField = "Email";
    public const string DisplayNameField = "DisplayName";
    public const int DisplayNameMaxLength = 100;

    public static void CheckDisplayName(string? displayName, FieldErrors errors)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > DisplayNameMaxLength)
        {
            errors.Add(DisplayNameField, $"Enter a display name of 1 to {DisplayNameMaxLength} characters, on one line.");
            return;
        }

        PlainText.Check(name, DisplayNameField, "display name", errors);
    }

    /// <summary>Only that the address is plain text; whether it is an address is for the mail library that will send to it.</summary>
    public static void CheckEmailText(string? email, FieldErrors errors) =>
        PlainText.Check(email?.Trim(), EmailField, "email address", errors);
}
