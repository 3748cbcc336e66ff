using System.Text;
using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Identity;

/// <summary>What became of a request for a reset link; the forgotten-password page shows the same answer for all.</summary>
public enum ResetLinkOutcome { Sent, NoAccount, Deactivated, HeldBack }

/// <summary>
/// Links to set a new password, asked for on the forgotten-password page or sent by an admin: one operation for both.
/// The link carries Identity's reset token, which expires after <see cref="Lifespan"/> and is bound to the account's
/// security stamp, so setting a password (which renews the stamp) spends it and every other link sent before.
/// </summary>
public sealed class PasswordResetLinks(
    IServiceScopeFactory scopes, IDbContextFactory<LeaveDbContext> contexts, IOptions<AppLinkOptions> links, ResetLinkThrottle throttle, TimeProvider time) : IAccountLinks
{
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(2);

    public const string PagePath = "Account/ResetPassword";

    /// <summary>What the forgotten-password page says whatever became of the request, so it tells nobody which addresses have accounts.</summary>
    public static string Answer => $"If an account uses that address, we have emailed a link to reset its password. It works for {AccountEmails.Hours(Lifespan)}, once.";

    /// <summary>Queues the reset email to the account with <paramref name="email"/>, through the outbox like every email.</summary>
    /// <param name="admin">The admin sending it (audited), or null when the person asked themselves.</param>
    public async Task<ResetLinkOutcome> SendAsync(string email, Actor? admin, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (!throttle.TryTake(users.NormalizeEmail(email.Trim()) ?? ""))
        {
            return ResetLinkOutcome.HeldBack;
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return ResetLinkOutcome.NoAccount;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.Employees.SingleAsync(e => e.Id == user.Id, cancellationToken);
        if (!person.IsActive)
        {
            return ResetLinkOutcome.Deactivated;
        }

        var now = time.GetUtcNow();
        db.Outbox.Add(AccountEmails.PasswordReset(person, Lifespan, admin?.DisplayName, now));
        if (admin is not null)
        {
            AuditEntry.Record(db, now, admin, AuditAction.ResetLinkSent, $"{person.DisplayName} ({person.Email})");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ResetLinkOutcome.Sent;
    }

    /// <summary>The reset email's link, made as it leaves: a copy of the outbox (a backup, say) then holds no working link.</summary>
    public async Task<EmailBodies?> FillAsync(OutboxMessage message, EmailBodies bodies, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(message.ToAddress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (user is null || !await db.Employees.AnyAsync(e => e.Id == user.Id && e.IsActive, cancellationToken))
        {
            return null;
        }

        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = links.Value.Link($"{PagePath}?user={Uri.EscapeDataString(user.Id)}&code={code}");
        return new EmailBodies(
            bodies.Html.Replace(OutboxMessage.ResetLinkPlaceholder, link, StringComparison.Ordinal),
            bodies.Text.Replace(OutboxMessage.ResetLinkPlaceholder, link, StringComparison.Ordinal));
    }

    /// <summary>Sets the new password if the link is still good; refusals in plain words (the link's, or the password's by field).</summary>
    public async Task ResetAsync(string? userId, string? code, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        var token = Decode(code);
        if (user is null || token is null)
        {
            throw new LeaveRuleException(PlainPasswordErrors.ResetLinkNotValid);
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw new LeaveRuleException(PlainPasswordErrors.ResetLinkNotValid);
        }

        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add("NewPassword", error.Description);
        }

        errors.ThrowIfAny();
    }

    private static string? Decode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
