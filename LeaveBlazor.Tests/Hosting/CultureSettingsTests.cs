using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Mail;
using LeaveBlazor.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Hosting;

/// <summary>The <c>App:Culture</c> setting: a culture the machine knows, with the calendar leave dates are in.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CultureSettingsTests
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("sv-SE")]
    public void Gregorian_cultures_are_fine(string culture)
    {
        Assert.Empty(new CultureOptions { Culture = culture }.Problems());
    }

    [Theory]
    [InlineData("", "App:Culture must name a culture, such as en-GB, en-US or de-DE.")]
    [InlineData("english", "App:Culture 'english' is not a culture this machine knows")]
    [InlineData("xx-YY", "App:Culture 'xx-YY' is not a culture this machine knows")]
    [InlineData("th-TH", "App:Culture 'th-TH' counts years in its own calendar (ThaiBuddhistCalendar)")]
    public void Other_values_are_refused_naming_the_setting(string culture, string message)
    {
        Assert.StartsWith(message, Assert.Single(new CultureOptions { Culture = culture }.Problems()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_culture_stops_the_start()
    {
        var app = new MailboxApp(new Dictionary<string, string?> { ["App:Culture"] = "xx-YY" });
        try
        {
            var refused = await Assert.ThrowsAsync<OptionsValidationException>(app.InitializeAsync);

            Assert.Contains(refused.Failures, failure => failure.StartsWith("App:Culture 'xx-YY' is not a culture", StringComparison.Ordinal));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
