using System.Globalization;

namespace LeaveBlazor.Web.Hosting;

/// <summary>The <c>Retry-After</c> header of a 429 or 503, shared by every limit on requests (<see cref="RequestConcurrency"/>).</summary>
public static class RetryAfter
{
    /// <summary>Whole seconds, rounded up (at least one), so a client that waits that long is let in.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);
}
