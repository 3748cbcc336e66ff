using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LeaveBlazor.Tests.Integration.Api;

/// <summary>A problem-details answer as a script reads it.</summary>
public sealed record Problem(int Status, string? ContentType, string? Detail, IReadOnlyDictionary<string, string[]> Errors, JsonElement Body)
{
    public string[] ErrorsFor(string field) => Errors.GetValueOrDefault(field) ?? [];

    /// <summary>The field's messages as one line, for comparing in a tuple.</summary>
    public string ErrorFor(string field) => string.Join(" ", ErrorsFor(field));
}

public static class ApiResponses
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 ? JsonDocument.Parse(text).RootElement : default;
        var isObject = body.ValueKind == JsonValueKind.Object;
        var errors = isObject && body.TryGetProperty("errors", out var listed)
            ? listed.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray())
            : [];
        var detail = isObject && body.TryGetProperty("detail", out var said) ? said.GetString() : null;
        return new Problem((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, detail, errors, body);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object? body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object? body) =>
        client.PutAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostEmptyAsync(this HttpClient client, string path) =>
        client.PostAsync(path, content: null);
}
