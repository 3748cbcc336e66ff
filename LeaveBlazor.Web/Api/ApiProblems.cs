using System.Text.Json;
using LeaveBlazor.Core.Leave;
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
    };

    public static ValidationProblem Invalid(LeaveValidationException invalid, IReadOnlyDictionary<string, string[]>? replacing = null)
    {
        var errors = invalid.Errors.ToDictionary(e => JsonFieldName(e.Key), e => e.Value);
        foreach (var (field, messages) in replacing ?? new Dictionary<string, string[]>())
        {
            errors[field] = messages;
        }

        return Invalid(errors);
    }

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)),
            title: "Some fields need fixing");

    public static ProblemHttpResult NotFound(string reference) =>
        TypedResults.Problem(new LeaveRequestNotFoundException(reference).Message, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A rule about who may do what said no (the caller can see the request, but it is not theirs to change).</summary>
    public static ProblemHttpResult Refused(LeaveRuleException refused) =>
        TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>Someone decided or cancelled first; the message names who and when, and the extensions repeat it for scripts.</summary>
    public static ProblemHttpResult Conflict(LeaveConflictException conflict, LeaveRequest? now) =>
        TypedResults.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "Already decided",
            extensions: now is null ? null : new Dictionary<string, object?>
            {
                ["state"] = now.Status.ToString(),
                ["decidedBy"] = now.DecidedByName,
                ["decidedAt"] = now.DecidedAt,
            });

    public static Task WriteAsync(HttpContext context, int status, string detail, string? title = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);

    private static string JsonFieldName(string coreField) =>
        JsonFieldNames.GetValueOrDefault(coreField) ?? JsonNamingPolicy.CamelCase.ConvertName(coreField);
}
