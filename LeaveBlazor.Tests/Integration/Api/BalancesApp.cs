using System.Net.Http.Headers;
using System.Net.Http.Json;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using LeaveBlazor.Tests.Jobs;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// The real app on a fake clock (<see cref="DecisionLinkApp"/>, 30 Nov 2026) called as scripts would, where each test
/// makes a person of its own reporting to Dana, so its balances hold exactly what the test did.
/// </summary>
public sealed class BalancesApp : DecisionLinkApp
{
    public const string Password = AccountSeeding.DemoPassword;

    public int Year => Today.Year;

    public DateOnly Today => Services.GetRequiredService<LeaveClock>().Today;

    /// <summary>A client signed in as <paramref name="email"/> by bearer token.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        using var signIn = CreateClient();
        using var response = await signIn.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.ReadJsonAsync()).GetProperty("accessToken").GetString();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A new person with a sign-in, reporting to Dana, whose allowances for this year the year-end job (run through
    /// Hangfire, so never beside another run) has granted. Returns their email address.
    /// </summary>
    public async Task<string> NewPersonAsync(string displayName = "Nia Newcomer")
    {
        var dana = await EmployeeAsync(DanaEmail);
        var email = $"nia-{Guid.NewGuid():N}"[..12] + "@example.test";
        await InScopeAsync<UserAccounts, string>(accounts => accounts.CreateAsync(new UserDraft(email, displayName, dana.Id, [], Password), Actor.App));
        var run = await Services.RunRecurringJobAsync(YearEndJob.Name);
        return run == "Succeeded" ? email : throw new InvalidOperationException($"The year-end run ended {run}.");
    }

    /// <summary>A new approver (not anyone's manager) with a sign-in; returns their email address.</summary>
    public async Task<string> NewApproverAsync()
    {
        var email = $"ola-{Guid.NewGuid():N}"[..12] + "@example.test";
        await InScopeAsync<UserAccounts, string>(accounts => accounts.CreateAsync(new UserDraft(email, "Ola Approver", null, [Roles.Approver], Password), Actor.App));
        return email;
    }

    /// <summary>The first two working days two weeks ahead, as the test people's calendar has them (the same year on this clock).</summary>
    public (DateOnly First, DateOnly Second) TwoWorkingDays()
    {
        var first = WorkingDayInTwoWeeks();
        return (first, WorkingDayFrom(first.AddDays(1)));
    }

    /// <summary>The person asks for leave by API (of their manager, Dana, unless <paramref name="approverEmail"/> names another) and gets its reference; Dana approves it when <paramref name="approve"/>.</summary>
    public async Task<string> TakesLeaveAsync(string email, DateOnly first, DateOnly last, bool approve = true, string? approverEmail = null)
    {
        var person = await ClientAsync(email);
        using var submitted = await person.PostJsonAsync("/api/leave-requests",
            new { type = "Annual", firstDay = Iso(first), lastDay = Iso(last), reason = "Winter break", approverEmail });
        submitted.EnsureSuccessStatusCode();
        var reference = (await submitted.ReadJsonAsync()).GetProperty("ref").GetString()!;
        if (approve)
        {
            var dana = await ClientAsync(DanaEmail);
            using var approved = await dana.PostJsonAsync($"/api/leave-requests/{reference}/approve", new { comment = "Enjoy" });
            approved.EnsureSuccessStatusCode();
        }

        return reference;
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
