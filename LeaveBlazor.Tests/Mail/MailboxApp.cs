using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using LeaveBlazor.Tests.Integration;
using Microsoft.AspNetCore.Hosting;

namespace LeaveBlazor.Tests.Mail;

/// <summary>
/// The real app in Development writing emails to its pickup folder, with settings on top. The sweep is an hour
/// away unless a test says otherwise, so an email that arrives within seconds was sent by the after-commit signal.
/// </summary>
public class MailboxApp : LeaveApp
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public MailboxApp()
        : this(new Dictionary<string, string?>())
    {
    }

    public MailboxApp(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
    }

    /// <summary>Alex asks Dana for a day off two weeks ahead, through the app's own operation.</summary>
    public async Task<LeaveRequest> SubmitAsync()
    {
        var alex = await EmployeeAsync(AlexEmail);
        var dana = await EmployeeAsync(DanaEmail);
        var day = WorkingDayInTwoWeeks();
        return await InScopeAsync<SubmitLeaveRequest, LeaveRequest>(submit => submit.ExecuteAsync(
            alex.Id, new NewLeaveRequest("Annual", day, day, false, false, "Family visit", dana.Id), LeaveChannel.Web));
    }

    /// <summary>The .eml files in the pickup folder, once there are at least <paramref name="count"/> (10 s at most).</summary>
    public async Task<string[]> WrittenEmailsAsync(int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var files = Directory.Exists(PickupFolder) ? Directory.GetFiles(PickupFolder, "*.eml") : [];
            if (files.Length >= count || patience.IsCancellationRequested)
            {
                return files;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:SweepSeconds", "3600");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
