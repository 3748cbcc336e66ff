using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Leave;

/// <summary>
/// Who stands in for which approvers on a day: each approver's delegate while their <see cref="Delegation"/> is in
/// force and the delegate may still approve. Emails that would ask an approver go to their stand-in (the approver gets
/// a copy), and the stand-in decides on the approver's behalf.
/// </summary>
public sealed class StandIns
{
    public static readonly StandIns None = new(new Dictionary<string, Employee>());

    private readonly IReadOnlyDictionary<string, Employee> _delegates;

    private StandIns(IReadOnlyDictionary<string, Employee> delegates) => _delegates = delegates;

    /// <summary>The delegate standing in for the approver, or null when the approver decides themself.</summary>
    public Employee? For(string approverId) => _delegates.GetValueOrDefault(approverId);

    /// <summary>The stand-ins in force on <paramref name="day"/> for <paramref name="approverIds"/>, in two queries.</summary>
    public static async Task<StandIns> ReadAsync(LeaveDbContext db, IReadOnlyCollection<string> approverIds, DateOnly day, CancellationToken cancellationToken)
    {
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Delegate)
            .Where(d => approverIds.Contains(d.ApproverId))
            .ToListAsync(cancellationToken);
        return delegations.Count == 0 ? None : new StandIns(await InForceAsync(db, delegations, day, cancellationToken));
    }

    /// <summary>The approvers <paramref name="delegateId"/> stands in for on <paramref name="day"/>.</summary>
    public static async Task<IReadOnlyList<string>> StoodInForByAsync(LeaveDbContext db, string delegateId, DateOnly day, CancellationToken cancellationToken)
    {
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Delegate)
            .Where(d => d.DelegateId == delegateId)
            .ToListAsync(cancellationToken);
        return delegations.Count == 0 ? [] : [.. (await InForceAsync(db, delegations, day, cancellationToken)).Keys];
    }

    /// <summary>
    /// The actor as the history names them: a stand-in deciding for the request's approver acts on their behalf;
    /// anyone else acts as themself (and the request's own rule refuses them if they may not decide).
    /// </summary>
    public static async Task<Actor> ActingAsync(LeaveDbContext db, Actor actor, LeaveRequest request, DateOnly day, CancellationToken cancellationToken)
    {
        if (actor.EmployeeId == request.ApproverId)
        {
            return actor;
        }

        var standIn = (await ReadAsync(db, [request.ApproverId], day, cancellationToken)).For(request.ApproverId);
        return standIn?.Id == actor.EmployeeId ? OnBehalfOf(standIn, request.Approver) : actor;
    }

    /// <summary>"Kim Delegate on behalf of Dana Manager".</summary>
    public static Actor OnBehalfOf(Employee standIn, Employee approver) =>
        new(standIn.Id, $"{standIn.DisplayName} on behalf of {approver.DisplayName}", approver.Id);

    private static async Task<Dictionary<string, Employee>> InForceAsync(LeaveDbContext db, List<Delegation> delegations, DateOnly day, CancellationToken cancellationToken)
    {
        var whileAway = delegations.Where(d => d.WhileOnLeave).Select(d => d.ApproverId).ToList();
        var away = whileAway.Count == 0
            ? []
            : await db.LeaveRequests.AsNoTracking()
                .Where(r => whileAway.Contains(r.RequesterId) && r.Status == LeaveStatus.Approved && r.FirstDay <= day && r.LastDay >= day)
                .Select(r => r.RequesterId).Distinct()
                .ToListAsync(cancellationToken);
        return delegations
            .Where(d => d.Delegate.IsActive && d.Delegate.CanApprove && d.IsInForceOn(day, away.Contains(d.ApproverId)))
            .ToDictionary(d => d.ApproverId, d => d.Delegate);
    }
}
