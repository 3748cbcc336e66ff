using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// Identity's refusals in plain words, in one place: the setup page, an admin creating a person, changing and resetting
/// a password all say the same.
/// </summary>
public sealed class PlainPasswordErrors : IdentityErrorDescriber
{
    public const string WrongCurrentPassword = "Your current password is not right. Type it again.";

    public const string ResetLinkNotValid = "This reset link has expired or was already used. Ask for a new one under \"Forgot your password?\" on the sign-in page.";

    public override IdentityError PasswordTooShort(int length) => Plain(nameof(PasswordTooShort), $"Use at least {length} characters.");

    public override IdentityError PasswordRequiresUpper() => Plain(nameof(PasswordRequiresUpper), "Add a capital letter (A–Z).");

    public override IdentityError PasswordRequiresLower() => Plain(nameof(PasswordRequiresLower), "Add a small letter (a–z).");

    public override IdentityError PasswordRequiresDigit() => Plain(nameof(PasswordRequiresDigit), "Add a digit (0–9).");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Plain(nameof(PasswordRequiresNonAlphanumeric), "Add a symbol, such as ! or #.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Plain(nameof(PasswordRequiresUniqueChars), $"Use at least {uniqueChars} different characters.");

    public override IdentityError PasswordMismatch() => Plain(nameof(PasswordMismatch), WrongCurrentPassword);

    public override IdentityError InvalidToken() => Plain(nameof(InvalidToken), ResetLinkNotValid);

    private static IdentityError Plain(string code, string description) => new() { Code = code, Description = description };
}
