namespace LeaveBlazor.Web.Mail;

/// <summary>What one dispatch run did with the emails it claimed.</summary>
/// <param name="StoppedEarly">The connection failed, so the run left the remaining due emails for the next one.</param>
public sealed record DispatchReport(int Sent, int Failed, int Retrying, int Skipped, bool StoppedEarly)
{
    public static readonly DispatchReport Nothing = new(0, 0, 0, 0, false);

    public int Handled => Sent + Failed + Retrying + Skipped;

    public DispatchReport Plus(DispatchReport other) =>
        new(Sent + other.Sent, Failed + other.Failed, Retrying + other.Retrying, Skipped + other.Skipped, StoppedEarly || other.StoppedEarly);

    public override string ToString() =>
        $"{Sent} sent, {Failed} failed, {Retrying} to retry, {Skipped} skipped{(StoppedEarly ? ", stopped early" : "")}";
}
