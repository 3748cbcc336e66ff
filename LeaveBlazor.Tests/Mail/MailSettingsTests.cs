using System.Net;
using LeaveBlazor.Tests.Integration;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Mail;

/// <summary>Starts of the app with mail settings an operator might give.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class MailSettingsTests
{
    [Fact]
    public async Task Mailbox_does_not_exist_when_emails_go_to_an_smtp_server()
    {
        var response = await WithAppAsync(new() { ["Smtp:Host"] = "127.0.0.1" }, async app =>
            await (await app.SignedInAsync(LeaveApp.SamEmail)).GetAsync("/dev/mailbox"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Mailbox_does_not_exist_outside_development()
    {
        var response = await WithAppAsync(new() { ["environment"] = "Production" }, app =>
            app.CreateBrowser().GetAsync("/dev/mailbox"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Smtp:Port", "0", "Smtp:Port 0 must be between 1 and 65535")]
    [InlineData("Smtp:FromAddress", "leave desk", "Smtp:FromAddress 'leave desk' must be a plain email address")]
    [InlineData("Smtp:ClaimLeaseSeconds", "2", "Smtp:ClaimLeaseSeconds 2 must be between 6 and 3600")]
    [InlineData("Smtp:OutcomeGroupSize", "0", "Smtp:OutcomeGroupSize 0 must be between 1 and 1000")]
    [InlineData("Smtp:OutcomeGroupMilliseconds", "-1", "Smtp:OutcomeGroupMilliseconds -1 must be between 0 and 10000")]
    [InlineData("App:PublicBaseUrl", "leave.example.com", "App:PublicBaseUrl 'leave.example.com' must be an absolute http(s) address")]
    public async Task Invalid_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => WithAppAsync(new() { [key] = value }, _ => Task.FromResult(0)));

        Assert.Contains(refused.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    private static async Task<T> WithAppAsync<T>(Dictionary<string, string?> settings, Func<MailboxApp, Task<T>> use)
    {
        var app = new MailboxApp(settings);
        try
        {
            await app.InitializeAsync();
            return await use(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
