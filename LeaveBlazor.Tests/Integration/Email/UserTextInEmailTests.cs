using LeaveBlazor.Tests.Support;
namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>Markup that Alex types into the reason reaches mail clients as text, never as markup.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class UserTextInEmailTests(EmailApp app) : IClassFixture<EmailApp>
{
    private const string ReasonWithMarkup = "<b>visit</b> & <script>";

    [Fact]
    public async Task Markup_in_the_reason_arrives_encoded_in_the_html_body()
    {
        var request = await app.AlexSubmitsAsync(ReasonWithMarkup);

        var emails = await app.EmailsAboutAsync(request, count: 2);

        NonEmpty.All(emails, email => Assert.Equal(
            (true, false),
            (email.Html?.Contains("&lt;b&gt;visit&lt;/b&gt; &amp; &lt;script&gt;", StringComparison.Ordinal), email.Html?.Contains("<script>", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Markup_in_the_reason_arrives_as_typed_in_the_text_part()
    {
        var request = await app.AlexSubmitsAsync(ReasonWithMarkup);

        var emails = await app.EmailsAboutAsync(request, count: 2);

        NonEmpty.All(emails, email => Assert.Contains($"Reason:       {ReasonWithMarkup}", email.Text, StringComparison.Ordinal));
    }
}
