using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Core.Workflow;

/// <summary>
/// Asks for leave: checks every rule (the balance of a counted type included), gives the request its reference and saves it as Pending, or as Approved when its
/// type's policy needs no approval (the emails then tell the approver and the requester, and ask nothing).
/// </summary>
public sealed class SubmitLeaveRequest(
    IDbContextFactory<LeaveDbContext> contexts, LeaveRequestRules rules, WorkingCalendars calendars, LeaveBalances balances, LeaveConsequences consequences, LeaveClock clock, IOptions<ReminderOptions> reminders)
{
    public async Task<LeaveRequest> ExecuteAsync(string requesterId, NewLeaveRequest input, LeaveChannel channel, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // On SQLite this begins IMMEDIATE: submissions queue up, so two cannot both pass the overlap check.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var types = await db.LeavePolicies.Where(p => p.IsActive).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var requester = await db.Employees.SingleOrDefaultAsync(e => e.Id == requesterId && e.IsActive, cancellationToken)
            ?? throw new LeaveRuleException("Your account is not an active member of the directory, so it cannot ask for leave. Ask an admin to check it.");

        // The working days are counted on the requester's own calendar; only the company days in the range are read.
        var range = input is { FirstDay: { } from, LastDay: { } to } && from <= to ? new LeaveDates(from, to) : null;
        var calendar = await calendars.OfAsync(db, requester, range, cancellationToken);
        var errors = rules.CheckDetails(input, types, calendar);
        var approver = await ApproverOfNewRequest.FindAsync(db, requester, input, errors, cancellationToken);

        if (!errors.Any)
        {
            await CheckNoOverlapAsync(db, requesterId, DatesOf(input), errors, cancellationToken);
        }

        if (!errors.Any)
        {
            var checks = await balances.CheckAsync(db, requester, types.Named(input.LeaveType)!, DatesOf(input), calendar.Count(DatesOf(input)), calendar, cancellationToken);
            foreach (var refused in checks.Where(c => c.IsRefused))
            {
                errors.Add(LeaveFields.Dates, refused.Problem()!);
            }
        }

        errors.ThrowIfAny();
        var dates = DatesOf(input);
        var reference = await ReferenceNumbers.NextAsync(db, clock.Today.Year, cancellationToken);
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        var request = new LeaveRequest(reference, requester, approver!, types.Named(input.LeaveType)!, dates, calendar.Count(dates), reason, channel, clock, reminders.Value.Interval);
        db.LeaveRequests.Add(request);
        await consequences.AddAsync(db, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    private static LeaveDates DatesOf(NewLeaveRequest input) =>
        new(input.FirstDay!.Value, input.LastDay!.Value, input.HalfDayStart, input.HalfDayEnd);

    private static async Task CheckNoOverlapAsync(LeaveDbContext db, string requesterId, LeaveDates dates, FieldErrors errors, CancellationToken cancellationToken)
    {
        var nearby = await db.LeaveRequests.AsNoTracking()
            .Where(r => r.RequesterId == requesterId
                && (r.Status == LeaveStatus.Pending || r.Status == LeaveStatus.Approved)
                && r.FirstDay <= dates.LastDay && r.LastDay >= dates.FirstDay)
            .ToListAsync(cancellationToken);
        var clash = nearby.FirstOrDefault(r => r.Dates.Overlaps(dates));
        if (clash is not null)
        {
            errors.Add(LeaveFields.Dates,
                $"These dates overlap your request {clash.Reference} ({clash.LeaveType}, {clash.Dates}, {clash.Status}): cancel it or choose other dates.");
        }
    }
}
