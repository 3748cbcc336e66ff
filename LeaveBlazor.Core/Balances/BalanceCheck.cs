using LeaveBlazor.Core.Policies;

namespace LeaveBlazor.Core.Balances;

/// <summary>
/// What a request would do to one year's balance of a counted type: what is left (pending requests taken off, the
/// rest of the year's allowance counted in), what the request uses, and what would be left after it.
/// </summary>
public sealed record BalanceCheck(string Type, int Year, decimal Left, decimal Planned, decimal Uses, decimal MaxBelowZeroDays)
{
    public decimal After => Left - Uses;

    /// <summary>True when the request would take the balance further below zero than the policy allows.</summary>
    public bool IsRefused => After < -MaxBelowZeroDays;

    /// <summary>"Annual 2027: 18.5 days left · this request uses 3 days · 15.5 days after".</summary>
    public string Describe() =>
        $"{Type} {Year}: {Days(Left)} left{(Planned > 0 ? $" (after {Days(Planned)} planned)" : "")} · this request uses {Days(Uses)} · {Days(After)} after";

    /// <summary>Why it is refused, or, when it is allowed below zero, the warning; null when the balance stays at zero or above.</summary>
    public string? Problem() =>
        IsRefused
            ? $"This request uses {Days(Uses)} of {Type} leave in {Year}, but you have {Days(Left)} left{(Planned > 0 ? $" once your pending requests ({Days(Planned)}) are counted" : "")}"
                + (MaxBelowZeroDays > 0 ? $" and may go at most {Days(MaxBelowZeroDays)} below zero" : "")
                + ": choose fewer days, or ask an admin about your balance."
            : After < 0
                ? $"This takes your {Type} balance for {Year} {Days(-After)} below zero (allowed up to {Days(MaxBelowZeroDays)})."
                : null;

    private static string Days(decimal days) => LeavePolicyRules.Days(days);
}
