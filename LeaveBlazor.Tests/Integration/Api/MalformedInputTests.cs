using System.Text;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// Whatever a script sends, a mistake gets a 4xx problem-details answer that says what is wrong, never a 500 or a page:
/// JSON that does not parse or fit, wrong types, impossible dates, unknown or repeated fields, wrong content types,
/// oversized bodies, and values Core's rules refuse.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class MalformedInputTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Submit = "POST /api/leave-requests";
    private const string Approve = "POST /api/leave-requests/{ref}/approve";
    private const string Reject = "POST /api/leave-requests/{ref}/reject";
    private const string Json = "application/json";

    public static TheoryData<string, string, string?, string?, int> Inputs => new()
    {
        // what is sent to where, with which content type and body, and the status expected
        { "truncated JSON", Submit, Json, """{"type":""", 400 },
        { "not JSON at all", Submit, Json, "hello", 400 },
        { "trailing comma", Submit, Json, """{"type":"Annual",}""", 400 },
        { "single quotes", Submit, Json, "{'type':'Annual'}", 400 },
        { "a comment", Submit, Json, """{"type":"Annual" /* why */}""", 400 },
        { "two JSON values", Submit, Json, """{"type":"Annual"}{"type":"Sick"}""", 400 },
        { "firstDay a number", Submit, Json, """{"type":"Annual","firstDay":5,"lastDay":"2030-01-07"}""", 400 },
        { "firstDay 30 February", Submit, Json, """{"type":"Annual","firstDay":"2026-02-30","lastDay":"2026-03-02"}""", 400 },
        { "firstDay day-first", Submit, Json, """{"type":"Annual","firstDay":"30/12/2030","lastDay":"2030-12-30"}""", 400 },
        { "firstDay with a time", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07T09:00:00","lastDay":"2030-01-07"}""", 400 },
        { "firstDay month 13", Submit, Json, """{"type":"Annual","firstDay":"2030-13-01","lastDay":"2030-01-07"}""", 400 },
        { "lastDay empty text", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07","lastDay":""}""", 400 },
        { "halfDayStart yes", Submit, Json, """{"type":"Annual","halfDayStart":"yes"}""", 400 },
        { "halfDayEnd a number", Submit, Json, """{"type":"Annual","halfDayEnd":1}""", 400 },
        { "type a number", Submit, Json, """{"type":5}""", 400 },
        { "type a list", Submit, Json, """{"type":["Annual"]}""", 400 },
        { "reason an object", Submit, Json, """{"type":"Annual","reason":{"text":"x"}}""", 400 },
        { "approverEmail true", Submit, Json, """{"type":"Annual","approverEmail":true}""", 400 },
        { "unknown field", Submit, Json, """{"type":"Annual","approver":"dana@leaveblazor.test"}""", 400 },
        { "field twice", Submit, Json, """{"type":"Annual","type":"Sick"}""", 400 },
        { "a list for a body", Submit, Json, "[]", 400 },
        { "a string for a body", Submit, Json, "\"Annual\"", 400 },
        { "a number for a body", Submit, Json, "42", 400 },
        { "null for a body", Submit, Json, "null", 400 },
        { "empty body", Submit, Json, "", 400 },
        { "no body and no content type", Submit, null, null, 400 },
        { "plain text", Submit, "text/plain", """{"type":"Annual"}""", 415 },
        { "XML", Submit, "application/xml", "<leave type=\"Annual\"/>", 415 },
        { "form post", Submit, "application/x-www-form-urlencoded", "type=Annual", 415 },
        { "oversized body", Submit, Json, $$"""{"reason":"{{new string('x', 20_000)}}"}""", 413 },
        { "deep nesting", Submit, Json, $$"""{"type":{{new string('[', 100)}}{{new string(']', 100)}}}""", 400 },
        { "empty object", Submit, Json, "{}", 400 },
        { "first day in the past", Submit, Json, """{"type":"Annual","firstDay":"2020-01-06","lastDay":"2020-01-06"}""", 400 },
        { "last day before the first", Submit, Json, """{"type":"Annual","firstDay":"2030-01-08","lastDay":"2030-01-07"}""", 400 },
        { "unknown leave type", Submit, Json, """{"type":"Holiday","firstDay":"2030-01-07","lastDay":"2030-01-07"}""", 400 },
        { "weekend only", Submit, Json, """{"type":"Annual","firstDay":"2030-01-05","lastDay":"2030-01-06"}""", 400 },
        { "both halves of one day", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07","lastDay":"2030-01-07","halfDayStart":true,"halfDayEnd":true}""", 400 },
        { "reason too long", Submit, Json, $$"""{"type":"Annual","firstDay":"2030-01-07","lastDay":"2030-01-07","reason":"{{new string('x', 501)}}"}""", 400 },
        { "span too long", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07","lastDay":"2030-06-07"}""", 400 },
        { "unknown approver", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07","lastDay":"2030-01-07","approverEmail":"ghost@leaveblazor.test"}""", 400 },
        { "approverEmail not an address", Submit, Json, """{"type":"Annual","firstDay":"2030-01-07","lastDay":"2030-01-07","approverEmail":"<script>"}""", 400 },
        { "reject without a body", Reject, null, null, 400 },
        { "reject with a blank reason", Reject, Json, """{"comment":"   "}""", 400 },
        { "comment a number", Approve, Json, """{"comment":5}""", 400 },
        { "reason instead of comment", Reject, Json, """{"reason":"Release week"}""", 400 },
        { "comment too long", Approve, Json, $$"""{"comment":"{{new string('x', 1001)}}"}""", 400 },
        { "decision as plain text", Approve, "text/plain", "ok", 415 },
        { "truncated decision", Reject, Json, """{"comment":""", 400 },
        { "unknown state", "GET /api/leave-requests?state=Done", null, null, 400 },
        { "state as a number", "GET /api/leave-requests?state=1", null, null, 400 },
        { "unknown reference", "GET /api/leave-requests/LR-2099-99999", null, null, 404 },
        { "reference with odd characters", "GET /api/leave-requests/%27%3B%20drop%20table", null, null, 404 },
        { "no such endpoint", "GET /api/leave", null, null, 404 },
        { "wrong method", "DELETE /api/leave-requests", null, null, 405 },
        { "sign-in with an extra field", "POST /api/auth/login", Json, """{"email":"alex@leaveblazor.test","password":"x","remember":true}""", 400 },
        { "sign-in with broken JSON", "POST /api/auth/login", Json, """{"email":""", 400 },
        { "sign-in with a null password", "POST /api/auth/login", Json, """{"email":"nobody@leaveblazor.test","password":null}""", 400 },
        { "sign-in with a null email", "POST /api/auth/login", Json, """{"email":null,"password":"x"}""", 400 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mistake_gets_a_problem_with_the_expected_status(string what, string call, string? contentType, string? body, int expected)
    {
        var problem = await SendAsync(call, contentType, body);

        Assert.Equal((what, expected, "application/problem+json"), (what, problem.Status, problem.ContentType));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mistake_is_explained(string what, string call, string? contentType, string? body, int expected)
    {
        _ = expected;
        var problem = await SendAsync(call, contentType, body);

        Assert.True(!string.IsNullOrWhiteSpace(problem.Detail) || problem.Errors.Count > 0, $"{what}: {problem.Body}");
    }

    [Theory]
    [InlineData("""{"type":"Annual","firstDay":5}""", "firstDay", "firstDay must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("""{"type":"Annual","firstDay":"2026-02-30"}""", "firstDay", "firstDay must be a real date written yyyy-mm-dd, such as 2026-12-01.")]
    [InlineData("""{"type":"Annual","halfDayStart":"yes"}""", "halfDayStart", "halfDayStart must be true or false.")]
    [InlineData("""{"type":7}""", "type", "type must be text in double quotes.")]
    [InlineData("""{"type":"Annual","type":"Sick"}""", "type", "'type' appears more than once; send each field once.")]
    [InlineData("""{"tpye":"Annual"}""", "tpye", "'tpye' is not a field of this request; the fields are type, firstDay, lastDay, halfDayStart, halfDayEnd, reason, approverEmail.")]
    public async Task Badly_typed_field_is_named_with_what_it_should_be(string body, string field, string message)
    {
        var problem = await SendAsync(Submit, Json, body);

        Assert.Equal((400, message), (problem.Status, problem.ErrorFor(field)));
    }

    [Fact]
    public async Task Broken_json_says_where()
    {
        var problem = await SendAsync(Submit, Json, """{"type":"Annual",}""");

        Assert.Equal("The body is not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options (line 1, character 18).",
            problem.Detail);
    }

    [Fact]
    public async Task Wrong_content_type_says_to_send_json()
    {
        var problem = await SendAsync(Submit, "text/plain", "{}");

        Assert.Equal("Send the body as JSON, with the header Content-Type: application/json.", problem.Detail);
    }

    [Fact]
    public async Task Oversized_body_says_the_limit()
    {
        var problem = await SendAsync(Submit, Json, $$"""{"reason":"{{new string('x', 20_000)}}"}""");

        Assert.Equal("The body is larger than the 16 KB this API reads.", problem.Detail);
    }

    [Fact]
    public async Task Body_that_is_not_utf8_is_refused()
    {
        var client = await app.ClientAsync(LeaveApp.AlexEmail);
        var content = new ByteArrayContent([.. "{\"type\":\""u8, 0xFF, 0xFE, .. "\"}"u8]);
        content.Headers.ContentType = new(Json);

        var problem = await (await client.PostAsync("/api/leave-requests", content)).ReadProblemAsync();

        Assert.Equal((400, "The body is not valid UTF-8 text: send JSON encoded as UTF-8."), (problem.Status, problem.Detail));
    }

    private async Task<Problem> SendAsync(string call, string? contentType, string? body)
    {
        var (method, path) = (call.Split(' ')[0], call.Split(' ')[1]);
        var who = path.Contains("{ref}", StringComparison.Ordinal) ? LeaveApp.DanaEmail : LeaveApp.AlexEmail;
        if (path.Contains("{ref}", StringComparison.Ordinal))
        {
            path = path.Replace("{ref}", (await app.AlexAsksDanaAsync()).Reference, StringComparison.Ordinal);
        }

        var client = await app.ClientAsync(who);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = contentType is null ? null : new(contentType);
        }

        using var response = await client.SendAsync(request);
        return await response.ReadProblemAsync();
    }
}
