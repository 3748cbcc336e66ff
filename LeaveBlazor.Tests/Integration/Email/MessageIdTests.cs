namespace LeaveBlazor.Tests.Integration.Email;

[Collection(LeaveAppCollection.Name)]
public sealed class MessageIdTests(EmailApp app) : MessageIds<EmailApp>(app);

[Collection(LeaveAppCollection.Name)]
public sealed class MessageIdOnPostgreSqlTests(EmailAppOnPostgreSql app) : MessageIds<EmailAppOnPostgreSql>(app);

/// <summary>Each email leaves with a Message-ID made from its outbox row's key, so a rare re-send is recognisable as the same email.</summary>
public abstract class MessageIds<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EmailApp
{
    [Fact]
    public async Task Every_email_carries_the_message_id_of_its_outbox_row()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        await app.ApproveInInboxAsync(request, "Enjoy the break");

        var emails = await app.EmailsAboutAsync(request, count: 3);

        var rows = await app.OutboxAsync(request);
        Assert.Equal(
            rows.Select(row => $"<outbox-{row.Key:N}@leave.maildev.test>").Order(),
            emails.Select(email => email.MessageId).Order());
    }
}
