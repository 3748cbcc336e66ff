using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// What the framework refuses before an endpoint runs (JSON that does not parse or fit, a wrong content type, a body
/// too large, no such endpoint) answered as problem details that say what to fix, instead of an empty 400 or a page.
/// </summary>
internal static class MalformedRequests
{
    public static void UseApiErrors(this IApplicationBuilder api)
    {
        api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ExplainExceptionAsync,
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        api.UseStatusCodePages(context => ExplainStatusAsync(context.HttpContext));
        api.Use(LimitBodySize);
    }

    private static Task LimitBodySize(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > LeaveApi.MaxBodyBytes)
        {
            return ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge);
        }

        // A body sent in chunks has no length up front: the server stops reading it at the limit instead.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LeaveApi.MaxBodyBytes;
        }

        return next(context);
    }

    private static string TooLarge => $"The body is larger than the {LeaveApi.MaxBodyBytes / 1024} KB this API reads.";

    private static Task ExplainStatusAsync(HttpContext context)
    {
        var request = context.Request;
        var detail = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"There is no API endpoint {request.Method} {request.Path}; see /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not answer {request.Method}; see /openapi/v1.json.",
            StatusCodes.Status413PayloadTooLarge => TooLarge,
            StatusCodes.Status415UnsupportedMediaType => SendJson,
            StatusCodes.Status401Unauthorized => "Sign in first: POST /api/auth/login gives an access token.",
            _ => "The request could not be handled as sent.",
        };
        return ApiProblems.WriteAsync(context, context.Response.StatusCode, detail);
    }

    private const string SendJson = "Send the body as JSON, with the header Content-Type: application/json.";

    private static Task ExplainExceptionAsync(HttpContext context)
    {
        var handled = context.Features.GetRequiredFeature<IExceptionHandlerFeature>();
        if (handled.Error is not BadHttpRequestException refused)
        {
            return ApiProblems.WriteAsync(context, StatusCodes.Status500InternalServerError,
                "Something went wrong on our side and the change, if any, was not made. Try again; if it keeps failing, tell an admin.");
        }

        var bodyType = handled.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = bodyType is null ? null : json.GetTypeInfo(bodyType);
        return refused switch
        {
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblems.WriteAsync(context, refused.StatusCode, TooLarge),
            { StatusCode: StatusCodes.Status415UnsupportedMediaType } => ApiProblems.WriteAsync(context, refused.StatusCode, SendJson),
            { InnerException: JsonException invalid } => ExplainJson(invalid, body).ExecuteAsync(context),
            _ when body is not null => ApiProblems.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"This endpoint reads a JSON object with the fields {FieldList(body)}; the body was empty or null."),
            _ => ApiProblems.WriteAsync(context, refused.StatusCode, refused.Message),
        };
    }

    private static IResult ExplainJson(JsonException invalid, JsonTypeInfo? body)
    {
        var message = invalid.Message.Split(" Path: ")[0];
        var name = FieldNameOf(invalid);
        var field = body?.Properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (body is not null && message.StartsWith("The JSON property ", StringComparison.Ordinal))
        {
            var unknown = message.Split('\'') is [_, var quoted, ..] ? quoted : name;
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                [unknown ?? "body"] = [$"'{unknown}' is not a field of this request; the fields are {FieldList(body)}."],
            });
        }

        if (message.StartsWith("Duplicate property ", StringComparison.Ordinal))
        {
            var repeated = message.Split('\'') is [_, var quoted, ..] ? quoted : name ?? "body";
            return ApiProblems.Invalid(new Dictionary<string, string[]> { [repeated] = [$"'{repeated}' appears more than once; send each field once."] });
        }

        if (invalid.InnerException is InvalidOperationException { Message: var reason } && reason.Contains("UTF-8", StringComparison.Ordinal))
        {
            return TypedResults.Problem("The body is not valid UTF-8 text: send JSON encoded as UTF-8.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body is not null && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return field is null
                ? ApiProblems.Invalid(new Dictionary<string, string[]> { ["body"] = [$"The body must be a JSON object with the fields {FieldList(body)}."] })
                : ApiProblems.Invalid(new Dictionary<string, string[]> { [field.Name] = [ExpectedValue(field)] });
        }

        var where = invalid.LineNumber is { } line && invalid.BytePositionInLine is { } position
            ? $" (line {line + 1}, character {position + 1})"
            : "";
        return TypedResults.Problem($"The body is not valid JSON: {message.TrimEnd('.')}{where}.", statusCode: StatusCodes.Status400BadRequest);
    }

    private static string ExpectedValue(JsonPropertyInfo field) =>
        (Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType) switch
        {
            var type when type == typeof(DateOnly) => $"{field.Name} must be a real date written yyyy-mm-dd, such as 2026-12-01.",
            var type when type == typeof(bool) => $"{field.Name} must be true or false.",
            var type when type == typeof(string) => $"{field.Name} must be text in double quotes.",
            var type when type == typeof(int) => $"{field.Name} must be a whole number, such as 2027.",
            var type when type == typeof(decimal) => $"{field.Name} must be a number, such as 1.5.",
            _ => $"{field.Name} has a value of the wrong kind.",
        };

    // "$.firstDay" or "$['first day']": the field the reader was in when it stopped.
    private static string? FieldNameOf(JsonException invalid) => invalid.Path switch
    {
        ['$', '.', .. var name] => name,
        ['$', '[', '\'', .. var quoted] => quoted.TrimEnd(']').TrimEnd('\''),
        _ => null,
    };

    private static string FieldList(JsonTypeInfo body) => string.Join(", ", body.Properties.Select(p => p.Name));
}
