using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using static LeaveBlazor.Tests.Integration.LeaveApp;

namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>The SMTP server is down when Alex asks for leave, and comes back: nothing is lost, nothing goes twice.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class MailServerOutageTests(MailServerOutage outage) : IClassFixture<MailServerOutage>
{
    [Fact]
    public void Request_made_while_the_mail_server_is_down_is_saved()
    {
        Assert.Equal(LeaveStatus.Pending, outage.StatusDuringOutage);
    }

    [Fact]
    public void Emails_that_could_not_be_sent_wait_in_the_outbox_with_the_error()
    {
        NonEmpty.All(outage.OutboxDuringOutage, row => Assert.Equal(
            (OutboxState.Pending, true),
            (row.State, row.LastError?.Contains("Connection refused", StringComparison.Ordinal))));
    }

    [Fact]
    public void Emails_held_up_by_the_outage_arrive_once_each_when_the_server_is_back()
    {
        var copiesByMessageId = outage.EmailsAfterwards
            .GroupBy(email => email.MessageId)
            .Select(copies => (copies.First().To[0].Address, Copies: copies.Count()))
            .Order();

        Assert.Equal([(AlexEmail, 1), (DanaEmail, 1)], copiesByMessageId);
    }

    [Fact]
    public void Emails_held_up_by_the_outage_are_marked_sent_once_delivered()
    {
        Assert.Equal([OutboxState.Sent, OutboxState.Sent], outage.OutboxAfterwards.Select(row => row.State));
    }
}
