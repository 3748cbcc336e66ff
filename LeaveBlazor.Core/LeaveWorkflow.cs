using LeaveBlazor.Core.Audit;
using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Calendars;
using LeaveBlazor.Core.Decisions;
using LeaveBlazor.Core.Feeds;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Notifications;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Reminders;
using LeaveBlazor.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeaveBlazor.Core;

/// <summary>Registers the leave operations; the host adds the database and the options.</summary>
public static class LeaveWorkflow
{
    public static IServiceCollection AddLeaveWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LeaveClock>();
        services.AddOptions();
        services.AddLogging();
        services.AddSingleton<LeaveRequestRules>();
        services.AddSingleton<LeaveEmails>();
        services.AddSingleton<LeaveTaken>();
        services.AddSingleton<LeaveConsequences>();
        services.AddSingleton<LeaveBalances>();
        services.AddSingleton<TeamAway>();
        services.AddSingleton<TeamCalendar>();
        services.AddScoped<IRequesterBalances>(provider => provider.GetRequiredService<LeaveBalances>());
        services.AddScoped<AdjustBalance>();
        services.AddScoped<PayrollExports>();
        services.AddScoped<YearEnd>();
        services.AddScoped<DecideByLink>();
        services.AddScoped<IssueDecisionLinks>();
        services.AddScoped<SendDueReminders>();
        services.AddScoped<SubmitLeaveRequest>();
        services.AddScoped<DecideLeaveRequest>();
        services.AddScoped<DelegateApprovals>();
        services.AddScoped<CancelLeaveRequest>();
        services.AddScoped<CancelApprovedLeave>();
        services.AddSingleton<HandOverPendingRequests>();
        services.AddScoped<LeaveRequestQueries>();
        services.AddScoped<EmployeeDirectory>();
        services.AddSingleton<PublicHolidayCache>();
        services.AddSingleton<WorkingCalendars>();
        services.AddScoped<HolidayList>();
        services.AddScoped<PrepareWorkingCalendars>();
        services.AddScoped<ManageCompanyDays>();
        services.AddSingleton<AuditList>();
        services.AddSingleton<CalendarFeeds>();
        services.AddScoped<LeavePolicies>();
        services.AddScoped<ChangeLeavePolicies>();
        services.AddScoped<SeedLeavePolicies>();
        return services;
    }
}
