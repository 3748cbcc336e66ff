using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>
/// Property: whatever is sent to any operation of the API, the answer is 2xx, or 4xx with a problem document, never 5xx;
/// and a refused call stores nothing (no request, history line or email). The operations come from the OpenAPI document.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class AnyApiCallTests(ApiApp app) : IClassFixture<ApiApp>
{
    // Enough to reach every operation with every kind of caller and body many times, in a few seconds.
    private const int Calls = 400;

    [Fact]
    public async Task Any_call_is_answered_2xx_or_with_a_4xx_problem_and_a_refused_one_stores_nothing()
    {
        var operations = await OperationsAsync();
        var clients = await ClientsAsync();
        var references = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            references.Add(await SamAsksDanaAsync());
        }

        var reached = new HashSet<ApiOperation>();
        var calls = new ApiCalls(app.Services.GetRequiredService<LeaveClock>().Today, references);

        // One call at a time: the stored rows are counted around each.
        await calls.To([.. operations, .. Undocumented]).SampleAsync(call =>
        {
            reached.Add(call.Operation);
            return AnsweredWithoutAServerErrorAsync(clients, call);
        }, iter: Calls, threads: 1);

        NonEmpty.All(operations, operation => Assert.True(reached.Contains(operation), $"{operation} was never called."));
    }

    [Fact]
    public async Task Near_miss_submission_is_answered_2xx_or_with_a_4xx_problem_and_a_refused_one_stores_nothing()
    {
        var operations = await OperationsAsync();
        var clients = await ClientsAsync();
        var calls = new ApiCalls(app.Services.GetRequiredService<LeaveClock>().Today, []);

        await calls.NearMissSubmissions(Submission(operations)).SampleAsync(call => AnsweredWithoutAServerErrorAsync(clients, call), iter: Calls / 2, threads: 1);
    }

    [Fact]
    public async Task Text_stored_after_any_calls_holds_no_refused_character()
    {
        var operations = await OperationsAsync();
        var clients = await ClientsAsync();
        var calls = new ApiCalls(app.Services.GetRequiredService<LeaveClock>().Today, [await SamAsksDanaAsync()]);

        await Gen.OneOf(calls.To(operations), calls.NearMissSubmissions(Submission(operations))).SampleAsync(async call =>
        {
            using var response = await clients[call.Caller].SendAsync(RequestFor(call));
        }, iter: Calls / 2, threads: 1);

        NonEmpty.All(await StoredRows.StoredTextAsync(app), text => Assert.True(StoredRows.IsPlain(text), $"Stored: {text}"));
    }

    private async Task AnsweredWithoutAServerErrorAsync(Dictionary<Caller, HttpClient> clients, ApiCall call)
    {
        var before = await StoredRows.CountAsync(app);
        using var response = await clients[call.Caller].SendAsync(RequestFor(call));
        var answer = await response.Content.ReadAsStringAsync();

        var status = (int)response.StatusCode;
        Assert.True(status is >= 200 and < 300 or >= 400 and < 500, $"{call} was answered {status}: {answer}");
        if (status >= 400)
        {
            Assert.Equal((call, "application/problem+json", before), (call, response.Content.Headers.ContentType?.MediaType, await StoredRows.CountAsync(app)));
        }
    }

    /// <summary>Paths the API answers though the document leaves them out (Identity's account endpoints), and one it does not have.</summary>
    private static readonly ApiOperation[] Undocumented =
    [
        new("POST", "/api/auth/register", [], null),
        new("GET", "/api/auth/manage/info", [], null),
        new("GET", "/api/leave", [], null),
    ];

    private async Task<IReadOnlyList<ApiOperation>> OperationsAsync()
    {
        using var client = app.CreateClient();
        return ApiOperation.AllIn(await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync());
    }

    /// <summary>Sam's, so that none of Alex's generated requests, whichever days they take, overlaps it.</summary>
    private async Task<string> SamAsksDanaAsync()
    {
        var sam = await app.EmployeeAsync(LeaveApp.SamEmail);
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        var day = app.NextFreeDay();
        var request = await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            sam.Id, new NewLeaveRequest("Annual", day, day, false, false, "Family visit", dana.Id), LeaveChannel.Web));
        return request.Reference;
    }

    private static ApiOperation Submission(IReadOnlyList<ApiOperation> operations) =>
        operations.Single(o => o is { Method: "POST", Path: "/api/leave-requests" });

    private async Task<Dictionary<Caller, HttpClient>> ClientsAsync()
    {
        var forged = await app.ClientAsync(null);
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-token");
        return new()
        {
            [Caller.Alex] = await app.ClientAsync(LeaveApp.AlexEmail),
            [Caller.Dana] = await app.ClientAsync(LeaveApp.DanaEmail),
            [Caller.Admin] = await app.ClientAsync(LeaveApp.AdminEmail),
            [Caller.Nobody] = await app.ClientAsync(null),
            [Caller.ForgedToken] = forged,
        };
    }

    private static HttpRequestMessage RequestFor(ApiCall call)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(call.Body));
            request.Content.Headers.ContentType = call.ContentType is null ? null : MediaTypeHeaderValue.Parse(call.ContentType);
        }

        return request;
    }
}
