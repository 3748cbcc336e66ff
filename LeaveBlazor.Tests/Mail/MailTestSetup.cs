using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Data.PostgreSql;
using LeaveBlazor.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Tests.Mail;

/// <summary>Dispatch runs against a test database, as the app's background service runs them: a fresh scope each.</summary>
public static class MailTestSetup
{
    /// <summary>Sending to a local server as the app would with <c>Smtp:Host=127.0.0.1</c> and <c>Smtp:Security=None</c>.</summary>
    public static MailOptions Smtp(int port) => new() { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None };

    /// <summary>Writing .eml files to a folder of the test database's own.</summary>
    public static MailOptions Pickup(LeaveTestDatabase database) => new() { PickupFolder = Path.Combine(database.Folder, "mail-pickup") };

    /// <summary>
    /// One dispatch run in <paramref name="process"/> (by default a new one: another app instance), through
    /// <paramref name="gate"/>, which stands for that process's one-pass-at-a-time gate.
    /// </summary>
    public static async Task<DispatchReport> DispatchAsync(
        this LeaveTestDatabase database, MailOptions mail, OutboxDispatchGate? gate = null, ThisDispatcher? process = null, CancellationToken cancellationToken = default)
    {
        await using var scope = database.CreateScope();
        await using IMailTransport transport = mail.UsesSmtp
            ? new SmtpMailTransport(Options.Create(mail), NullLogger<SmtpMailTransport>.Instance)
            : new PickupFolderTransport(Options.Create(mail));
        var dispatcher = new OutboxDispatcher(
            scope.ServiceProvider.GetRequiredService<LeaveDbContext>(),
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<LeaveDbContext>>(),
            scope.ServiceProvider.GetRequiredService<IssueDecisionLinks>(),
            transport,
            database.PostgreSqlDatabase is null ? new OutboxClaimsByConditionalUpdate() : new OutboxClaimsSkippingLocked(),
            gate ?? new OutboxDispatchGate(),
            process ?? new ThisDispatcher(),
            Options.Create(mail),
            database.Time,
            NullLogger<OutboxDispatcher>.Instance);
        return await dispatcher.DispatchAsync(cancellationToken);
    }

    /// <summary>Adds <paramref name="count"/> emails to the outbox in one save, oldest first.</summary>
    public static Task<List<OutboxMessage>> QueueEmailsAsync(this LeaveTestDatabase database, int count)
    {
        var messages = Enumerable.Range(1, count)
            .Select(i => new OutboxMessage(EmailKind.SubmissionReceipt, null, $"person{i}@example.test", $"Person {i}", $"Subject {i}", "<p>Hello</p>", "Hello", database.Time.GetUtcNow()))
            .ToList();
        return database.InScopeAsync<LeaveDbContext, List<OutboxMessage>>(async db =>
        {
            db.Outbox.AddRange(messages);
            await db.SaveChangesAsync();
            return messages;
        });
    }

    /// <summary>Adds an email to the outbox directly, as a change would.</summary>
    public static Task<OutboxMessage> QueueEmailAsync(this LeaveTestDatabase database, string toAddress, string toName = "Someone")
    {
        var message = new OutboxMessage(EmailKind.SubmissionReceipt, null, toAddress, toName, "A subject", "<p>Hello</p>", "Hello", database.Time.GetUtcNow());
        return database.InScopeAsync<LeaveDbContext, OutboxMessage>(async db =>
        {
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message;
        });
    }
}
