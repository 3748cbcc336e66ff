using System.Text.Json;

namespace LeaveBlazor.Tests.Integration.AnyInput;

/// <summary>A field of a JSON body as the OpenAPI document types it: "string", "boolean", …, with "date" as format for days.</summary>
public sealed record BodyField(string Name, string Type, string? Format);

/// <summary>One operation of the OpenAPI document: its method, path template, query parameters and body fields.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<string> Query, IReadOnlyList<BodyField>? Body)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation <c>/openapi/v1.json</c> lists, so a new endpoint is covered without a change here.</summary>
    public static IReadOnlyList<ApiOperation> AllIn(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        return
        [
            .. from path in document.GetProperty("paths").EnumerateObject()
               from operation in path.Value.EnumerateObject()
               select new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, QueryOf(operation.Value), BodyOf(operation.Value, schemas)),
        ];
    }

    private static List<string> QueryOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)]
            : [];

    private static List<BodyField>? BodyOf(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body)
            || !body.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return null;
        }

        var schema = Resolve(json.GetProperty("schema"), schemas);
        return [.. schema.GetProperty("properties").EnumerateObject().Select(p => FieldOf(p.Name, Resolve(p.Value, schemas)))];
    }

    private static BodyField FieldOf(string name, JsonElement schema)
    {
        // OpenAPI 3.1 writes a nullable type as ["null", "string"].
        var type = schema.TryGetProperty("type", out var typed)
            ? typed.ValueKind == JsonValueKind.Array ? typed.EnumerateArray().Select(t => t.GetString()).First(t => t != "null")! : typed.GetString()!
            : "string";
        return new BodyField(name, type, schema.TryGetProperty("format", out var format) ? format.GetString() : null);
    }

    // An optional body is written as a choice of the object and null.
    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1])
        : schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices)
            ? Resolve(choices.EnumerateArray().First(c => c.TryGetProperty("$ref", out _)), schemas)
        : schema;
}
