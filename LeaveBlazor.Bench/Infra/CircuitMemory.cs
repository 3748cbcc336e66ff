namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// The app's memory at one moment: its managed heap after a full collection, what the GC holds from the system, its
/// private resident memory, and optionally a heap dump by type.
/// </summary>
public sealed record CircuitMemory(long Heap, long GcCommitted, long Anonymous, HeapDump Dump)
{
    /// <param name="dump">A name for a heap dump taken too, or null for none.</param>
    public static async Task<CircuitMemory> ReadAsync(AppProcess app, Workspace workspace, string? dump)
    {
        var heap = await app.Probe.HeapAfterFullCollectionAsync();
        var committed = await app.Probe.GcCommittedAsync();
        var (anonymous, _) = app.ResidentParts();
        var types = dump is null ? HeapDump.None : await HeapDump.TakeAsync(app.ProcessId, workspace.File($"{dump.Replace(' ', '-')}.dmp"));
        return new CircuitMemory(heap, committed, anonymous, types);
    }

    /// <summary>What each of <paramref name="circuits"/> added since <paramref name="earlier"/>, in bytes.</summary>
    public (double Heap, double Anonymous) PerCircuitSince(CircuitMemory earlier, int circuits) =>
        ((Heap - earlier.Heap) / (double)circuits, (Anonymous - earlier.Anonymous) / (double)circuits);
}
