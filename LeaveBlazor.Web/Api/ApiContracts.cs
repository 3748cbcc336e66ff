using System.ComponentModel;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;

namespace LeaveBlazor.Web.Api;

/// <summary>The body of <c>POST /api/leave-requests</c>: what the new-request form asks for, with the approver by email.</summary>
public sealed record NewLeaveRequestBody(
    [property: Description("An active leave type's name, such as Annual or Sick (GET /api/leave-types lists them).")] string? Type,
    [property: Description("The first day of leave, yyyy-mm-dd.")] DateOnly? FirstDay,
    [property: Description("The last day of leave, yyyy-mm-dd (the same as firstDay for one day).")] DateOnly? LastDay,
    [property: Description("True when leave starts at noon on the first day.")] bool? HalfDayStart = null,
    [property: Description("True when leave ends at noon on the last day.")] bool? HalfDayEnd = null,
    [property: Description("Optional reason the approver will read.")] string? Reason = null,
    [property: Description("Who decides; leave it out to ask your manager.")] string? ApproverEmail = null)
{
    public NewLeaveRequest ToNewLeaveRequest() =>
        new(Type, FirstDay, LastDay, HalfDayStart ?? false, HalfDayEnd ?? false, Reason, ApproverId: null, ApproverEmail);
}

/// <summary>The body of the approve and reject calls (optional for approve).</summary>
public sealed record DecisionBody(
    [property: Description("A note for the requester; required to reject.")] string? Comment = null);

/// <summary>The answer to a submission.</summary>
public sealed record SubmittedLeaveRequest(string Status, string Ref, Guid Id, string State, decimal WorkingDays)
{
    public static SubmittedLeaveRequest From(LeaveRequest request) =>
        new("Leave request submitted", request.Reference, request.Id, request.Status.ToString(), request.WorkingDays);
}

/// <summary>A person as the API names them.</summary>
public sealed record PersonView(string Name, string Email)
{
    public static PersonView From(Employee employee) => new(employee.DisplayName, employee.Email);
}

/// <summary>A request in a list: where it stands, without its timeline.</summary>
public sealed record LeaveRequestListItem(
    string Ref, Guid Id, string State, string Type, DateOnly FirstDay, DateOnly LastDay, bool HalfDayStart, bool HalfDayEnd,
    decimal WorkingDays, string? Reason, PersonView Requester, PersonView Approver, DateTimeOffset SubmittedAt)
{
    public static LeaveRequestListItem From(LeaveRequest request) => new(
        request.Reference, request.Id, request.Status.ToString(), request.LeaveType, request.FirstDay, request.LastDay,
        request.HalfDayStart, request.HalfDayEnd, request.WorkingDays, request.Reason,
        PersonView.From(request.Requester), PersonView.From(request.Approver), request.SubmittedAt);
}

/// <summary>One line of a request's timeline: who did what, when, how, and what they wrote.</summary>
public sealed record TimelineEntry(
    [property: Description("Submitted, Approved, Rejected, Cancelled, Reminded, Escalated, HandedOver, CancellationAsked, CancellationConfirmed or CancellationDeclined.")] string What,
    string Who,
    DateTimeOffset When,
    [property: Description("Web, EmailLink or Api.")] string Channel,
    string? Comment)
{
    public static TimelineEntry From(LeaveHistoryEntry entry) =>
        new(entry.Kind.ToString(), entry.ActorName, entry.At, entry.Channel.ToString(), entry.Comment);
}

/// <summary>One request with its state, its outcome once decided, and its timeline.</summary>
public sealed record LeaveRequestDetails(
    string Ref, Guid Id, string State, string Type, DateOnly FirstDay, DateOnly LastDay, bool HalfDayStart, bool HalfDayEnd,
    decimal WorkingDays, string? Reason, PersonView Requester, PersonView Approver, DateTimeOffset SubmittedAt,
    [property: Description("For example \"approved by Dana Manager on 3 Dec 2026 at 10:15\"; null while pending.")] string? Outcome,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionComment, IReadOnlyList<TimelineEntry> History,
    [property: Description("When the requester asked to cancel this approved leave; null unless an ask waits for the approver.")] DateTimeOffset? CancellationAskedAt = null,
    string? CancellationReason = null)
{
    public static LeaveRequestDetails From(LeaveRequest request, LeaveClock clock) => new(
        request.Reference, request.Id, request.Status.ToString(), request.LeaveType, request.FirstDay, request.LastDay,
        request.HalfDayStart, request.HalfDayEnd, request.WorkingDays, request.Reason,
        PersonView.From(request.Requester), PersonView.From(request.Approver), request.SubmittedAt,
        OutcomeOf(request, clock), request.DecidedByName, request.DecidedAt, request.DecisionComment,
        [.. request.History.Select(TimelineEntry.From)], request.CancellationAskedAt, request.CancellationReason);

    internal static string? OutcomeOf(LeaveRequest request, LeaveClock clock) =>
        request.Status == LeaveStatus.Pending ? null : request.DescribeOutcome(clock);
}

/// <summary>The answer to approve, reject and cancel: the request's new state.</summary>
public sealed record LeaveStateChange(
    string Status, string Ref, string State, string? Outcome, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment)
{
    public static LeaveStateChange From(LeaveRequest request, LeaveClock clock) => new(
        $"Leave request {request.Status.ToString().ToLowerInvariant()}", request.Reference, request.Status.ToString(),
        LeaveRequestDetails.OutcomeOf(request, clock), request.DecidedByName, request.DecidedAt, request.DecisionComment);
}
