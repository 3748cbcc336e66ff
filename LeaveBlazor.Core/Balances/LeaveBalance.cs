namespace LeaveBlazor.Core.Balances;

/// <summary>
/// A person's balance of one counted type in one year: the sum of its ledger lines, and, apart from it, the days
/// their pending requests would take ("planned"). <see cref="Figures"/> splits the sum by what the lines are for.
/// </summary>
public sealed record LeaveBalance(int PolicyId, string Type, string Colour, int Year, BalanceFigures Figures, decimal Planned, decimal MaxBelowZeroDays)
{
    /// <summary>The sum of the ledger's lines.</summary>
    public decimal Balance => Figures.Left;

    /// <summary>What is left once the pending requests are approved too.</summary>
    public decimal AfterPlanned => Balance - Planned;

    /// <summary>"18.5 days left · 3 planned".</summary>
    public string Describe() =>
        $"{Policies.LeavePolicyRules.Days(Balance)} left" + (Planned == 0 ? "" : $" · {Policies.LeavePolicyRules.Days(Planned)} planned");
}
