using MudBlazor;

namespace DealTracker.Web.Components.Layout;

/// <summary>The editor pages' MudBlazor theme, in the public pages' colours (see wwwroot/app.css).</summary>
public static class DealTrackerTheme
{
    public static MudTheme Instance { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            PrimaryContrastText = "#ffffff",
            Secondary = "#8a4b08",
            Info = "#155a8a",
            Warning = "#8a4b08",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            Surface = "#ffffff",
            TextPrimary = "#1d2329",
            TextSecondary = "#4f5863",
            Error = "#a4231b",
            Success = "#1b6e3a",
            LinesDefault = "#d9dde2",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cb8e6",
            PrimaryContrastText = "#0f141a",
            Secondary = "#f0b36b",
            SecondaryContrastText = "#0f141a",
            Info = "#8cb8e6",
            InfoContrastText = "#0f141a",
            Warning = "#f0b36b",
            WarningContrastText = "#0f141a",
            Success = "#7fd19a",
            SuccessContrastText = "#0f141a",
            ErrorContrastText = "#0f141a",
            AppbarBackground = "#16202b",
            Background = "#0f141a",
            Surface = "#1a222c",
            DrawerBackground = "#16202b",
            TextPrimary = "#e6eaee",
            TextSecondary = "#aab4bf",
            Error = "#ff8a80",
            LinesDefault = "#2f3b48",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
        },
    };
}
