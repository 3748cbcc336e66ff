namespace LeaveBlazor.Core.Balances;

/// <summary>
/// One year's ledger of one type in the figures people read: the allowance (granted, pro rata, accrued), the days
/// carried over (carried in, less carried out to the next year and less expired), admin adjustments, and the days
/// taken (approved leave, less leave given back). What is left is the sum of every line, so the four add up to it.
/// </summary>
public sealed record BalanceFigures(decimal Allowance, decimal CarriedOver, decimal Adjustments, decimal Taken)
{
    public static readonly BalanceFigures None = new(0, 0, 0, 0);

    /// <summary>The balance: the sum of the lines.</summary>
    public decimal Left => Allowance + CarriedOver + Adjustments - Taken;

    public static BalanceFigures Of(IEnumerable<BalanceEntry> lines) => Of(lines.Select(l => (l.Kind, l.Days)));

    public static BalanceFigures Of(IEnumerable<(BalanceEntryKind Kind, decimal Days)> lines) =>
        lines.Aggregate(None, (figures, line) => figures.With(line.Kind, line.Days));

    /// <summary>These figures with one more line counted in.</summary>
    public BalanceFigures With(BalanceEntryKind kind, decimal days) => kind switch
    {
        BalanceEntryKind.Granted or BalanceEntryKind.ProRata or BalanceEntryKind.Accrued => this with { Allowance = Allowance + days },
        BalanceEntryKind.CarriedOver or BalanceEntryKind.CarryOverExpired => this with { CarriedOver = CarriedOver + days },
        BalanceEntryKind.Taken or BalanceEntryKind.GivenBack => this with { Taken = Taken - days },
        BalanceEntryKind.Adjusted => this with { Adjustments = Adjustments + days },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A ledger line of a kind the balance figures do not know."),
    };
}
