using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>
/// The real app (<see cref="LeaveApp"/>) called as a script would: bearer tokens from <c>POST /api/auth/login</c> for the
/// demo people, and leave days that never overlap, so each test asks for leave no other test of the class asked for.
/// </summary>
public class ApiApp : LeaveApp
{
    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>Tests of this app hand out a fresh day each: over a class they ask for more than a year's allowance.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LetAnnualLeaveRunBelowZeroAsync();
    }

    /// <summary>A client with <paramref name="email"/>'s bearer token, or with none when it is null.</summary>
    public async Task<HttpClient> ClientAsync(string? email, string password = AccountSeeding.DemoPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (email is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, password));
        }

        return client;
    }

    public async Task<string> TokenAsync(string email, string password = AccountSeeding.DemoPassword)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            _tokens[email] = token = (await SignInAsync(email, password)).GetProperty("accessToken").GetString()!;
        }

        return token;
    }

    /// <summary>The whole answer of a successful sign-in: accessToken, refreshToken, expiresIn.</summary>
    public async Task<JsonElement> SignInAsync(string email, string password = AccountSeeding.DemoPassword)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }


    /// <summary>Alex asks Dana for a day off through Core, as the pages would: the request every decision test starts from.</summary>
    public async Task<LeaveRequest> AlexAsksDanaAsync()
    {
        var alex = await EmployeeAsync(AlexEmail);
        var dana = await EmployeeAsync(DanaEmail);
        var day = NextFreeDay();
        return await InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            alex.Id, new NewLeaveRequest("Annual", day, day, false, false, "Family visit", dana.Id), LeaveChannel.Web));
    }

    /// <summary>A submission body for one free day, with the fields given overriding the defaults.</summary>
    public Dictionary<string, object?> NewRequestBody(params (string Field, object? Value)[] fields)
    {
        var day = NextFreeDay().ToString("yyyy-MM-dd");
        var body = new Dictionary<string, object?> { ["type"] = "Annual", ["firstDay"] = day, ["lastDay"] = day, ["reason"] = "Dentist" };
        foreach (var (field, value) in fields)
        {
            body[field] = value;
        }

        return body;
    }
}
