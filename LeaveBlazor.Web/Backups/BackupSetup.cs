using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Api;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Backups;

public static class BackupSetup
{
    /// <summary>Copies of the app database: the <c>Backup</c> settings (checked at start) and the operation; the job is registered with the others in Jobs/.</summary>
    public static WebApplicationBuilder AddLeaveBackups(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<BackupOptions>(builder.Configuration, BackupOptions.Section, backup => backup.Problems());
        builder.Services.AddSettingsProblems<BackupOptions>(backup => CronSchedule.Problems("Backup:Cron", backup.Cron));
        builder.Services.AddSingleton<BackupGate>();
        builder.Services.AddScoped<DatabaseBackups>();
        builder.Services.AddScoped<BackupJob>();
        return builder;
    }

    /// <summary><c>/api/admin/backups</c>: list the copies, or take one now; admins only.</summary>
    public static WebApplication MapLeaveBackups(this WebApplication app)
    {
        var backups = app.MapGroup("/api/admin/backups")
            .WithTags("Backups")
            .RequireAuthorization(ApiAccess.Admins)
            .AddEndpointFilter<LeaveRuleProblems>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        backups.MapGet("/", (DatabaseBackups copies) => copies.List().Select(BackupListItem.From).ToArray())
            .WithName("Backups")
            .WithSummary("List the copies of the database, newest first");
        backups.MapPost("/", TakeAsync)
            .WithName("BackUpNow")
            .WithSummary("Take a copy of the database now")
            .WithDescription("Copies the database while the app runs, into Backup:Folder, and deletes the oldest beyond Backup:Keep.");
        return app;
    }

    private static async Task<Ok<BackupListItem>> TakeAsync(ApiCaller caller, DatabaseBackups backups, CancellationToken cancellationToken)
    {
        var taken = await backups.TakeAsync(new Actor(caller.Employee.Id, caller.Employee.DisplayName), cancellationToken);
        return TypedResults.Ok(BackupListItem.From(taken));
    }
}

/// <summary>A copy of the database as the API shows it: its file name in the backup folder, size and moment.</summary>
public sealed record BackupListItem(string Name, long Bytes, DateTimeOffset TakenAt)
{
    public static BackupListItem From(BackupFile file) => new(file.Name, file.Bytes, file.TakenAt);
}
