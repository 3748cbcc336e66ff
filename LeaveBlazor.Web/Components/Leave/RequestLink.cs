using Microsoft.AspNetCore.Components;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// A link to a request by its reference, kept on one line: LR-2026-00042 is one word, never broken at its hyphens
/// (<c>.reference</c> in app.css). Markup, not a component: lists show one on every row, and an interactive page keeps
/// each component it shows, with two render buffers, for as long as the page is open (README "Performance", idle circuits).
/// </summary>
public static class RequestLink
{
    public static RenderFragment To(string reference) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", $"requests/{reference}");
        builder.AddAttribute(2, "class", "mud-typography mud-link mud-primary-text mud-link-underline-hover reference");
        builder.AddContent(3, reference);
        builder.CloseElement();
    };
}
