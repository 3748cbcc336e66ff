using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LeaveBlazor.Tests.Browser;

/// <summary>
/// Through HAProxy to two instances on one PostgreSQL database: the admin makes a calendar feed in a browser held by one
/// instance, the feed's address answers through the proxy, and a browser held by the other instance sees it made.
/// Then the deployment stops on SIGTERM and leaves nothing listening.
/// </summary>
[Collection(Integration.LeaveAppCollection.Name)]
public sealed class ScaleOutJourney(ScaleOutDeployment deployment, Chromium chromium) : IClassFixture<ScaleOutDeployment>, IClassFixture<Chromium>
{
    private const string InstanceCookie = "LEAVEBLAZOR_INSTANCE";

    [Fact]
    public async Task What_the_admin_makes_on_one_instance_the_other_shows_and_the_deployment_stops_cleanly()
    {
        var (onA, instanceA) = await SignedInOnAnInstanceAsync(except: null);
        var (onB, instanceB) = await SignedInOnAnInstanceAsync(except: instanceA);

        await onA.GoToInteractiveAsync("/calendar-feeds");
        await onA.Locator("[data-testid=create-personal]").ClickAsync();
        var url = await onA.Locator("input[data-testid=feed-url-personal]").InputValueAsync();
        using var calendarApp = new HttpClient();
        using var feed = await calendarApp.GetAsync(url);
        await onB.GoToInteractiveAsync("/calendar-feeds");

        await Expect(onB.Locator("[data-testid=feed-made-personal]")).ToBeVisibleAsync();
        Assert.NotEqual(instanceA, instanceB);
        Assert.Equal((HttpStatusCode.OK, "text/calendar"), (feed.StatusCode, feed.Content.Headers.ContentType?.MediaType));
        Assert.StartsWith(deployment.ProxyUrl.ToString().TrimEnd('/'), url, StringComparison.Ordinal);

        await deployment.StopAsync();
        Assert.True(deployment.StoppedWithinBound, "deploy/scale-out/run did not stop within a minute of SIGTERM.");
        Assert.False(await ListensAsync(deployment.ProxyUrl), "HAProxy still listens after the deployment stopped.");
    }

    /// <summary>A new browser, signed in as the admin, held by an instance other than <paramref name="except"/> (HAProxy deals new visitors round robin).</summary>
    private async Task<(IPage Page, string Instance)> SignedInOnAnInstanceAsync(string? except)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = deployment.ProxyUrl.ToString() });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/Account/Login");
            var instance = (await context.CookiesAsync()).SingleOrDefault(c => c.Name == InstanceCookie)?.Value;
            if (instance is not null && instance != except)
            {
                await page.Locator("#email").FillAsync(ScaleOutDeployment.AdminEmail);
                await page.Locator("#password").FillAsync(ScaleOutDeployment.AdminPassword);
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
                await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase));
                return (page, instance);
            }

            await context.CloseAsync();
        }

        throw new InvalidOperationException($"Four new browsers in a row were not given an instance other than '{except}'.");
    }

    private static async Task<bool> ListensAsync(Uri url)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(url.Host, url.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
