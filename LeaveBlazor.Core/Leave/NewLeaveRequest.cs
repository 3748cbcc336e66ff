namespace LeaveBlazor.Core.Leave;

/// <summary>
/// What a person fills in to ask for leave, before any rule has looked at it. The approver is named by id (the form)
/// or by email (the API); with neither, it is the requester's default approver.
/// </summary>
public sealed record NewLeaveRequest(
    string? LeaveType,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    bool HalfDayStart,
    bool HalfDayEnd,
    string? Reason,
    string? ApproverId,
    string? ApproverEmail = null);

/// <summary>Field names used in validation errors, shared by the form and the API.</summary>
public static class LeaveFields
{
    public const string LeaveType = nameof(NewLeaveRequest.LeaveType);
    public const string FirstDay = nameof(NewLeaveRequest.FirstDay);
    public const string LastDay = nameof(NewLeaveRequest.LastDay);
    public const string HalfDay = "HalfDay";
    public const string Dates = "Dates";
    public const string Reason = nameof(NewLeaveRequest.Reason);
    public const string ApproverId = nameof(NewLeaveRequest.ApproverId);
    public const string Comment = "Comment";
}
