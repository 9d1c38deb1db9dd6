using MudBlazor;

namespace DealTracker.Web.Components.Layout;

/// <summary>The one theme of the app, light and dark.</summary>
public static class DealTrackerTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a4b08",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cb8e6",
            Secondary = "#f0b36b",
            AppbarBackground = "#16202b",
            Background = "#0f141a",
            Surface = "#1a222c",
            DrawerBackground = "#141b23",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
