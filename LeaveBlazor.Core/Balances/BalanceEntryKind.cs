namespace LeaveBlazor.Core.Balances;

/// <summary>Why a line of the ledger moved a balance. Stored by name: new kinds are added, none renamed.</summary>
public enum BalanceEntryKind
{
    /// <summary>The year's allowance, all on 1 January.</summary>
    Granted,

    /// <summary>What a partial year of employment (or a change of allowance during the year) takes off or adds to the grant.</summary>
    ProRata,

    /// <summary>A month's share of the allowance, for types that accrue monthly.</summary>
    Accrued,

    /// <summary>Days moved from one year into the next: out of the old year (negative), into the new (positive).</summary>
    CarriedOver,

    /// <summary>Carried-over days not used by the date they expire.</summary>
    CarryOverExpired,

    /// <summary>Approved leave: its days in this year.</summary>
    Taken,

    /// <summary>Approved leave cancelled: its days back.</summary>
    GivenBack,

    /// <summary>An admin's correction, with a reason.</summary>
    Adjusted,
}
