using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity.FirstStart;

/// <summary>
/// What the setup page does: checks its link and creates the first admin, once, however many submit at once to this
/// instance. Two instances receiving the form in the same instant could each create one (the check is per process);
/// both would come from holders of the logged link, who could make themselves admin anyway.
/// </summary>
public sealed class FirstAdminSetup(SetupLink link, UserManager<AppUser> users, UserAccounts accounts)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Who the audit list says created the first admin: whoever held the link the app logged.</summary>
    private static readonly Actor ThroughTheLink = Actor.App with { DisplayName = "LeaveBlazor setup link" };

    /// <summary>Why the link cannot be used (in words for the person holding it), or null when it can.</summary>
    public async Task<string?> RefusalAsync(string token)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return "LeaveBlazor is already set up: an admin exists. Sign in, or ask an admin for an account.";
        }

        var check = link.Check(token);
        return check.State switch
        {
            SetupLinkState.Open => null,
            SetupLinkState.Expired => $"This setup link expired at {check.ExpiresAt:HH:mm} UTC. Restart the app: it writes a new link to its log.",
            _ => "This setup link is not valid. Copy the whole link the app wrote to its log when it started; a restart writes a new one.",
        };
    }

    /// <summary>Creates the admin and spends the link; a refusal is a <see cref="LeaveRuleException"/>.</summary>
    public async Task<AppUser> CreateAsync(string token, UserDraft admin)
    {
        await OneAtATime.WaitAsync();
        try
        {
            if (await RefusalAsync(token) is { } refusal)
            {
                throw new LeaveRuleException(refusal);
            }

            // The admin's existence closes the link, on every instance: RefusalAsync checks it first.
            var id = await accounts.CreateAsync(admin, ThroughTheLink);
            return await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"The admin {id} just created is gone.");
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
