namespace LeaveBlazor.Bench.Infra;

/// <summary>Percentiles of measured durations, in milliseconds (nearest rank).</summary>
public sealed class Latencies(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = milliseconds.Order().ToArray();

    public int Count => _sorted.Length;

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public string Summary() => FormattableString.Invariant($"p50 {Percentile(50):0.0} ms · p95 {Percentile(95):0.0} ms · p99 {Percentile(99):0.0} ms");
}
