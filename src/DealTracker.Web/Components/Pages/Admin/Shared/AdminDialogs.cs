using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>How the editor pages' form dialogs open.</summary>
public static class AdminDialogs
{
    /// <summary>
    /// Wide enough for a form beside its history; full screen on a phone, where margins would squeeze
    /// the inputs. A stray click outside never closes a form (and loses its input); Escape does.
    /// </summary>
    public static async Task<DialogOptions> OptionsAsync(IBrowserViewportService viewport, MaxWidth maxWidth = MaxWidth.Medium) => new()
    {
        MaxWidth = maxWidth,
        FullWidth = true,
        FullScreen = await viewport.GetCurrentBreakpointAsync() == Breakpoint.Xs,
        CloseButton = true,
        BackdropClick = false,
        CloseOnEscapeKey = true,
    };
}
