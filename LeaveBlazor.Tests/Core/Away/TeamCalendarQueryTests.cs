using System.Diagnostics;
using LeaveBlazor.Core.Away;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeaveBlazor.Tests.Core.Away;

/// <summary>The calendar reads in a fixed handful of queries, however many people and absences it shows: no query per person.</summary>
public sealed class TeamCalendarQueryTests : FreshDatabaseTest
{
    [Fact]
    public async Task Thirty_people_with_leave_take_as_many_queries_as_three()
    {
        var few = await QueriesAsync();
        for (var i = 0; i < 30; i++)
        {
            var person = new TestPerson($"extra-{i:00}", $"extra{i:00}@example.test", $"Extra {i:00}", ManagerId: TestPeople.Dana.Id);
            await Database.AddPersonAsync(person);
            await Database.SubmitAsync(LeaveInput.Annual(LeaveInput.NextMonday.AddDays(i % 5)), person);
        }

        var many = await QueriesAsync();

        Assert.Equal((few, 3), (many, few));
    }

    // Counts the commands EF Core runs on this test's database file only: other tests run theirs at the same time.
    private async Task<int> QueriesAsync()
    {
        var commands = 0;
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data
                        && data.Command.Connection?.DataSource == Database.FilePath)
                    {
                        Interlocked.Increment(ref commands);
                    }
                }));
            }
        }));
        var view = await Database.InScopeAsync<TeamCalendar, TeamCalendarView>(calendar =>
            calendar.ReadAsync(TestPeople.Dana.AsAdmin, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), CalendarScope.Everyone));
        Assert.NotEmpty(view.People);
        return commands;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}
