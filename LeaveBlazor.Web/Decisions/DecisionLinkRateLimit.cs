using System.Threading.RateLimiting;
using LeaveBlazor.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeaveBlazor.Web.Decisions;

/// <summary>The <c>DecisionLinks</c> configuration section.</summary>
public sealed class DecisionLinkOptions
{
    public const string Section = "DecisionLinks";

    /// <summary>How many requests (views and form posts) one client address may make to the link pages per minute.</summary>
    public int PermitPerMinute { get; set; } = 30;
}

/// <summary>
/// The emailed decision pages answer anyone without sign-in, so each client address gets a fixed allowance per minute.
/// Guessing a 256-bit token is hopeless anyway; the limit keeps one client from hammering the database through them.
/// </summary>
public static class DecisionLinkRateLimit
{
    public const string Policy = "decision-links";

    public static WebApplicationBuilder AddDecisionLinkRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DecisionLinkOptions>()
            .Bind(builder.Configuration.GetSection(DecisionLinkOptions.Section))
            .Validate(options => options.PermitPerMinute >= 1, $"{DecisionLinkOptions.Section}:{nameof(DecisionLinkOptions.PermitPerMinute)} must be at least 1.")
            .ValidateOnStart();

        // The refusal itself (429, Retry-After, its text) is the one RequestConcurrency sets for every limit.
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy(Policy, context =>
            ClientAddress.PerMinute(context, context.RequestServices.GetRequiredService<IOptions<DecisionLinkOptions>>().Value.PermitPerMinute)));
        return builder;
    }
}
