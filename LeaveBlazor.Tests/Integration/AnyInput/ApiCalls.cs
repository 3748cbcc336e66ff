using System.Globalization;
using CsCheck;
using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>Who calls: a demo person by bearer token, nobody, or someone with a token that is not one.</summary>
public enum Caller
{
    Alex,
    Dana,
    Admin,
    Nobody,
    ForgedToken,
}

/// <summary>One HTTP call as a script might send it.</summary>
public sealed record ApiCall(ApiOperation Operation, Caller Caller, string Method, string Path, string? ContentType, string? Body);

/// <summary>
/// Calls to every operation of the API: its documented method mostly, with route values, query strings and JSON bodies
/// whose fields are the documented ones (some left out, some added) holding plausible, edge or wrong-kind values.
/// </summary>
public sealed class ApiCalls(DateOnly today, IReadOnlyList<string> references)
{
    private static readonly Gen<string?> Nothing = Gen.Const((string?)null);

    private static readonly Gen<string> WrongKinds = Gen.OneOf("true", "null", "[]", "{}", "[\"Annual\"]", "{\"a\":1}", "\"\"");

    private static readonly Gen<string?> ContentTypes = Gen.Frequency<string?>(
        (10, Gen.Const<string?>("application/json")),
        (1, Nothing),
        (2, Gen.OneOf<string?>("text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/xml", "multipart/form-data")));

    public Gen<ApiCall> To(IReadOnlyList<ApiOperation> operations) =>
        Gen.OneOf([.. operations]).SelectMany(To);

    /// <summary>Alex asking for a few days by the book, but for the first day, reason or approver: see <see cref="PlausibleRequest"/>.</summary>
    public Gen<ApiCall> NearMissSubmissions(ApiOperation submit) =>
        PlausibleRequest.Select(body => new ApiCall(submit, Caller.Alex, submit.Method, submit.Path, "application/json", body));

    private Gen<ApiCall> To(ApiOperation operation) =>
        from caller in Gen.Enum<Caller>()
        from method in Gen.Frequency((9, Gen.Const(operation.Method)), (1, Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH")))
        from path in PathOf(operation)
        from query in QueryOf(operation)
        from body in BodyOf(operation)
        from contentType in ContentTypes
        select new ApiCall(operation, caller, method, path + query, body is null ? null : contentType, body);

    private Gen<string> PathOf(ApiOperation operation) =>
        !operation.Path.Contains("{ref}", StringComparison.Ordinal)
            ? Gen.Const(operation.Path)
            : Gen.Frequency((3, Gen.OneOf([.. references])), (2, AnyText.UrlValues.Where(NoNulInPath)))
                .Select(value => operation.Path.Replace("{ref}", value, StringComparison.Ordinal));

    // Kestrel answers a NUL in the path with 400 before the app sees it; the in-memory test server throws instead.
    private static bool NoNulInPath(string value) => !value.Contains("%00", StringComparison.Ordinal);

    private static Gen<string> QueryOf(ApiOperation operation)
    {
        var names = Gen.Frequency((4, Gen.OneOf([.. operation.Query, "state"])), (1, AnyText.UrlValues));
        var values = Gen.Frequency((2, Gen.OneOf("Pending", "approved", "CANCELLED", "1", "")), (3, AnyText.UrlValues));
        var pair = Gen.Select(names, values, (name, value) => $"{name}={value}");
        return Gen.Frequency((2, Gen.Const("")), (3, pair.Array[1, 3].Select(pairs => "?" + string.Join("&", pairs))));
    }

    private Gen<string?> BodyOf(ApiOperation operation)
    {
        if (operation.Body is not { } fields)
        {
            return Gen.Frequency((6, Nothing), (1, AnyText.Text.Select(AnyText.JsonString).Select(text => (string?)$"{{\"x\":{text}}}")));
        }

        return Gen.Frequency<string?>(
            (6, JsonObject(fields)),
            (2, fields.Any(f => f.Name == "firstDay") ? PlausibleRequest : JsonObject(fields)),
            (1, Gen.OneOf<string?>(null, "", "null", "[]", "42", "\"Annual\"", "{", "{\"type\":\"Annual\",}", "{'type':'Annual'}", new string('[', 200))),
            (1, AnyText.AnyChars.Select(text => (string?)text)));
    }

    /// <summary>An object with each documented field present or not, an unknown one now and then, each with a value for its type.</summary>
    private Gen<string?> JsonObject(IReadOnlyList<BodyField> fields)
    {
        var members = fields.Select(field => Gen.Frequency(
                (1, Nothing),
                (4, ValueFor(field).Select(value => (string?)$"{AnyText.JsonString(field.Name)}:{value}"))))
            .Append(Gen.Frequency(
                (6, Nothing),
                (1, Gen.Select(AnyText.Words, AnyText.Text, (name, value) => (string?)$"{AnyText.JsonString(name)}:{AnyText.JsonString(value)}"))))
            .ToArray();
        return members
            .Aggregate(Gen.Const(""), (json, member) => Gen.Select(json, member, (soFar, next) => next is null ? soFar : soFar.Length == 0 ? next : $"{soFar},{next}"))
            .Select(present => (string?)$"{{{present}}}");
    }

    private Gen<string> ValueFor(BodyField field) => Gen.Frequency(
        (8, field switch
        {
            { Format: "date" } => AnyText.Dates(today).Select(AnyText.JsonString),
            { Type: "boolean" } => Gen.OneOf("true", "false", "null"),
            { Name: "type" } => Gen.Frequency((3, Gen.OneOf("Annual", "Sick", "Unpaid")), (1, AnyText.Text)).Select(AnyText.JsonString),
            { Name: var name } when name.Contains("mail", StringComparison.OrdinalIgnoreCase) => Gen.Frequency((2, AnyText.Emails), (1, AnyText.Text)).Select(AnyText.JsonString),
            _ => AnyText.Text.Select(AnyText.JsonString),
        }),
        (1, AnyText.JsonNumbers),
        (1, WrongKinds));

    /// <summary>
    /// A submission of a few days that passes every rule but the one its first day, reason or approver may break, so the
    /// refusals are near misses and the days reach the working-day count, also at the ends of the calendar.
    /// </summary>
    private Gen<string?> PlausibleRequest =>
        from first in Days
        from length in Gen.Int[0, 4]
        from halfDay in Gen.Bool
        from reason in AnyText.Text
        from approver in Gen.Frequency((3, Nothing), (1, AnyText.Emails.Select(email => (string?)email)))
        let last = first.AddDaysClamped(length)
        let approverField = approver is null ? "" : $",\"approverEmail\":{AnyText.JsonString(approver)}"
        select (string?)$"{{\"type\":\"Annual\",\"firstDay\":\"{Day(first)}\",\"lastDay\":\"{Day(last)}\",\"halfDayStart\":{(halfDay ? "true" : "false")},\"reason\":{AnyText.JsonString(reason)}{approverField}}}";

    private Gen<DateOnly> Days => Gen.Frequency(
        (4, Gen.Int[1, 740].Select(today.AddDays)),
        (1, Gen.Int[-4, 0].Select(DateOnly.MaxValue.AddDays)),
        (1, Gen.Int[0, 4].Select(DateOnly.MinValue.AddDays)),
        (1, Gen.DateOnly));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
