using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using MimeKit;
using static LeaveBlazor.Tests.Core.Feeds.CalendarFeedText;
using static LeaveBlazor.Tests.Integration.LeaveApp;

namespace LeaveBlazor.Tests.Integration.Email;

/// <summary>The approval email as Alex's mail client receives it over SMTP: the leave attached as an .ics a calendar reads.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class CalendarAttachmentEmailTests(EmailApp app) : IClassFixture<EmailApp>
{
    [Fact]
    public async Task Approval_email_carries_the_leave_as_an_ics_file_a_calendar_reads()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        await app.ApproveInInboxAsync(request);
        var email = await app.EmailAsync(request, AlexEmail, "was approved");

        var attachment = await AttachmentAsync(email);

        var leave = Assert.Single(Events(await TextOf(attachment)));
        Assert.Equal(($"leave-{request.Reference}.ics", "text/calendar", "PUBLISH", "utf-8"),
            (attachment.FileName, attachment.ContentType.MimeType, attachment.ContentType.Parameters["method"], attachment.ContentType.Charset));
        Assert.Equal((LeaveOnCalendar.Uid(request.Id), "CONFIRMED", request.FirstDay), (leave.Uid, leave.Status, DateOnly.FromDateTime(leave.DtStart!.Value)));
    }

    [Fact]
    public async Task Rejection_email_has_no_attachment()
    {
        var request = await app.AlexAsksAndIsEmailedAsync();
        await app.RejectInInboxAsync(request, "Launch week");
        var email = await app.EmailAsync(request, AlexEmail, "was rejected");

        using var source = await app.MailServer.SourceAsync(email);

        Assert.Empty((await MimeMessage.LoadAsync(source)).Attachments);
    }

    private async Task<MimePart> AttachmentAsync(ReceivedEmail email)
    {
        using var source = await app.MailServer.SourceAsync(email);
        var message = await MimeMessage.LoadAsync(source);
        return Assert.IsType<MimePart>(Assert.Single(message.Attachments), exactMatch: false);
    }

    private static async Task<string> TextOf(MimePart attachment)
    {
        using var decoded = new MemoryStream();
        await Assert.IsType<MimeContent>(attachment.Content).DecodeToAsync(decoded);
        return System.Text.Encoding.UTF8.GetString(decoded.ToArray());
    }
}
