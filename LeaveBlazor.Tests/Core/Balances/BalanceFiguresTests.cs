using LeaveBlazor.Core.Balances;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>The ledger's lines as the figures people read, which always add up to the balance.</summary>
public sealed class BalanceFiguresTests
{
    [Fact]
    public void Each_kind_of_line_lands_in_its_figure()
    {
        var figures = BalanceFigures.Of(
        [
            (BalanceEntryKind.Granted, 25m), (BalanceEntryKind.ProRata, -5m), (BalanceEntryKind.Accrued, 1.5m),
            (BalanceEntryKind.CarriedOver, 4m), (BalanceEntryKind.CarryOverExpired, -1m), (BalanceEntryKind.CarriedOver, -2m),
            (BalanceEntryKind.Taken, -3m), (BalanceEntryKind.GivenBack, 1m), (BalanceEntryKind.Adjusted, 0.5m),
        ]);

        Assert.Equal((21.5m, 1m, 0.5m, 2m, 21m), (figures.Allowance, figures.CarriedOver, figures.Adjustments, figures.Taken, figures.Left));
    }

    [Fact]
    public void Left_is_the_sum_of_every_line()
    {
        (BalanceEntryKind, decimal)[] lines = [.. Enum.GetValues<BalanceEntryKind>().Select((kind, i) => (kind, (i % 2 == 0 ? 1 : -1) * (i + 0.5m)))];

        Assert.Equal(lines.Sum(l => l.Item2), BalanceFigures.Of(lines).Left);
    }
}
