using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeaveBlazor.Web.Jobs;

/// <summary>The /healthz answer: the overall status and each check's status, description and data; never exceptions.</summary>
public static class HealthJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Answer(string Status, IReadOnlyList<Check> Checks);

    private sealed record Check(string Name, string Status, string? Description, IReadOnlyDictionary<string, object> Data);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var answer = new Answer(
            report.Status.ToString(),
            [.. report.Entries.Select(entry => new Check(entry.Key, entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Data))]);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, answer, Json, context.RequestAborted);
    }
}
