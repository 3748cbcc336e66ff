using Microsoft.AspNetCore.Components;

namespace LeaveBlazor.Web.Identity;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    /// <summary>Sends the person to <paramref name="returnUrl"/> when it is a path on this site, else home.</summary>
    public void RedirectTo(string? returnUrl) => navigationManager.NavigateTo(LocalReturnUrl.OrHome(returnUrl));
}
