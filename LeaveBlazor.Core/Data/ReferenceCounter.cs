namespace LeaveBlazor.Core.Data;

/// <summary>The last reference number handed out in a year.</summary>
internal sealed class ReferenceCounter
{
    public int Year { get; set; }

    public int Last { get; set; }
}
