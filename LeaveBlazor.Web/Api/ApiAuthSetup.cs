using LeaveBlazor.Web.Identity;
using LeaveBlazor.Web.Identity.TwoFactor;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// Signing in to the API: Identity's bearer-token endpoints under <c>/api/auth</c> (only sign-in and refresh; accounts
/// are made by admins), and answers of 401/403 with problem details instead of redirects to the sign-in page.
/// </summary>
public static class ApiAuthSetup
{
    public static WebApplicationBuilder AddApiAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The accounts themselves are set up in Identity/; this adds what MapIdentityApi needs on top of them. It
        // registers Identity's plain SignInManager again, so the throttled one is registered after it once more.
        new IdentityBuilder(typeof(AppUser), services).AddApiEndpoints().AddSignInManager<ThrottledSignInManager>();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.ConfigureApplicationCookie(AnswerApiCallsWithStatusCodes);
        services.AddAuthorizationBuilder().AddApiPolicies();
        services.AddScoped<IAuthorizationHandler, CurrentAccountHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        return builder;
    }

    public static void MapApiAuthentication(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/auth").WithTags("Sign-in")
            .MapIdentityApi<AppUser>()
            .AddEndpointFilter(RequireSignInFields)
            .AddEndpointFilter(ExplainSignInFailure)
            .Finally(OfferOnlySignIn);

    /// <summary>
    /// Registering, confirming emails, resetting passwords and managing the account need an email sender and self-service
    /// accounts; here admins make the accounts (one registered here would have no directory entry). Those answer 404.
    /// </summary>
    private static void OfferOnlySignIn(EndpointBuilder endpoint)
    {
        var path = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
        if (path.EndsWith("/login", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new EndpointSummaryAttribute("Sign in: get an access token (valid one hour) and a refresh token; with two-factor sign-in on, send twoFactorCode or twoFactorRecoveryCode too"));
        }
        else if (path.EndsWith("/refresh", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new EndpointSummaryAttribute("Trade a refresh token for a new access token"));
        }
        else
        {
            // Runs after every other convention, so the manage endpoints' sign-in requirement goes too: 404 for everyone.
            foreach (var authorization in endpoint.Metadata.OfType<IAuthorizeData>().ToList())
            {
                endpoint.Metadata.Remove(authorization);
            }

            endpoint.Metadata.Add(new ExcludeFromDescriptionAttribute());
            endpoint.RequestDelegate = context => ApiProblems.WriteAsync(context, StatusCodes.Status404NotFound,
                "Accounts are managed by an admin in the app; the API offers only POST /api/auth/login and POST /api/auth/refresh.");
        }
    }

    // Identity's sign-in binds {"password": null} as if it were a password and then throws (a 500): both must be text.
    private static ValueTask<object?> RequireSignInFields(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var missing = context.Arguments.OfType<LoginRequest>()
            .SelectMany(login => new[] { ("email", (string?)login.Email), ("password", (string?)login.Password) })
            .Where(field => field.Item2 is null)
            .ToDictionary(field => field.Item1, field => new[] { $"{field.Item1} must be text in double quotes." });
        return missing.Count > 0 ? ValueTask.FromResult<object?>(ApiProblems.Invalid(missing)) : next(context);
    }

    // Identity answers a failed sign-in with the bare SignInResult ("Failed", "LockedOut", "SignInHeldBack").
    private static async ValueTask<object?> ExplainSignInFailure(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Tokens must not be kept by any cache on the way.
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        var result = await next(context);
        if ((result as INestedHttpResult)?.Result is ProblemHttpResult { StatusCode: StatusCodes.Status401Unauthorized } refused)
        {
            // Only the right password leads to a second step, so saying that the code failed tells no stranger anything.
            var wrongCode = refused.ProblemDetails.Detail == "Failed" && await ReachedSecondStepAsync(context.HttpContext);
            return refused.ProblemDetails.Detail switch
            {
                // ThrottledSignInManager has set Retry-After.
                nameof(SignInHeldBack) => TypedResults.Problem(
                    "Too many failed sign-ins from your address or for this account: wait the seconds in Retry-After, then try again.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins"),
                "LockedOut" or "NotAllowed" => TypedResults.Problem(SignInAnswers.Deactivated, statusCode: StatusCodes.Status401Unauthorized),
                "RequiresTwoFactor" => TypedResults.Problem(TwoFactorSignIn.CodeNeededByApi, statusCode: StatusCodes.Status401Unauthorized,
                    title: "Two-factor code needed"),
                _ when wrongCode => TypedResults.Problem(TwoFactorSignIn.WrongCodeByApi,
                    statusCode: StatusCodes.Status401Unauthorized),
                _ => TypedResults.Problem(SignInAnswers.Wrong, statusCode: StatusCodes.Status401Unauthorized),
            };
        }

        return result;
    }

    private static async Task<bool> ReachedSecondStepAsync(HttpContext context) =>
        await context.RequestServices.GetRequiredService<SignInManager<AppUser>>().GetTwoFactorAuthenticationUserAsync() is not null;

    private static void AnswerApiCallsWithStatusCodes(CookieAuthenticationOptions options)
    {
        var redirectToLogin = options.Events.OnRedirectToLogin;
        var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => LeaveApi.IsApiRequest(context.HttpContext)
            ? SetStatus(context, StatusCodes.Status401Unauthorized)
            : redirectToLogin(context);
        options.Events.OnRedirectToAccessDenied = context => LeaveApi.IsApiRequest(context.HttpContext)
            ? SetStatus(context, StatusCodes.Status403Forbidden)
            : redirectToAccessDenied(context);
    }

    private static Task SetStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Under <c>/api</c>, a refused call gets 401 (with <c>WWW-Authenticate: Bearer</c>) or 403 and a problem body saying
/// why; everywhere else the default applies (the pages redirect to sign in).
/// </summary>
internal sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !LeaveApi.IsApiRequest(context))
        {
            await _pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons ?? [];
        if (authorizeResult.Challenged || reasons.OfType<SignInNoLongerValid>().Any())
        {
            await context.ChallengeAsync(IdentityConstants.BearerScheme);
            await ApiProblems.WriteAsync(context, StatusCodes.Status401Unauthorized,
                reasons.OfType<SignInNoLongerValid>().FirstOrDefault()?.Message
                ?? "Sign in first: send the header Authorization: Bearer <accessToken> from POST /api/auth/login, or the sign-in cookie.");
            return;
        }

        await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden,
            reasons.FirstOrDefault(r => r.Message.Length > 0)?.Message ?? "Your account may not use this endpoint.");
    }
}
