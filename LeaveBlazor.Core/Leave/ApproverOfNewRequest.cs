using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// Finds the approver a new request names (by id or by email) or else the requester's default approver, and checks
/// them with the directory's rule, <see cref="Employee.MayApproveLeaveOf"/>. Looks up only the one person needed.
/// </summary>
internal static class ApproverOfNewRequest
{
    public static async Task<Employee?> FindAsync(LeaveDbContext db, Employee requester, NewLeaveRequest input, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Has(LeaveFields.ApproverId))
        {
            return null; // the approver's email is not plain text (LeaveRequestRules): not worth looking up, nor repeating
        }

        if (!string.IsNullOrWhiteSpace(input.ApproverId))
        {
            return await ByIdAsync(db, requester, input.ApproverId, errors, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(input.ApproverEmail))
        {
            return await ByEmailAsync(db, requester, input.ApproverEmail.Trim(), errors, cancellationToken);
        }

        var manager = await db.Employees.Where(e => e.Id == requester.ManagerId).ToListAsync(cancellationToken);
        var byDefault = ApproverChoices.DefaultAmong(requester, manager);
        if (byDefault is null)
        {
            errors.Add(LeaveFields.ApproverId, LeaveRequestRules.ChooseAnApprover);
        }

        return byDefault;
    }

    private static async Task<Employee?> ByIdAsync(LeaveDbContext db, Employee requester, string id, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (id == requester.Id)
        {
            errors.Add(LeaveFields.ApproverId, LeaveRequestRules.NotYourOwnApprover);
            return null;
        }

        var approver = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (approver is not { IsActive: true })
        {
            errors.Add(LeaveFields.ApproverId, "The approver you chose is not an active user: choose someone from the directory.");
            return null;
        }

        if (!approver.MayApproveLeaveOf(requester))
        {
            errors.Add(LeaveFields.ApproverId, $"{approver.DisplayName} does not approve leave: choose your manager or an approver.");
            return null;
        }

        return approver;
    }

    private static async Task<Employee?> ByEmailAsync(LeaveDbContext db, Employee requester, string email, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (email.Equals(requester.Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(LeaveFields.ApproverId, LeaveRequestRules.NotYourOwnApprover);
            return null;
        }

        var lower = email.ToLowerInvariant();
        var approver = await db.Employees.SingleOrDefaultAsync(e => e.Email.ToLower() == lower, cancellationToken);
        if (approver is null || !approver.MayApproveLeaveOf(requester))
        {
            errors.Add(LeaveFields.ApproverId, $"{email} is not an approver you can ask: give your manager's email or an approver's, or leave it out to ask your manager.");
            return null;
        }

        return approver;
    }
}
