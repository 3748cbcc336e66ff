using System.Globalization;
using System.Text.RegularExpressions;

namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The live managed objects of a process by type (bytes and count): a heap dump taken with the tool manifest's
/// dotnet-dump, read with its <c>dumpheap -stat -live</c>. (dotnet-gcdump's event-based dump drops events on a heap of
/// this size on .NET 10, so it was not used.)
/// </summary>
public sealed partial class HeapDump(IReadOnlyDictionary<string, (long Bytes, long Count)> types)
{
    public static readonly HeapDump None = new(new Dictionary<string, (long, long)>());

    public static async Task<HeapDump> TakeAsync(int processId, string file)
    {
        await ToolAsync("collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--type", "Heap", "-o", file);
        var types = new Dictionary<string, (long Bytes, long Count)>();
        var report = await ToolAsync("analyze", file, "-c", "dumpheap -stat -live", "-c", "exit");
        File.Delete(file);
        foreach (Match row in StatisticsRow().Matches(report))
        {
            var bytes = long.Parse(row.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var count = long.Parse(row.Groups["count"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var type = row.Groups["type"].Value.Trim();
            var (b, c) = types.GetValueOrDefault(type);
            types[type] = (b + bytes, c + count);
        }

        return new HeapDump(types);
    }

    /// <summary>The types that grew most since <paramref name="earlier"/>, per one of <paramref name="units"/>: "12,345 B  3.0 objects  Type".</summary>
    public IEnumerable<string> LargestGrowthSince(HeapDump earlier, int units, int count) =>
        types.Select(t => (Type: t.Key, Bytes: t.Value.Bytes - earlier.BytesOf(t.Key), Count: t.Value.Count - earlier.CountOf(t.Key)))
            .OrderByDescending(t => t.Bytes)
            .Take(count)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Bytes / (double)units,9:N0} B {t.Count / (double)units,8:N1} objects  {t.Type}"));

    private long BytesOf(string type) => types.TryGetValue(type, out var t) ? t.Bytes : 0;

    private long CountOf(string type) => types.TryGetValue(type, out var t) ? t.Count : 0;

    private static Task<string> ToolAsync(params string[] arguments) =>
        ChildProcess.OutputAsync($"dotnet-dump {arguments[0]}", "dotnet", ["dotnet-dump", .. arguments], TimeSpan.FromMinutes(2));

    /// <summary>A row of <c>dumpheap -stat</c>: method table, count, total size, type.</summary>
    [GeneratedRegex(@"^\s*[0-9a-f]{8,16}\s+(?<count>[\d,]+)\s+(?<bytes>[\d,]+)\s+(?<type>\S.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex StatisticsRow();
}
