using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// How many requests wait for the signed-in approver, shared within one circuit: the menu shows it, and the inbox
/// refreshes it after each decision so the two never disagree.
/// </summary>
public sealed class WaitingCount(LeaveRequestQueries queries)
{
    public int? Value { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync(string approverId)
    {
        Value = await queries.CountAwaitingDecisionAsync(approverId);
        Changed?.Invoke();
    }
}
