using System.Globalization;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Bench.Infra;

/// <summary>The bench's people: one approver, and employees whose manager (so default approver) they are.</summary>
public sealed record People(string ApproverId, string ApproverEmail, IReadOnlyList<string> EmployeeEmails)
{
    public const string Password = "Bench-password-1";

    /// <summary>Creates the database as the app would, with the bench's people; returns them and the calendar they all work to.</summary>
    public static async Task<(People People, WorkingDayCalendar Calendar)> PrepareAsync(BenchDatabase database, int employees)
    {
        await using var app = await InProcessApp.OpenAsync(database);
        var people = await CreateAsync(app, employees);
        await app.AllowAnnualLeaveOnEveryDayAsync();
        return (people, app.StandardCalendar());
    }

    public static async Task<People> CreateAsync(InProcessApp app, int employees)
    {
        const string approverEmail = "boss@bench.test";
        var approverId = await app.CreatePersonAsync(approverEmail, "Bea Boss", null, Roles.Approver);
        var emails = new List<string>();
        for (var i = 0; i < employees; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"employee{i:000}@bench.test");
            await app.CreatePersonAsync(email, string.Create(CultureInfo.InvariantCulture, $"Employee {i:000}"), approverId);
            emails.Add(email);
        }

        return new People(approverId, approverEmail, emails);
    }
}
