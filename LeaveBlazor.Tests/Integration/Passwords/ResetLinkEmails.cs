using System.Text.RegularExpressions;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LeaveBlazor.Tests.Integration.Passwords;

/// <summary>The reset emails the app queued in its outbox, and the link in them as a person would click it.</summary>
public static class ResetLinkEmails
{
    public static async Task<List<OutboxMessage>> ResetEmailsToAsync(this LeaveApp app, string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LeaveDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(m => m.ToAddress == email && m.Kind == EmailKind.PasswordReset).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>
    /// The link's path and query, to open on the test server, from the email as it left (the outbox keeps only a
    /// placeholder): sends what is due, then reads the sent copy in the pickup folder.
    /// </summary>
    public static async Task<string> LinkInAsync(this LeaveApp app, OutboxMessage email)
    {
        await app.InScopeAsync<OutboxDispatcher, DispatchReport>(dispatcher => dispatcher.DispatchAsync());
        var sent = await MimeMessage.LoadAsync(Path.Combine(app.PickupFolder, PickupFolderTransport.FileName(email.Key)));
        return Regex.Match(sent.TextBody ?? "", @"http://localhost:5289(/Account/ResetPassword\?\S+)").Groups[1].Value is { Length: > 0 } path
            ? path
            : throw new InvalidOperationException("The email has no reset link.");
    }

    public static Task<HttpResponseMessage> AskForResetLinkAsync(this HttpClient browser, string email) =>
        browser.FillInAndPostAsync("/Account/ForgotPassword", new() { ["Input.Email"] = email });

    public static Task<HttpResponseMessage> SetNewPasswordAsync(this HttpClient browser, string link, string password) =>
        browser.FillInAndPostAsync(link, new() { ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password });
}
