namespace LeaveBlazor.Core.Leave;

/// <summary>Where a leave request stands: waiting for a decision, or finished one way or another.</summary>
public enum LeaveStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
}
