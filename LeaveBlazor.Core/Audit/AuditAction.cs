namespace LeaveBlazor.Core.Audit;

/// <summary>What an admin (or the app at start-up) did that the audit list keeps.</summary>
public enum AuditAction
{
    AccountCreated,
    AccountChanged,
    RolesChanged,
    AccountDeactivated,
    AccountReactivated,
    EmailRetried,
    SettingChanged,
    BackupTaken,
    ResetLinkSent,
    TwoFactorTurnedOff,
    LeaveTypeCreated,
    LeaveTypeChanged,
    LeaveTypeRetired,
    LeaveTypeReactivated,
    CompanyDayAdded,
    CompanyDayChanged,
    CompanyDayRemoved,
    PeopleImported,
    BalanceAdjusted,
}
