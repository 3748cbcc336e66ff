namespace LeaveBlazor.Core.Leave;

/// <summary>
/// The person doing something to a request, as the history will name them. A delegate acts on behalf of the approver
/// who named them (<see cref="OnBehalfOfId"/>) and is named "Kim Delegate on behalf of Dana Manager".
/// </summary>
public sealed record Actor(string EmployeeId, string DisplayName, string? OnBehalfOfId = null)
{
    /// <summary>The app acting on its own (reminders, escalations).</summary>
    public static readonly Actor App = new("leaveblazor", "LeaveBlazor");
}

/// <summary>The person looking at requests: they see their own, those they approve, and all of them if admin.</summary>
public sealed record Viewer(string EmployeeId, bool IsAdmin);
