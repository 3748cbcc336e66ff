using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace LeaveBlazor.Web.Components.Lists;

/// <summary>The two looks of a row's pair of buttons: the answer that goes ahead (filled, green) and the one that refuses (outlined, red).</summary>
public enum RowButtonLook
{
    Yes,
    No,
}

/// <summary>
/// A small button on every row of a list (Approve, Reject, Confirm, Decline), written as a small MudButton writes
/// itself (its classes, its ripple, a label span), but as markup: a MudButton is a component, and an interactive page
/// keeps every component it shows for as long as it is open (see <see cref="ListTable{TItem}"/>).
/// </summary>
public static class RowButton
{
    /// <param name="page">The component the click belongs to: it renders again once the click is handled.</param>
    /// <param name="accessibleName">What a screen reader says, naming the row ("Approve LR-2026-00042"): every row has the same label.</param>
    /// <param name="capture">Keeps the button's element, to give it the focus back later.</param>
    public static RenderFragment Of(RowButtonLook look, string label, string accessibleName, string testId, IHandleEvent page, Func<Task> onClick,
        Action<ElementReference>? capture = null) => builder =>
    {
        var (variant, color) = look == RowButtonLook.Yes ? ("filled", "success") : ("outlined", "error");
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "class", $"mud-button-root mud-button mud-button-{variant} mud-button-{variant}-{color} mud-button-{variant}-size-small mud-ripple");
        builder.AddAttribute(3, "aria-label", accessibleName);
        builder.AddAttribute(4, "data-testid", testId);
        builder.AddAttribute(5, "onclick", EventCallback.Factory.Create<MouseEventArgs>(page, onClick));
        if (capture is not null)
        {
            builder.AddElementReferenceCapture(6, capture);
        }

        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-button-label");
        builder.AddContent(9, label);
        builder.CloseElement();
        builder.CloseElement();
    };
}
