using LeaveBlazor.Web.Api;
using LeaveBlazor.Web.Backups;
using LeaveBlazor.Web.Components;
using LeaveBlazor.Web.Components.Layout;
using LeaveBlazor.Web.Data;
using LeaveBlazor.Web.Decisions;
using LeaveBlazor.Web.Feeds;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Jobs;
using LeaveBlazor.Web.Mail;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync();
}

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddTopLevelSettings();
    builder.AddLeaveStaticAssets();
    builder.AddDecisionTokenRedaction();
    builder.AddKnownProxies();
    builder.AddSecurityHeaders();
    builder.AddLeaveData();
    builder.AddAppCulture();
    builder.AddLeaveIdentity();
    builder.AddLeaveMail();
    builder.AddLeaveJobs();
    builder.AddLeaveBackups();
    builder.AddRequestLimits();
    builder.AddDecisionLinkRateLimit();
    builder.AddCalendarFeedRateLimit();
    builder.AddLeaveApi();
    builder.AddInteractivePages();

    // At the bottom: at the top right a snackbar covered the buttons pages keep there (Back up now, the mailbox's Refresh).
    builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);
    builder.Services.AddThemeStylesheet();

    var app = builder.Build();

    // First, so that whatever the mapping below opens (Hangfire's storage, for its dashboard) finds the database there.
    await app.MigrateLeaveDatabaseAsync();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }

    app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
    app.UseOversizedRequestAnswers();
    app.UseRateLimiter();
    app.UseAntiforgery();
    app.UseOutputCache();
    app.MapStaticAssets();
    app.MapThemeStylesheet();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapAccountEndpoints();
    app.MapLeaveJobs();
    app.MapLeaveApi();
    app.MapCalendarFeeds();
    app.MapLeaveBackups();

    await app.SeedAccountsAsync();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException refused) when (!StartRefusal.InTestHost)
{
    // A setting an operator got wrong: one line each, naming the setting and what to write, rather than a stack trace.
    return StartRefusal.Report(refused);
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
