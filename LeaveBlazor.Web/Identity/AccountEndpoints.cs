using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LeaveBlazor.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST (antiforgery-checked) so a link or an image cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (SignInManager<AppUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalPathOf(returnUrl));
        });
        return endpoints;
    }

    /// <summary>
    /// Where to go after signing out: a path of this app. LocalRedirect throws (a 500) for "/\evil.example" or a control
    /// character, which browsers read as another site; such an address goes home instead.
    /// </summary>
    private static string LocalPathOf(string? returnUrl)
    {
        var path = returnUrl?.TrimStart('/', '\\') ?? "";
        return path.Any(char.IsControl) ? "~/" : $"~/{path}";
    }
}
