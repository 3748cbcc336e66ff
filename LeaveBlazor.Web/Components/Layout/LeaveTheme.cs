using MudBlazor;

namespace LeaveBlazor.Web.Components.Layout;

public static class LeaveTheme
{
    public static readonly MudTheme Theme = new()
    {
        // Success and Error as the emails' Approve and Reject buttons: white text on them stays readable.
        PaletteLight = new PaletteLight { Primary = "#2e5e8c", AppbarBackground = "#2e5e8c", Secondary = "#3d8b6d", Success = "#2e7d32", Error = "#c62828" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "sans-serif"] } },
    };
}
