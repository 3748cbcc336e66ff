using System.ComponentModel;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/holidays</c>: the public holidays and company days of a country (and region) in a year (<see cref="HolidayList"/>).</summary>
public static class HolidayEndpoints
{
    public static RouteGroupBuilder MapHolidayEndpoints(this RouteGroupBuilder holidays)
    {
        holidays.MapGet("/", ListAsync)
            .WithName("Holidays")
            .WithSummary("List the public holidays and company days of a year")
            .WithDescription("?country= (ISO 3166 code, such as GB or DE), ?region= (such as SCT or BY) and ?year=; by default your own country and region, this year. Company days for everyone and for the country are included.")
            .ProducesValidationProblem();
        return holidays;
    }

    private static async Task<HolidayView[]> ListAsync(
        string? year, string? country, string? region, ApiCaller caller, HolidayList list, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var theYear = ApiQuery.Year(year, HolidayListFields.Year, errors);
        errors.ThrowIfAny();
        return [.. (await list.OfAsync(caller.Employee, country, region, theYear, cancellationToken)).Select(HolidayView.From)];
    }
}

/// <summary>A day off in the list.</summary>
public sealed record HolidayView(
    DateOnly Date,
    string Name,
    [property: Description("public or company.")] string Kind,
    [property: Description("True for a company half day: the afternoon is off.")] bool HalfDay)
{
    public static HolidayView From(Holiday holiday) =>
        new(holiday.Day, holiday.Name, holiday.Kind.ToString().ToLowerInvariant(), holiday.HalfDay);
}
