using MudBlazor;

namespace LeaveBlazor.Web.Components.Layout;

public static class LeaveTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#2e5e8c", AppbarBackground = "#2e5e8c", Secondary = "#3d8b6d" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "sans-serif"] } },
    };
}
