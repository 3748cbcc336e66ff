using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Reminders;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// Base for test classes whose tests write: xunit builds the class once per test, so each test gets its own
/// database file and clock, and no test depends on what another left behind.
/// </summary>
public abstract class FreshDatabaseTest : IAsyncLifetime
{
    private LeaveTestDatabase? _database;

    protected LeaveTestDatabase Database =>
        _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>True in the variants of a class that run the same tests on PostgreSQL.</summary>
    protected virtual bool OnPostgreSql => false;

    /// <summary>Override to change the leave policy for every test in the class.</summary>
    protected virtual void ConfigurePolicy(LeaveOptions policy)
    {
    }

    /// <summary>Override to change how approvers are reminded for every test in the class.</summary>
    protected virtual void ConfigureReminders(ReminderOptions reminders)
    {
    }

    public virtual async Task InitializeAsync() => _database = await LeaveTestDatabase.CreateAsync(ConfigurePolicy, ConfigureReminders, OnPostgreSql);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
