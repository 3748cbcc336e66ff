namespace LeaveBlazor.Core.Policies;

/// <summary>
/// How a type named in <c>Leave:Types</c> starts when it is first made a policy: annual leave counts against 25 days,
/// sick leave is whole days, counted against nothing and approved at once, the rest only need approval. Admins change
/// them afterwards on the Leave types page.
/// </summary>
public static class LeavePolicyDefaults
{
    public const decimal AnnualAllowanceDays = 25;

    /// <param name="position">Where the type stands in the configured list; a type with no defaults of its own takes that colour of the palette.</param>
    public static LeavePolicyDraft For(string name, int position)
    {
        var plain = LeavePolicyDraft.Named(name.Trim(), LeavePolicyColours.Palette[position % LeavePolicyColours.Palette.Count]);
        return name.Trim().ToLowerInvariant() switch
        {
            "annual" => plain with { Colour = "#2e5e8c", CountsAgainstAllowance = true, YearlyAllowanceDays = AnnualAllowanceDays },
            "sick" => plain with { Colour = "#c62828", HalfDaysAllowed = false, NeedsApproval = false },
            "unpaid" => plain with { Colour = "#6d4c41" },
            "other" => plain with { Colour = "#7b1fa2" },
            _ => plain,
        };
    }
}
