using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LeaveBlazor.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST (antiforgery-checked) so a link or an image cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (HttpContext context, SignInManager<AppUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            context.Response.Headers.CacheControl = "no-cache, no-store";
            return TypedResults.LocalRedirect($"~/{LocalReturnUrl.OrHome(returnUrl)}");
        });
        return endpoints;
    }
}
