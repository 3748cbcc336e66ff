using System.Net;
using System.Text;
using LeaveBlazor.Core.Leave;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>Dana names Ada to stand in for her from a script; Ada decides on her behalf; bad periods and people are refused.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class DelegationByApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private DateOnly Today => app.Services.GetRequiredService<LeaveClock>().Today;

    [Fact]
    public async Task Dana_names_Ada_who_decides_on_her_behalf_until_Dana_ends_it()
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        var ada = await app.ClientAsync(LeaveApp.AdminEmail);
        using var named = await dana.PutJsonAsync("/api/me/delegation", new { delegateEmail = LeaveApp.AdminEmail, from = Today, to = Today.AddDays(6) });
        var request = await app.AlexAsksDanaAsync();

        var inbox = await (await ada.GetAsync("/api/inbox")).ReadJsonAsync();
        using var approved = await ada.PostEmptyAsync($"/api/leave-requests/{request.Reference}/approve");
        using var ended = await dana.DeleteAsync("/api/me/delegation");
        using var read = await dana.GetAsync("/api/me/delegation");

        Assert.Equal((HttpStatusCode.OK, true, true, "Ada Admin on behalf of Dana Manager", HttpStatusCode.NoContent, HttpStatusCode.NotFound),
            (named.StatusCode, (await named.ReadJsonAsync()).GetProperty("inForceToday").GetBoolean(),
                inbox.ToString().Contains(request.Reference, StringComparison.Ordinal),
                (await approved.ReadJsonAsync()).GetProperty("decidedBy").GetString(), ended.StatusCode, read.StatusCode));
    }

    [Fact]
    public async Task Reading_returns_the_delegation_as_named()
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);
        (await dana.PutJsonAsync("/api/me/delegation", new { delegateEmail = LeaveApp.AdminEmail, whileOnLeave = true })).Dispose();

        var body = await (await dana.GetAsync("/api/me/delegation")).ReadJsonAsync();
        (await dana.DeleteAsync("/api/me/delegation")).Dispose();

        Assert.Equal(("Ada Admin", true, "Ada Admin stands in for you while you are on approved leave."),
            (body.GetProperty("delegateName").GetString(), body.GetProperty("whileOnLeave").GetBoolean(), body.GetProperty("description").GetString()));
    }

    [Theory]
    [InlineData("dana@leaveblazor.test", 0, 3, "delegateEmail", "You cannot stand in for yourself: choose another approver.")]
    [InlineData("sam@leaveblazor.test", 0, 3, "delegateEmail", "Sam Colleague does not approve leave: choose an approver, or ask an admin to let them approve.")]
    [InlineData("admin@leaveblazor.test", 5, 2, "to", "is before the first")]
    [InlineData("admin@leaveblazor.test", -5, -2, "to", "The period is already over")]
    [InlineData("admin@leaveblazor.test", 0, 400, "to", "A delegation lasts at most a year: choose an earlier last day.")]
    public async Task A_delegation_that_cannot_be_is_a_400_on_its_field(string email, int fromDays, int toDays, string field, string message)
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PutJsonAsync("/api/me/delegation", new { delegateEmail = email, from = Today.AddDays(fromDays), to = Today.AddDays(toDays) });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((400, true), (problem.Status, problem.Errors[field].Single().Contains(message, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Someone_who_does_not_approve_gets_a_403_saying_why()
    {
        var alex = await app.ClientAsync(LeaveApp.AlexEmail);

        using var response = await alex.PutJsonAsync("/api/me/delegation", new { delegateEmail = LeaveApp.DanaEmail, from = Today, to = Today.AddDays(2) });

        var problem = await response.ReadProblemAsync();
        Assert.Equal((403, "You do not approve leave, so there is nothing for a delegate to decide for you."), (problem.Status, problem.Detail));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_a_400_not_a_500()
    {
        var dana = await app.ClientAsync(LeaveApp.DanaEmail);

        using var response = await dana.PutAsync("/api/me/delegation",
            new StringContent("""{"delegateEmail":"admin@leaveblazor.test","from":"2027-02-30","to":"2027-03-02"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Ending_when_nobody_stands_in_is_a_404()
    {
        var ada = await app.ClientAsync(LeaveApp.AdminEmail);

        using var response = await ada.DeleteAsync("/api/me/delegation");

        Assert.Equal((404, "Nobody stands in for you: PUT /api/me/delegation to name someone."), ((int)response.StatusCode, (await response.ReadProblemAsync()).Detail));
    }
}
