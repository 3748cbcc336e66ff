using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LeaveBlazor.Bench.Infra;

namespace LeaveBlazor.Bench.Sections;

/// <summary>
/// 5. Every request approved twice at once, through its emailed link and through the API: 2 × N concurrent POSTs.
/// Afterwards exactly N decisions and N outcome emails must exist.
/// </summary>
public static partial class DecisionPath
{
    private sealed record OpenedLink(string Reference, string Path, string Cookie, List<KeyValuePair<string, string>> Fields);

    /// <param name="where">Put before each figure's name: which database and instances ("" for the SQLite run).</param>
    public static async Task<double> RunAsync(ApiClient api, People people, IReadOnlyList<Submission> requests, MailDump dump, BenchDatabase database, Report report, string where = "")
    {
        await api.SignInAsync([people.ApproverEmail]);
        var references = requests.Select(r => r.Reference).ToHashSet();
        var decisionEmails = dump.Emails().Where(e => e.To == people.ApproverEmail && e.Reference is { } r && references.Contains(r)).ToList();
        var links = new List<OpenedLink>();
        foreach (var chunk in decisionEmails.Chunk(16))
        {
            links.AddRange(await Task.WhenAll(chunk.Select(email => OpenAsync(api.Http, email.Reference!, MailDump.ApproveLinkPath(email)))));
        }

        var clock = Stopwatch.StartNew();
        var byLink = links.Select(link => ApproveByLinkAsync(api.Http, link));
        var byApi = links.Select(link => ApproveByApiAsync(api, people.ApproverEmail, link.Reference));
        var answers = await Task.WhenAll(byLink.Concat(byApi));
        var elapsed = clock.Elapsed;

        var won = answers.Count(status => status == HttpStatusCode.OK);
        var lost = answers.Count(status => status == HttpStatusCode.Conflict);
        var inList = string.Join(", ", references.Select(r => $"'{r}'"));
        var approved = await database.CountAsync($"""SELECT COUNT(*) FROM "LeaveRequests" WHERE "Status" = 'Approved' AND "Reference" IN ({inList})""");
        var decisions = await database.CountAsync(
            $"""SELECT COUNT(*) FROM "LeaveHistory" h JOIN "LeaveRequests" r ON r."Id" = h."LeaveRequestId" WHERE h."Kind" = 'Approved' AND r."Reference" IN ({inList})""");
        var outcomes = await database.CountAsync(
            $"""SELECT COUNT(*) FROM "Outbox" m JOIN "LeaveRequests" r ON r."Id" = m."LeaveRequestId" WHERE m."Kind" = 'Outcome' AND r."Reference" IN ({inList})""");
        bool Outcome(DumpedEmail e) => e.To != people.ApproverEmail && e.Reference is { } r && references.Contains(r) && e.Subject.Contains("approved", StringComparison.OrdinalIgnoreCase);
        var delivered = (await dump.WaitForAsync(all => all.Count(Outcome) >= links.Count, TimeSpan.FromSeconds(60), "the outcome emails")).Count(Outcome);

        var perSecond = links.Count / elapsed.TotalSeconds;
        var exact = approved == links.Count && decisions == links.Count && outcomes == links.Count && delivered == links.Count && won == links.Count;
        report.Add(new Figure(
            $"{where}5. Decisions/s, {answers.Length} concurrent approve POSTs for {links.Count} requests (link + API)",
            $"{Report.Number(perSecond)}/s ({won} won, {lost} told 409, other {answers.Length - won - lost})",
            Target: $"exactly {links.Count} decisions and outcome emails",
            Met: exact));
        report.Add(new Figure(
            $"{where}5. Afterwards: approved requests · history decisions · outcome emails in outbox · delivered",
            $"{approved} · {decisions} · {outcomes} · {delivered}"));
        return perSecond;
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
