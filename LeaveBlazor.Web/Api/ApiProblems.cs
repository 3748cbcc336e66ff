using System.Text.Json;
using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// How the API says no: RFC 7807 problem details whose <c>detail</c> is the message Core wrote for the person,
/// with validation messages listed under the JSON field names the caller sent.
/// </summary>
internal static class ApiProblems
{
    // Core names fields after its own model; the API caller knows them by the JSON names.
    private static readonly Dictionary<string, string> JsonFieldNames = new()
    {
        [LeaveFields.LeaveType] = "type",
        [LeaveFields.FirstDay] = "firstDay",
        [LeaveFields.LastDay] = "lastDay",
        [LeaveFields.HalfDay] = "halfDay",
        [LeaveFields.Dates] = "dates",
        [LeaveFields.Reason] = "reason",
        [LeaveFields.ApproverId] = "approverEmail",
        [LeaveFields.Comment] = "comment",
        [BalanceAdjustmentFields.LeaveType] = "type",
    };

    /// <summary>
    /// Core's "no" as the API says it: invalid fields 400 (under the JSON names), a request the caller cannot see or an unknown person 404,
    /// one decided first 409 (who and when repeated for scripts), any other rule 403. The one place the API maps them.
    /// </summary>
    public static IResult For(LeaveRuleException refused) => refused switch
    {
        LeaveValidationException invalid => Invalid(invalid.Errors.ToDictionary(e => JsonFieldName(e.Key), e => e.Value)),
        LeaveRequestNotFoundException or PersonNotFoundException => TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status404NotFound),
        LeaveConflictException conflict => TypedResults.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "Already decided",
            extensions: new Dictionary<string, object?>
            {
                ["state"] = conflict.State.ToString(),
                ["decidedBy"] = conflict.DecidedBy,
                ["decidedAt"] = conflict.DecidedAt,
            }),
        LeaveStateConflictException => TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        _ => TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status403Forbidden),
    };

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)),
            title: "Some fields need fixing");

    public static Task WriteAsync(HttpContext context, int status, string detail, string? title = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);

    private static string JsonFieldName(string coreField) =>
        JsonFieldNames.GetValueOrDefault(coreField) ?? JsonNamingPolicy.CamelCase.ConvertName(coreField);
}
