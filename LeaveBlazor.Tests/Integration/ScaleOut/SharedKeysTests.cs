using System.Net;
using System.Net.Http.Headers;
using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Identity.FirstStart;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.ScaleOut;

[Collection(LeaveAppCollection.Name)]
public sealed class SharedKeysTests(ApiApp first) : SharedKeys<ApiApp>(first);

[Collection(LeaveAppCollection.Name)]
public sealed class SharedKeysOnPostgreSqlTests(ApiAppOnPostgreSql first) : SharedKeys<ApiAppOnPostgreSql>(first);

/// <summary>
/// The Data Protection keys live in the database, under one application name: what one instance signed (a sign-in
/// cookie, a bearer token, the first start's setup link) another instance on the same database accepts.
/// </summary>
public abstract class SharedKeys<TApp>(TApp first) : IClassFixture<TApp>
    where TApp : ApiApp
{
    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_opens_the_inbox_on_another()
    {
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        await onFirst.SignInAsync(LeaveApp.DanaEmail, AccountSeeding.DemoPassword);
        await using var second = new SecondInstance(first);
        await second.InitializeAsync();
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        using var inbox = await onSecond.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task A_setup_link_logged_by_one_instance_opens_on_another()
    {
        var token = first.Services.GetRequiredService<SetupLink>().Open();
        await using var second = new SecondInstance(first);
        await second.InitializeAsync();

        var onSecond = second.Services.GetRequiredService<SetupLink>().Check(token);

        Assert.Equal(SetupLinkState.Open, onSecond.State);
    }

    [Fact]
    public async Task A_bearer_token_from_one_instance_is_accepted_by_another()
    {
        var token = await first.TokenAsync(LeaveApp.AlexEmail);
        await using var second = new SecondInstance(first);
        await second.InitializeAsync();
        using var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var balances = await onSecond.GetAsync("/api/me/balances");

        Assert.Equal(HttpStatusCode.OK, balances.StatusCode);
    }
}
