using Microsoft.Extensions.Options;
using MimeKit;

namespace LeaveBlazor.Web.Mail;

/// <summary>Writes each email as <c>&lt;key&gt;.eml</c> into the pickup folder: the embedded default, when no SMTP host is set.</summary>
public sealed class PickupFolderTransport(IOptions<MailOptions> options) : IMailTransport
{
    public static string FileName(Guid key) => $"{key:N}.eml";

    public async Task SendAsync(MimeMessage message, Guid key, CancellationToken cancellationToken)
    {
        var folder = options.Value.PickupFolder;
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName(key));

        // Written aside and moved in, so the Mailbox page (or a mail tool watching the folder) never reads half a file.
        var partial = file + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
