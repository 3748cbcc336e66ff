using System.ComponentModel;
using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// <c>/api/me/balances</c> and <c>/api/people/{email}/…</c>: balances per counted type and year as Core adds up the
/// ledger (<see cref="BalanceFigures"/>), and an admin's adjustment through <see cref="AdjustBalance"/>.
/// </summary>
public static class BalanceEndpoints
{
    private const string YearHelp = " ?year= picks the year (default: this one).";

    public static RouteGroupBuilder MapMyBalanceEndpoints(this RouteGroupBuilder me)
    {
        me.MapGet("/balances", MineAsync)
            .WithName("MyBalances")
            .WithSummary("List my balances")
            .WithDescription("One per leave type that counts against an allowance: allowance (granted, pro rata, accrued), carriedOver (less carried on and expired), adjustments, taken (approved, less given back), planned (pending requests) and left (the ledger's sum)." + YearHelp)
            .ProducesValidationProblem();
        return me;
    }

    public static RouteGroupBuilder MapPeopleBalanceEndpoints(this RouteGroupBuilder people)
    {
        people.MapGet("/{email}/balances", TheirsAsync)
            .WithName("PersonBalances")
            .WithSummary("List a person's balances")
            .WithDescription("For the person's manager, whoever is to decide one of their pending requests, and admins; anyone else gets 403 whether the address is known or not, admins 404 for an unknown one." + YearHelp)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        people.MapPost("/{email}/balance-adjustments", AdjustAsync)
            .WithName("AdjustBalance")
            .WithSummary("Adjust a person's balance (admins)")
            .WithDescription("Adds a line to the person's ledger: days to add (negative to take away) in whole or half days, and why (they see it). The year is last, this or next. Answers 201 with the new line.")
            .RequireAuthorization(ApiAccess.Admins)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return people;
    }

    private static async Task<BalanceView[]> MineAsync(string? year, ApiCaller caller, LeaveBalances balances, LeaveClock clock, CancellationToken cancellationToken) =>
        [.. (await balances.OfAsync(caller.Employee.Id, YearOf(year, clock), cancellationToken)).Select(BalanceView.From)];

    private static async Task<BalanceView[]> TheirsAsync(
        string email, string? year, ApiCaller caller, LeaveBalances balances, LeaveClock clock, CancellationToken cancellationToken) =>
        [.. (await balances.OfPersonAsync(email, caller.Viewer, YearOf(year, clock), cancellationToken)).Balances.Select(BalanceView.From)];

    private static async Task<Created<BalanceLineView>> AdjustAsync(
        string email, BalanceAdjustmentBody body, ApiCaller caller, AdjustBalance adjust, LeavePolicies policies, CancellationToken cancellationToken)
    {
        var line = await adjust.ExecuteAsync(email, body.ToAdjustment(), caller.Actor, cancellationToken);
        var type = (await policies.EveryAsync(cancellationToken)).Single(p => p.Id == line.LeavePolicyId).Name;
        return TypedResults.Created($"/api/people/{Uri.EscapeDataString(email.Trim())}/balances?year={line.Year}", BalanceLineView.From(line, type));
    }

    private static int YearOf(string? text, LeaveClock clock)
    {
        var errors = new FieldErrors();
        var year = ApiQuery.Year(text, BalanceAdjustmentFields.Year, errors) ?? clock.Today.Year;
        if (!errors.Any)
        {
            YearRange.Check(year, clock.Today, BalanceAdjustmentFields.Year, errors);
        }

        errors.ThrowIfAny();
        return year;
    }
}

/// <summary>One year's balance of one counted type.</summary>
public sealed record BalanceView(
    string Type,
    int Year,
    [property: Description("Granted, pro rata and accrued days.")] decimal Allowance,
    [property: Description("Days carried in from last year, less those carried on into next year and those expired.")] decimal CarriedOver,
    [property: Description("The sum of admins' adjustments.")] decimal Adjustments,
    [property: Description("Days of approved leave, less days given back.")] decimal Taken,
    [property: Description("Days of pending requests, not yet in the ledger.")] decimal Planned,
    [property: Description("The balance: allowance + carriedOver + adjustments − taken.")] decimal Left)
{
    public static BalanceView From(LeaveBalance balance) => new(
        balance.Type, balance.Year, balance.Figures.Allowance, balance.Figures.CarriedOver, balance.Figures.Adjustments, balance.Figures.Taken,
        balance.Planned, balance.Balance);
}

/// <summary>The body of an adjustment.</summary>
public sealed record BalanceAdjustmentBody(
    [property: Description("A leave type that counts against an allowance, such as Annual.")] string? Type,
    [property: Description("Last year, this year or next year.")] int? Year,
    [property: Description("Days to add, or negative to take away: whole or half days, such as 2 or -1.5.")] decimal? Days,
    [property: Description("Why, in up to 300 characters: the person sees it in their balance's history.")] string? Reason)
{
    public NamedBalanceAdjustment ToAdjustment() => new(Type, Year, Days, Reason);
}

/// <summary>A line of a person's ledger.</summary>
public sealed record BalanceLineView(
    long Id, string Type, int Year,
    [property: Description("Granted, ProRata, Accrued, CarriedOver, CarryOverExpired, Taken, GivenBack or Adjusted.")] string Kind,
    decimal Days, string Note, string By, DateTimeOffset At)
{
    public static BalanceLineView From(BalanceEntry line, string type) =>
        new(line.Id, type, line.Year, line.Kind.ToString(), line.Days, line.Note, line.ByName, line.At);
}
