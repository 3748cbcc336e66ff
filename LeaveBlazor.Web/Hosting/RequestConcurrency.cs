using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Hosting;

/// <summary>
/// Every limit on requests: the app-wide one on how many are worked on at once (<see cref="RequestLimits"/>), and the
/// refusal every limit answers with. The per-address limits of the pages anyone may open add their own policies
/// (the decision links, the calendar feeds).
/// </summary>
public static class RequestConcurrency
{
    /// <summary>What a full queue answers: the wait is short, since requests finish in milliseconds.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<RequestLimits>(builder.Configuration, RequestLimits.Section, limits => limits.Problems());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RefuseAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsExempt(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter("exempt")
                : RateLimitPartition.GetConcurrencyLimiter("app", _ =>
                {
                    var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value;
                    return new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.MaxConcurrent,
                        QueueLimit = limits.MaxQueued,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    };
                }));
        });
        return builder;
    }

    // An interactive page's connection lasts as long as the page is open, and /healthz must answer while the app is busy.
    private static bool IsExempt(PathString path) => path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/healthz");

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        string message;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            // A per-address allowance per minute ran out.
            RetryAfter.Set(response, retryAfter);
            message = "Too many requests from your address. Wait a minute, then open the link again.";
        }
        else
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            RetryAfter.Set(response, BusyRetryAfter);
            message = $"The server is busy with other requests. Try again in {RetryAfter.Seconds(BusyRetryAfter)} seconds.";
        }

        // A body (with its type) also keeps the status-code pages from replacing the answer with "not found".
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message, cancellationToken);
    }
}
