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

    /// <summary>
    /// The options of an editor form's dialog (<see cref="CatalogFormDialog{TDraft}"/>): as <see cref="OptionsAsync"/>, but its
    /// Escape and close button are the dialog's own, so that with unsaved changes they ask first (MudBlazor's would close at once).
    /// </summary>
    public static async Task<DialogOptions> FormOptionsAsync(IBrowserViewportService viewport, MaxWidth maxWidth = MaxWidth.Medium) =>
        await OptionsAsync(viewport, maxWidth) with { CloseButton = false, CloseOnEscapeKey = false };

    /// <summary>
    /// Asks whether to leave <paramref name="what"/> ("this report") with its unsaved changes; true to leave them. The focus starts
    /// on "Stay", so Enter never discards by accident.
    /// </summary>
    public static async Task<bool> ConfirmDiscardAsync(IDialogService dialogs, string what)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, $"Your changes to {what} are not saved. If you leave now, they are lost." },
            { d => d.ConfirmText, "Leave without saving" },
            { d => d.CancelText, "Stay" },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>("Leave without saving?", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false };
    }
}
