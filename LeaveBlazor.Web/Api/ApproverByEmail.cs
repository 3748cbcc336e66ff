using LeaveBlazor.Core.People;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// Turns the <c>approverEmail</c> of a submission into an approver, among the people the new-request form would offer
/// (<see cref="UserAccounts.ApproverChoicesAsync"/>); without one, the requester's manager, as the form proposes.
/// </summary>
public sealed class ApproverByEmail(UserAccounts accounts)
{
    /// <summary>The approver's id (null when none fits, and then why), for Core's rules to check like any other choice.</summary>
    public async Task<(string? ApproverId, string? Problem)> FindAsync(Employee requester, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return (requester.ManagerId, null);
        }

        var wanted = email.Trim();
        if (wanted.Equals(requester.Email, StringComparison.OrdinalIgnoreCase))
        {
            return (requester.Id, null); // Core says why that cannot be
        }

        var choices = await accounts.ApproverChoicesAsync(requester, cancellationToken);
        var approver = choices.FirstOrDefault(e => e.Email.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return approver is not null
            ? (approver.Id, null)
            : (null, $"{wanted} is not an approver you can ask: give your manager's email or an approver's, or leave approverEmail out to ask your manager.");
    }
}
