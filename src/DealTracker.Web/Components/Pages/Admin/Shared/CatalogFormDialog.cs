using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>
/// What the catalog's create/edit dialogs share: their dialog instance, the signed-in editor's stamp,
/// and the server's answer to a save (field errors, a conflict, a missing item). Only a successful
/// save closes the dialog; anything else leaves the editor's input as it was.
/// </summary>
public abstract class CatalogFormDialog : ComponentBase
{
    [CascadingParameter]
    protected IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected CatalogEditor Editor { get; set; } = default!;

    /// <summary>The server's errors, by field.</summary>
    protected FieldErrors Errors { get; } = new();

    /// <summary>The answer to the last save when it saved nothing.</summary>
    protected EditResult? Refusal { get; private set; }

    /// <summary>The signed-in account may not change content (or is no longer signed in).</summary>
    protected bool Forbidden { get; private set; }

    protected bool Saving { get; private set; }

    /// <summary>Saves through <paramref name="save"/>; on success says so in a snackbar and closes with the item's id.</summary>
    protected async Task SaveAsync(Func<EditorStamp, Task<EditResult>> save, Func<string> savedMessage)
    {
        if (Saving)
        {
            return;
        }

        Saving = true;
        Refusal = null;
        Forbidden = false;
        try
        {
            var user = AuthenticationState is null ? null : (await AuthenticationState).User;
            if (EditorStamps.ForEditor(user) is not { } stamp)
            {
                Forbidden = true;
                return;
            }

            var result = await save(stamp);
            if (result.Succeeded)
            {
                Errors.Clear();
                Snackbar.Add(savedMessage(), Severity.Success);
                Dialog.Close(DialogResult.Ok(result.Id));
                return;
            }

            Errors.Set(result.Errors);
            Refusal = result;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>After a conflict: forget the refusal and the errors (the caller reloads the saved item).</summary>
    protected void ClearRefusal()
    {
        Refusal = null;
        Errors.Clear();
    }

    protected void Cancel() => Dialog.Cancel();
}
