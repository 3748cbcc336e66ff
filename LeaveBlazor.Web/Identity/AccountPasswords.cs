using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity;

/// <summary>
/// A person's own password: changed while signed in. Every change renews the account's security stamp, and the app
/// checks the stamp on every request, so the account's other sessions end at their next request.
/// </summary>
public sealed class AccountPasswords(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    /// <summary>Changes the signed-in person's password and keeps this session signed in; refusals come back by field.</summary>
    public async Task ChangeAsync(AppUser user, string current, string replacement)
    {
        // Checked first through the sign-in throttle, so a session left open is no way to guess the password.
        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            var refusal = new FieldErrors();
            refusal.Add("CurrentPassword", check is SignInHeldBack heldBack ? SignInAnswers.HeldBack(heldBack.RetryAfter) : PlainPasswordErrors.WrongCurrentPassword);
            refusal.ThrowIfAny();
        }

        var result = await users.ChangePasswordAsync(user, current, replacement);
        if (!result.Succeeded)
        {
            var errors = new FieldErrors();
            foreach (var error in result.Errors)
            {
                errors.Add(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "CurrentPassword" : "NewPassword", error.Description);
            }

            errors.ThrowIfAny();
        }

        await signIn.RefreshSignInAsync(user);
    }
}
