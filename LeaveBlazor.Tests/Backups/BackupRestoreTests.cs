using System.Net.Http.Json;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Backups;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Backups;

/// <summary>
/// A backup taken through the admin API while the app runs (its dispatcher writing the outbox meanwhile), put back as
/// the README says (the copy becomes the database file of a fresh app), holds everything written before it.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_taken_while_the_app_runs_restores_into_a_fresh_app_with_every_request_history_line_and_email()
    {
        var running = new LeaveApp();
        var restored = new LeaveApp();
        try
        {
            await running.InitializeAsync();
            await SubmitAndDecideAsync(running);
            var written = await RowsAsync(running);

            var admin = await running.SignedInAsync(LeaveApp.AdminEmail);
            using var response = await admin.PostAsync("/api/admin/backups", content: null);
            response.EnsureSuccessStatusCode();
            var taken = await response.Content.ReadFromJsonAsync<BackupListItem>() ?? throw new InvalidOperationException("No backup in the answer.");

            Directory.CreateDirectory(restored.Folder);
            File.Copy(Path.Combine(running.BackupFolder, taken.Name), restored.DatabaseFile);
            await restored.InitializeAsync();

            Assert.Equal(written, await RowsAsync(restored));
        }
        finally
        {
            await Restart.DisposeAsync(restored, running);
        }
    }

    /// <summary>Alex asks for three days off, a week or so apart (a holiday moves one on); Dana approves one and rejects another: requests, history lines and emails.</summary>
    private static async Task SubmitAndDecideAsync(LeaveApp app)
    {
        var alex = await app.EmployeeAsync(LeaveApp.AlexEmail);
        var dana = await app.EmployeeAsync(LeaveApp.DanaEmail);
        var requests = new List<LeaveRequest>();
        var day = app.WorkingDayInTwoWeeks();
        for (var i = 0; i < 3; i++, day = app.WorkingDayFrom(day.AddDays(7)))
        {
            requests.Add(await app.InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(alex.Id, LeaveInput.Annual(day, approverId: dana.Id), LeaveChannel.Web)));
        }

        var approver = new Actor(dana.Id, dana.DisplayName);
        await app.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.ApproveAsync(requests[0].Id, approver, "Enjoy", LeaveChannel.Web));
        await app.InScopeAsync<DecideLeaveRequest, LeaveRequest>(decide => decide.RejectAsync(requests[1].Id, approver, "Busy week", LeaveChannel.Web));
    }

    /// <summary>What identifies each request, history line and email (their states may move on: the dispatcher keeps sending).</summary>
    private static async Task<string> RowsAsync(LeaveApp app) =>
        await app.InScopeAsync<LeaveDbContext, string>(async db =>
        {
            var requests = await db.LeaveRequests.AsNoTracking().OrderBy(r => r.Reference).Select(r => r.Reference).ToListAsync();
            var history = await db.LeaveRequests.AsNoTracking().SelectMany(r => r.History).OrderBy(h => h.Id).Select(h => $"{h.Id} {h.Kind}").ToListAsync();
            var emails = await db.Outbox.AsNoTracking().OrderBy(m => m.Id).Select(m => $"{m.Id} {m.Key} {m.Kind}").ToListAsync();
            return requests.Count == 0 || history.Count == 0 || emails.Count == 0
                ? throw new InvalidOperationException("Nothing was written to back up.")
                : string.Join('\n', [.. requests, .. history, .. emails]);
        });
}
