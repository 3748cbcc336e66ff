using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 5. The race: every request approved twice at once, through its emailed link and through the API (2 × N concurrent
/// POSTs), after which exactly N decisions and N outcome emails must exist. Then each channel's own rate.
/// </summary>
public static partial class DecisionPath
{
    private sealed record OpenedLink(string Reference, string Path, string Cookie, List<KeyValuePair<string, string>> Fields);

    // Decided first, unmeasured, in rounds with a pause after each: the runtime counts a method's calls only once no new
    // method has been compiled for a moment (its tiering delay), and compiles it again, fully optimised, after 30 of them.
    // So the decision paths run as they do in a server that has been up a while, as submissions do after their warm-up.
    private const int WarmUpRounds = 3;
    private const int WarmUpRequests = 50;

    // How many approvals are in flight at once when one channel is measured alone.
    private const int ChannelClients = 32;

    /// <param name="where">Put before each figure's name: which database and instances ("" for the SQLite run).</param>
    public static async Task<double> RunAsync(ApiClient api, People people, IReadOnlyList<Submission> requests, MailDump dump, BenchDatabase database, Report report, string where = "")
    {
        await api.SignInAsync([people.ApproverEmail]);
        // Only the SQLite run warms up and opens its connections first: through HAProxy, that burst of connections made
        // it mark the instances down (its health checks answered late), and it answered 503 to what followed.
        var alone = where.Length == 0;
        for (var round = 0; alone && round < WarmUpRounds; round++)
        {
            await ApproveTwiceAsync(api, people, await SubmitAndAwaitApproverEmailsAsync(api, people, dump, WarmUpRequests), dump, alone);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var (answers, elapsed, dropped) = await ApproveTwiceAsync(api, people, requests, dump, alone, profiled: alone);
        var count = requests.Count;
        var references = requests.Select(r => r.Reference).ToHashSet();
        var won = answers.Count(status => status == HttpStatusCode.OK);
        var lost = answers.Count(status => status == HttpStatusCode.Conflict);
        var inList = string.Join(", ", references.Select(r => $"'{r}'"));
        var approved = await database.CountAsync($"""SELECT COUNT(*) FROM "LeaveRequests" WHERE "Status" = 'Approved' AND "Reference" IN ({inList})""");
        var decisions = await database.CountAsync(
            $"""SELECT COUNT(*) FROM "LeaveHistory" h JOIN "LeaveRequests" r ON r."Id" = h."LeaveRequestId" WHERE h."Kind" = 'Approved' AND r."Reference" IN ({inList})""");
        var outcomes = await database.CountAsync(
            $"""SELECT COUNT(*) FROM "Outbox" m JOIN "LeaveRequests" r ON r."Id" = m."LeaveRequestId" WHERE m."Kind" = 'Outcome' AND r."Reference" IN ({inList})""");
        var delivered = (await dump.WaitForAsync(all => all.Count(e => IsApprovedOutcome(e, people, references)) >= count, TimeSpan.FromSeconds(60), "the outcome emails"))
            .Count(e => IsApprovedOutcome(e, people, references));

        var perSecond = count / elapsed.TotalSeconds;
        var exact = approved == count && decisions == count && outcomes == count && delivered == count && won == count;
        report.Add(new Figure(
            $"{where}5. Race: decisions/s, {answers.Length} concurrent approve POSTs for {count} requests (each by link and by API at once)",
            $"{Report.Number(perSecond)}/s ({won} won, {lost} told 409, other {answers.Length - won - lost}; {dropped} connection(s) dropped by a full accept queue meanwhile)",
            Target: $"exactly {count} decisions and outcome emails",
            Met: exact));
        report.Add(new Figure(
            $"{where}5. Afterwards: approved requests · history decisions · outcome emails in outbox · delivered",
            $"{approved} · {decisions} · {outcomes} · {delivered}"));
        return perSecond;
    }

    /// <summary>Submits <paramref name="count"/> requests for the approver, and waits until each one's decision email has arrived.</summary>
    public static async Task<List<Submission>> SubmitAndAwaitApproverEmailsAsync(ApiClient api, People people, MailDump dump, int count)
    {
        var submissions = new List<Submission>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(16))
        {
            submissions.AddRange(await Task.WhenAll(chunk.Select(i => api.SubmitAsync(people.EmployeeEmails[i % people.EmployeeEmails.Count]))));
        }

        var references = submissions.Select(s => s.Reference).ToHashSet();
        await dump.WaitForAsync(all => all.Count(e => IsDecisionRequest(e, people, references)) >= count, TimeSpan.FromSeconds(60), $"{count} decision requests");
        return submissions;
    }

    /// <summary>
    /// Opens each request's emailed approve link, then approves every request twice at once: through the link and
    /// through the API. The clock runs over the approvals only.
    /// </summary>
    /// <param name="connectFirst">Whether to open the race's connections first (<see cref="OpenConnectionsAsync"/>).</param>
    /// <param name="profiled">Whether bench/profile may record the approvals (<see cref="ProfileWindow"/>).</param>
    private static async Task<(HttpStatusCode[] Answers, TimeSpan Elapsed, long Dropped)> ApproveTwiceAsync(
        ApiClient api, People people, IReadOnlyList<Submission> requests, MailDump dump, bool connectFirst, bool profiled = false)
    {
        var links = await OpenLinksAsync(api, people, requests, dump);
        if (connectFirst)
        {
            await OpenConnectionsAsync(api.Http, 2 * links.Count);
        }

        return await ProfileWindow.AroundAsync(profiled ? "race" : null, async () =>
        {
            var dropped = ListenQueue.Overflows();
            var clock = Stopwatch.StartNew();
            var byLink = links.Select(link => ApproveByLinkAsync(api.Http, link));
            var byApi = links.Select(link => ApproveByApiAsync(api, people.ApproverEmail, link.Reference));
            return (await Task.WhenAll(byLink.Concat(byApi)), clock.Elapsed, ListenQueue.Overflows() - dropped);
        });
    }

    /// <summary>
    /// Has the client's pool hold as many open connections as the race will use, so the race measures deciding, not
    /// connecting: a burst of 1,000 new connections overflows the app's accept queue (Kestrel's backlog is 512), and
    /// each dropped connection costs its client a second before it tries again.
    /// </summary>
    private static Task OpenConnectionsAsync(HttpClient http, int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            using var response = await http.GetAsync("healthz");
        }));

    /// <summary>
    /// Decisions through one channel alone, as the targets are set: <paramref name="count"/> new requests, each approved
    /// once, <see cref="ChannelClients"/> at a time; the app's CPU is counted until every outcome email has been sent.
    /// </summary>
    public static async Task ByChannelAsync(AppProcess app, ApiClient api, People people, MailDump dump, int count, Report report)
    {
        var channels = new (string Name, string Window, int Target, Func<OpenedLink, Task<HttpStatusCode>> Approve)[]
        {
            ("emailed link", "link", 1000, link => ApproveByLinkAsync(api.Http, link)),
            ("API", "api", 1500, link => ApproveByApiAsync(api, people.ApproverEmail, link.Reference)),
        };
        foreach (var (channel, window, target, approve) in channels)
        {
            var requests = await SubmitAndAwaitApproverEmailsAsync(api, people, dump, count);
            var links = await OpenLinksAsync(api, people, requests, dump);
            var cpuBefore = app.CpuTime();
            var (answers, elapsed) = await ProfileWindow.AroundAsync(window, async () =>
            {
                var clock = Stopwatch.StartNew();
                var answers = new ConcurrentBag<HttpStatusCode>();
                await Parallel.ForEachAsync(links, new ParallelOptions { MaxDegreeOfParallelism = ChannelClients }, async (link, _) =>
                    answers.Add(await approve(link)));
                return (answers, clock.Elapsed);
            });
            var references = requests.Select(r => r.Reference).ToHashSet();
            await dump.WaitForAsync(all => all.Count(e => IsApprovedOutcome(e, people, references)) >= count, TimeSpan.FromSeconds(60), "the outcome emails");
            var cpu = app.CpuTime() - cpuBefore;
            var perSecond = count / elapsed.TotalSeconds;
            var won = answers.Count(status => status == HttpStatusCode.OK);
            report.Add(new Figure(
                $"5. Decisions/s by {channel} alone: {count} requests approved once, {ChannelClients} at a time",
                $"{Report.Number(perSecond)}/s ({won} approved, other {count - won}); app CPU {Report.Number(cpu.TotalMicroseconds / count)} µs a decision, its outcome email sent",
                Target: $"≥ {target:N0}/s",
                Met: perSecond >= target && won == count));
        }
    }

    private static bool IsDecisionRequest(DumpedEmail email, People people, HashSet<string> references) =>
        email.To == people.ApproverEmail && email.Reference is { } r && references.Contains(r);

    private static bool IsApprovedOutcome(DumpedEmail email, People people, HashSet<string> references) =>
        email.To != people.ApproverEmail && email.Reference is { } r && references.Contains(r) && email.Subject.Contains("approved", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens each request's emailed approve link, 16 at a time, as the approver would before deciding.</summary>
    private static async Task<List<OpenedLink>> OpenLinksAsync(ApiClient api, People people, IReadOnlyList<Submission> requests, MailDump dump)
    {
        var references = requests.Select(r => r.Reference).ToHashSet();
        var decisionEmails = dump.Emails().Where(e => IsDecisionRequest(e, people, references)).ToList();
        var links = new List<OpenedLink>();
        foreach (var chunk in decisionEmails.Chunk(16))
        {
            links.AddRange(await Task.WhenAll(chunk.Select(email => OpenAsync(api.Http, email.Reference!, MailDump.ApproveLinkPath(email)))));
        }

        return links;
    }

    private static async Task<OpenedLink> OpenAsync(HttpClient http, string reference, string path)
    {
        using var response = await http.GetAsync(path.TrimStart('/'));
        var page = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Opening the link of {reference} answered {(int)response.StatusCode}.");
        }

        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var fields = HiddenField().Matches(page).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        return new OpenedLink(reference, path.TrimStart('/'), cookie, fields);
    }

    private static async Task<HttpStatusCode> ApproveByLinkAsync(HttpClient http, OpenedLink link)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, link.Path)
        {
            Content = new FormUrlEncodedContent(link.Fields.Append(KeyValuePair.Create("Input.Comment", "")).Append(KeyValuePair.Create("Input.Choice", "Approve"))),
        };
        post.Headers.Add("Cookie", link.Cookie);
        using var response = await http.SendAsync(post);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> ApproveByApiAsync(ApiClient api, string approverEmail, string reference)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"api/leave-requests/{reference}/approve")
        {
            Content = new StringContent("{}", MediaTypeHeaderValue.Parse("application/json")),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.TokenOf(approverEmail));
        using var response = await api.Http.SendAsync(post);
        return response.StatusCode;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
