using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Support;

/// <summary>The calendar the test people have: Monday to Friday, the public holidays of <c>Leave:DefaultCountry</c>, no company days.</summary>
public static class StandardCalendar
{
    public static WorkingDayCalendar Of(IServiceProvider services) =>
        services.GetRequiredService<WorkingCalendars>().Of(new Employee("anyone", "anyone@example.test", "Anyone"), []);
}
