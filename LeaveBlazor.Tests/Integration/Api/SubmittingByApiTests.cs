using System.Net;

namespace LeaveBlazor.Tests.Integration.Api;

[Collection(LeaveAppCollection.Name)]
public sealed class SubmittingByApiTests(ApiApp app) : SubmittingByApi<ApiApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class SubmittingByApiOnPostgreSqlTests(ApiAppOnPostgreSql app) : SubmittingByApi<ApiAppOnPostgreSql>(app);

/// <summary><c>POST /api/leave-requests</c>: asking for leave from a script, with Core's rules and messages.</summary>
public abstract class SubmittingByApi<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ApiApp
{
    [Fact]
    public async Task Submission_answers_201_with_the_new_requests_location()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        var reference = (await response.ReadJsonAsync()).GetProperty("ref").GetString();
        Assert.Equal((HttpStatusCode.Created, $"/api/leave-requests/{reference}"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task Submission_answers_status_reference_id_state_and_working_days()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        var body = await response.ReadJsonAsync();
        Assert.Equal(
            ("Leave request submitted", true, true, "Pending", 1m),
            (body.GetProperty("status").GetString(), body.GetProperty("ref").GetString()!.StartsWith("LR-", StringComparison.Ordinal),
                body.GetProperty("id").TryGetGuid(out _), body.GetProperty("state").GetString(), body.GetProperty("workingDays").GetDecimal()));
    }

    [Fact]
    public async Task Half_day_counts_half_a_working_day()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("halfDayStart", true)));

        Assert.Equal(0.5m, (await response.ReadJsonAsync()).GetProperty("workingDays").GetDecimal());
    }

    [Fact]
    public async Task Approver_defaults_to_the_requesters_manager()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        using var submitted = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        var request = await (await alex.GetAsync(submitted.Headers.Location)).ReadJsonAsync();

        Assert.Equal(LeaveApp.DanaEmail, request.GetProperty("approver").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Approver_email_is_found_whatever_its_case()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);
        using var submitted = await admin.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", "DANA@LeaveBlazor.test")));

        var request = await (await admin.GetAsync(submitted.Headers.Location)).ReadJsonAsync();

        Assert.Equal(LeaveApp.DanaEmail, request.GetProperty("approver").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Submission_is_recorded_as_made_through_the_api()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        using var submitted = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        var history = (await (await alex.GetAsync(submitted.Headers.Location)).ReadJsonAsync()).GetProperty("history");

        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal(("Submitted", "Alex Employee", "Api", "Dentist"),
            (entry.GetProperty("what").GetString(), entry.GetProperty("who").GetString(), entry.GetProperty("channel").GetString(), entry.GetProperty("comment").GetString()));
    }

    [Fact]
    public async Task Unknown_approver_email_is_an_error_on_approverEmail()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", "nobody@leaveblazor.test")));

        var problem = await response.ReadProblemAsync();
        Assert.Equal((400, "nobody@leaveblazor.test is not an approver you can ask: give your manager's email or an approver's, or leave it out to ask your manager."),
            (problem.Status, problem.ErrorFor("approverEmail")));
    }

    [Fact]
    public async Task Employee_who_is_not_an_approver_cannot_be_asked()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", LeaveApp.SamEmail)));

        Assert.Single((await response.ReadProblemAsync()).ErrorsFor("approverEmail"));
    }

    [Fact]
    public async Task Unknown_approver_is_reported_with_the_other_fields_problems()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", "nobody@leaveblazor.test"), ("type", "Holiday")));

        Assert.Equal(["approverEmail", "type"], (await response.ReadProblemAsync()).Errors.Keys.Order());
    }

    [Fact]
    public async Task Own_email_as_approver_gets_Cores_message()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", LeaveApp.AlexEmail)));

        Assert.Equal(["You cannot approve your own leave: choose someone else."], (await response.ReadProblemAsync()).ErrorsFor("approverEmail"));
    }

    [Fact]
    public async Task Person_without_a_manager_must_name_an_approver()
    {
        var admin = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await admin.PostJsonAsync("/api/leave-requests", app.NewRequestBody());

        Assert.Equal(["Choose who should approve this request."], (await response.ReadProblemAsync()).ErrorsFor("approverEmail"));
    }

    [Fact]
    public async Task Overlapping_leave_is_refused_naming_the_other_request()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        var body = app.NewRequestBody();
        using var first = await alex.PostJsonAsync("/api/leave-requests", body);
        var reference = (await first.ReadJsonAsync()).GetProperty("ref").GetString()!;

        using var second = await alex.PostJsonAsync("/api/leave-requests", body);

        Assert.Contains(reference, Assert.Single((await second.ReadProblemAsync()).ErrorsFor("dates")));
    }

    [Fact]
    public async Task Validation_problem_lists_every_field_under_its_json_name()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", new { reason = new string('x', 501) });

        Assert.Equal(["firstDay", "lastDay", "reason", "type"], (await response.ReadProblemAsync()).Errors.Keys.Order());
    }

    [Fact]
    public async Task Validation_problem_details_repeat_the_messages()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("type", "Holiday")));

        var problem = await response.ReadProblemAsync();
        Assert.Equal(("application/problem+json", "'Holiday' is not a leave type here. Choose one of: Annual, Sick, Unpaid, Other."),
            (problem.ContentType, problem.Detail));
    }

    [Fact]
    public async Task Refused_submission_saves_nothing()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);
        var before = (await (await alex.GetAsync("/api/leave-requests")).ReadJsonAsync()).GetArrayLength();

        (await alex.PostJsonAsync("/api/leave-requests", app.NewRequestBody(("approverEmail", "nobody@leaveblazor.test")))).Dispose();

        Assert.Equal(before, (await (await alex.GetAsync("/api/leave-requests")).ReadJsonAsync()).GetArrayLength());
    }
}
