using MudBlazor;

namespace LeaveBlazor.Web.Components.Layout;

public static class LeaveTheme
{
    public static readonly MudTheme Theme = new()
    {
        // White text on each stays above 4.5:1 (Success and Error as the emails' Approve and Reject buttons; Warning is
        // the Pending chip, 5.2:1 where MudBlazor's orange gives 2.2:1; Info is the text of information alerts, 5:1 on their tint).
        PaletteLight = new PaletteLight
        {
            Primary = "#2e5e8c",
            AppbarBackground = "#2e5e8c",
            Secondary = "#3d8b6d",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#a15c00",
            Info = "#1565c0",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "sans-serif"] } },
    };
}
