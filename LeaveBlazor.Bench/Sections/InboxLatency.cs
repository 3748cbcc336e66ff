using System.Diagnostics;
using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 2. From the 201 of a submission to the approver's email accepted by smtp-sink, over submissions at a steady rate.
/// Acceptance time is the dump file's modification time (the kernel's coarse clock: a few milliseconds' grain).
/// </summary>
public static class InboxLatency
{
    public static async Task<IReadOnlyList<Submission>> RunAsync(ApiClient api, People people, MailDump dump, BenchSizes sizes, Report report)
    {
        var interval = TimeSpan.FromSeconds(1 / sizes.InboxPerSecond);
        var pending = new List<Task<Submission>>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < sizes.InboxSubmissions; i++)
        {
            var wait = interval * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            pending.Add(api.SubmitAsync(people.EmployeeEmails[i % people.EmployeeEmails.Count]));
        }

        var submissions = await Task.WhenAll(pending);
        var byReference = submissions.ToDictionary(s => s.Reference);
        bool ToApprover(DumpedEmail email) => email.To == people.ApproverEmail && email.Reference is { } reference && byReference.ContainsKey(reference);
        var emails = await dump.WaitForAsync(
            all => all.Count(ToApprover) >= submissions.Length, TimeSpan.FromSeconds(60), $"{submissions.Length} decision requests");
        var arrivals = emails.Where(ToApprover).Select(e => (Email: e, Submission: byReference[e.Reference!])).ToList();
        var fromAnswer = new Latencies(arrivals.Select(a => (a.Email.AcceptedAtUtc - a.Submission.AnsweredAtUtc).TotalMilliseconds));
        var fromSending = new Latencies(arrivals.Select(a => (a.Email.AcceptedAtUtc - a.Submission.SentAtUtc).TotalMilliseconds));
        report.Add(new Figure(
            $"2. 201 → approver's email accepted ({submissions.Length} at {Report.Number(sizes.InboxPerSecond)}/s; below 0: the email was in before the client had read the 201)",
            fromAnswer.Summary(),
            Target: "p95 < 1 s",
            Met: fromAnswer.Percentile(95) < 1000));
        report.Add(new Figure("2. Same, counted from sending the submission (so including the 201 itself)", fromSending.Summary()));
        return submissions;
    }
}
