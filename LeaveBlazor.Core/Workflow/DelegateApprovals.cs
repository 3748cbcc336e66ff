using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Workflow;

/// <summary>What an approver asks for when naming a stand-in: who, and for which days or while they are on leave.</summary>
public sealed record DelegationDraft(string? DelegateEmail, DateOnly? From, DateOnly? To, bool WhileOnLeave);

/// <summary>An approver's delegation as they see it, with whether it is in force today.</summary>
public sealed record DelegationView(string DelegateName, string DelegateEmail, DateOnly? From, DateOnly? To, bool WhileOnLeave, bool InForceToday, string Description);

/// <summary>
/// An approver names a stand-in (<see cref="Delegation"/>) or ends it. Refused with a clear message: naming oneself,
/// someone inactive or who does not approve, a circle of stand-ins, or a period that is over, reversed or longer than a year.
/// </summary>
public sealed class DelegateApprovals(IDbContextFactory<LeaveDbContext> contexts, LeaveClock clock)
{
    public static class Fields
    {
        public const string DelegateEmail = "delegateEmail";
        public const string From = "from";
        public const string To = "to";
    }

    public async Task<DelegationView?> CurrentAsync(string approverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, approverId, cancellationToken);
    }

    public async Task<DelegationView> SetAsync(string approverId, DelegationDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var approver = await db.Employees.SingleOrDefaultAsync(e => e.Id == approverId, cancellationToken);
        if (approver is not { IsActive: true, CanApprove: true })
        {
            throw new LeaveRuleException("You do not approve leave, so there is nothing for a delegate to decide for you.");
        }

        var errors = new FieldErrors();
        CheckPeriod(draft, errors);
        var standIn = await FindStandInAsync(db, approver, draft.DelegateEmail, errors, cancellationToken);
        errors.ThrowIfAny();

        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.ApproverId == approverId, cancellationToken);
        var (from, to) = draft.WhileOnLeave ? (null, null) : (draft.From, draft.To);
        if (delegation is null)
        {
            db.Delegations.Add(new Delegation(approverId, standIn!.Id, from, to, draft.WhileOnLeave, clock.UtcNow));
        }
        else
        {
            delegation.Change(standIn!.Id, from, to, draft.WhileOnLeave, clock.UtcNow);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await ViewAsync(db, approverId, cancellationToken))!;
    }

    /// <summary>Ends the approver's delegation; false when there was none. Links already sent to the delegate keep working.</summary>
    public async Task<bool> EndAsync(string approverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Delegations.Where(d => d.ApproverId == approverId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private void CheckPeriod(DelegationDraft draft, FieldErrors errors)
    {
        if (draft.WhileOnLeave)
        {
            if (draft.From is not null || draft.To is not null)
            {
                errors.Add(Fields.From, "Leave the dates out when your delegate stands in while you are on leave, or give dates without \"while on leave\".");
            }

            return;
        }

        if (draft.From is not { } from)
        {
            errors.Add(Fields.From, "Give the first day your delegate stands in for you (or choose \"while I am on approved leave\").");
        }

        if (draft.To is not { } to)
        {
            errors.Add(Fields.To, "Give the last day your delegate stands in for you.");
            return;
        }

        if (to < clock.Today)
        {
            errors.Add(Fields.To, $"The period is already over ({LeaveFormat.Day(to)}): give a last day from today on.");
        }
        else if (draft.From is { } first && first > to)
        {
            errors.Add(Fields.To, $"The last day ({LeaveFormat.Day(to)}) is before the first ({LeaveFormat.Day(first)}).");
        }
        else if (draft.From is { } start && start < clock.Today)
        {
            errors.Add(Fields.From, $"The first day ({LeaveFormat.Day(start)}) is in the past: start from today ({LeaveFormat.Day(clock.Today)}) or later.");
        }
        else if (draft.From is { } begin && begin.AddYears(1) <= to)
        {
            errors.Add(Fields.To, "A delegation lasts at most a year: choose an earlier last day.");
        }
    }

    private static async Task<Employee?> FindStandInAsync(LeaveDbContext db, Employee approver, string? email, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add(Fields.DelegateEmail, "Give the email of the approver who stands in for you.");
            return null;
        }

        var lower = email.Trim().ToLowerInvariant();
        var standIn = await db.Employees.SingleOrDefaultAsync(e => e.Email.ToLower() == lower, cancellationToken);
        var refusal = standIn switch
        {
            null => $"Nobody in the directory has the email {email.Trim()}: check it, or ask an admin to add them.",
            _ when standIn.Id == approver.Id => "You cannot stand in for yourself: choose another approver.",
            { IsActive: false } => $"{standIn.DisplayName}'s account is not active: choose someone else.",
            { CanApprove: false } => $"{standIn.DisplayName} does not approve leave: choose an approver, or ask an admin to let them approve.",
            _ => await CircleAsync(db, approver, standIn, cancellationToken),
        };
        if (refusal is not null)
        {
            errors.Add(Fields.DelegateEmail, refusal);
            return null;
        }

        return standIn;
    }

    /// <summary>Why naming <paramref name="standIn"/> would lead back to <paramref name="approver"/> through the stand-ins' own delegations, or null.</summary>
    private static async Task<string?> CircleAsync(LeaveDbContext db, Employee approver, Employee standIn, CancellationToken cancellationToken)
    {
        var delegates = await db.Delegations.AsNoTracking().ToDictionaryAsync(d => d.ApproverId, d => d.DelegateId, cancellationToken);
        var seen = new HashSet<string> { approver.Id };
        for (var next = standIn.Id; delegates.TryGetValue(next, out var onward); next = onward)
        {
            if (onward == approver.Id)
            {
                return $"{standIn.DisplayName} already has you standing in for them (directly or through others), so the requests would go round in a circle: choose someone else.";
            }

            if (!seen.Add(onward))
            {
                break;
            }
        }

        return null;
    }

    private async Task<DelegationView?> ViewAsync(LeaveDbContext db, string approverId, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.AsNoTracking().Include(d => d.Delegate).SingleOrDefaultAsync(d => d.ApproverId == approverId, cancellationToken);
        if (delegation is null)
        {
            return null;
        }

        var inForce = (await StandIns.ReadAsync(db, [approverId], clock.Today, cancellationToken)).For(approverId) is not null;
        var when = delegation.WhileOnLeave
            ? "while you are on approved leave"
            : $"from {LeaveFormat.Day(delegation.FirstDay!.Value)} to {LeaveFormat.Day(delegation.LastDay!.Value)}";
        return new DelegationView(delegation.Delegate.DisplayName, delegation.Delegate.Email, delegation.FirstDay, delegation.LastDay, delegation.WhileOnLeave, inForce,
            $"{delegation.Delegate.DisplayName} stands in for you {when}{(inForce ? " (in force today)" : "")}.");
    }
}
