namespace LeaveBlazor.Bench;

/// <summary>How much each part does: the sizes, or a smoke size that proves the bench still runs.</summary>
public sealed record BenchSizes(
    int[] Clients,
    TimeSpan WarmUp,
    TimeSpan LoadDuration,
    int InboxSubmissions,
    double InboxPerSecond,
    int SweepAllDue,
    int SweepLarge,
    int SweepLargeDuePercent,
    int DispatchEmails,
    int DecisionRequests,
    int MemoryRequests,
    int CalendarPeople,
    int CalendarAbsences,
    int CalendarReads,
    int FeedPeople,
    int FeedReads,
    int ListRows,
    int ListReads,
    (int Few, int Many) CircuitPages)
{
    public static readonly BenchSizes Full = new(
        [1, 8, 32, 64], TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(8), 500, 20, 100_000, 1_000_000, 1, 10_000, 500, 100_000, 500, 5_000, 50, 200, 200, 10_000, 50, (50, 200));

    public static readonly BenchSizes Smoke = new(
        [1, 8], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 20, 20, 1_000, 10_000, 1, 200, 20, 2_000, 50, 500, 5, 20, 10, 120, 5, (5, 10));

    public int Employees => Clients.Max();
}
