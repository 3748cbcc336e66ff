using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Api;

/// <summary><c>/api/exports</c>: the payroll CSV files (<see cref="PayrollExports"/>), for admins, by bearer token or from the Exports page with the sign-in cookie.</summary>
public static class ExportEndpoints
{
    public const string CsvType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder exports)
    {
        exports.MapGet("/leave-taken.csv", LeaveTakenAsync)
            .WithName("LeaveTakenExport")
            .WithSummary("Download the leave taken in a period as CSV (admins)")
            .WithDescription("?from=yyyy-mm-dd&to=yyyy-mm-dd, at most 366 days. One row per approved request with days in the period, cut to it: email, name, type, first_day, last_day, working_days. UTF-8 with a byte order mark; text that a spreadsheet would run as a formula starts with a single quote.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        exports.MapGet("/balances.csv", BalancesAsync)
            .WithName("BalancesExport")
            .WithSummary("Download everyone's balances on a day as CSV (admins)")
            .WithDescription("?on=yyyy-mm-dd. One row per person and counted leave type for the day's year, as the ledger stood at the end of that day: email, name, type, year, allowance, carried_over, adjustments, taken, planned, left.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return exports;
    }

    private static async Task<FileContentHttpResult> LeaveTakenAsync(string? from, string? to, PayrollExports exports, LeaveClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var first = ApiQuery.Day(from, PayrollExportFields.From, errors);
        var last = ApiQuery.Day(to, PayrollExportFields.To, errors);
        ApiQuery.MergeRules(errors, PayrollExports.CheckPeriod(first, last, clock.Today));
        errors.ThrowIfAny();
        var rows = await exports.LeaveTakenAsync(first, last, cancellationToken);
        return TypedResults.File(PayrollExports.LeaveTakenCsv(rows), CsvType, PayrollExports.LeaveTakenFileName(first!.Value, last!.Value));
    }

    private static async Task<FileContentHttpResult> BalancesAsync(string? on, PayrollExports exports, LeaveClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var day = ApiQuery.Day(on, PayrollExportFields.On, errors);
        ApiQuery.MergeRules(errors, PayrollExports.CheckOn(day, clock.Today));
        errors.ThrowIfAny();
        var rows = await exports.BalancesOnAsync(day, cancellationToken);
        return TypedResults.File(PayrollExports.BalancesCsv(rows), CsvType, PayrollExports.BalancesFileName(day!.Value));
    }
}
