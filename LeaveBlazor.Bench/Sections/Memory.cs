using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>6. The app's working set just after start, and once the database holds many requests and it has served load.</summary>
public static class Memory
{
    private const int Requesters = 1000;

    public static async Task<long> AfterStartAsync(AppProcess app, Report report)
    {
        var workingSet = app.WorkingSet();
        var figures = await FiguresAsync(app, workingSet);
        report.Add(new Figure("6. App working set after start", figures));
        return workingSet;
    }

    /// <summary>
    /// Tops the database up to <paramref name="requests"/> decided requests spread over a thousand people (copies of
    /// one the app wrote), has the app serve a round of submissions and reads, then reads its memory.
    /// </summary>
    public static async Task AfterManyRequestsAsync(AppProcess app, ApiClient api, People people, string appDatabase, int requests, Report report)
    {
        var existing = (int)await BulkRows.CountAsync(appDatabase, "SELECT COUNT(*) FROM LeaveRequests");
        var template = (string)await BulkRows.ScalarAsync(appDatabase, "SELECT Reference FROM LeaveRequests ORDER BY SubmittedAt LIMIT 1");
        await BulkRows.CopyAsync(appDatabase, "Employees", "Email", people.EmployeeEmails[0], Requesters, new Dictionary<string, string>
        {
            ["Id"] = "printf('bench-%04d', i)",
            ["Email"] = "printf('bench-%04d@bench.test', i)",
            ["DisplayName"] = "printf('Employee %04d', i)",
        });
        await BulkRows.CopyAsync(appDatabase, "LeaveRequests", "Reference", template, Math.Max(0, requests - existing), new Dictionary<string, string>
        {
            ["Id"] = BulkRows.IdExpression(series: 2),
            ["Reference"] = "printf('LR-M-%07d', i)",
            ["RequesterId"] = $"printf('bench-%04d', i % {Requesters})",
            ["Status"] = "'Approved'",
            ["NextReminderDue"] = "NULL",
        });

        var total = await BulkRows.CountAsync(appDatabase, "SELECT COUNT(*) FROM LeaveRequests");
        var load = await SubmissionThroughput.LoadAsync([app], api, people, Math.Min(8, people.EmployeeEmails.Count), TimeSpan.FromSeconds(3));
        foreach (var email in people.EmployeeEmails)
        {
            using var mine = new HttpRequestMessage(HttpMethod.Get, "api/leave-requests");
            mine.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenOf(email));
            using var response = await api.Http.SendAsync(mine);
            response.EnsureSuccessStatusCode();
        }

        var workingSet = app.WorkingSet();
        report.Add(new Figure(
            $"6. App working set with {total:N0} requests stored, after {load.Submissions:N0} more submissions and every list read",
            $"{await FiguresAsync(app, workingSet)}; {app.OpenHandlesTo(appDatabase)} SQLite connections open"));
    }

    private static async Task<string> FiguresAsync(AppProcess app, long workingSet)
    {
        var (anonymous, fileBacked) = app.ResidentParts();
        var heap = await app.Probe.HeapAfterFullCollectionAsync();
        var held = await app.Probe.GcCommittedAsync();
        return $"{Mebibytes(workingSet)} MiB: {Mebibytes(anonymous)} MiB its own, {Mebibytes(fileBacked)} MiB mapped files (managed heap after a full GC: {Mebibytes(heap)} MiB, of {Mebibytes(held)} MiB the GC holds)";
    }

    private static string Mebibytes(long bytes) => Report.Number(bytes / 1024.0 / 1024.0);
}
