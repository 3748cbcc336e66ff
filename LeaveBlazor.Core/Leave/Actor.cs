namespace LeaveBlazor.Core.Leave;

/// <summary>The person doing something to a request, as the history will name them.</summary>
public sealed record Actor(string EmployeeId, string DisplayName)
{
    /// <summary>The app acting on its own (reminders, escalations).</summary>
    public static readonly Actor App = new("leaveblazor", "LeaveBlazor");
}

/// <summary>The person looking at requests: they see their own, those they approve, and all of them if admin.</summary>
public sealed record Viewer(string EmployeeId, bool IsAdmin);
