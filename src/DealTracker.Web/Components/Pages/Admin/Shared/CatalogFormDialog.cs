using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>What <see cref="CatalogDialogFrame"/> needs of a catalog dialog, whatever its draft.</summary>
public interface ICatalogForm
{
    /// <summary>The form's errors and refusals, for <see cref="EditOutcomeAlert"/>.</summary>
    EditorForm Form { get; }

    /// <summary>"deal", "party": the item, in words.</summary>
    string Noun { get; }

    /// <summary>The item's name in <see cref="HistoryPanel"/> ("Deal", "DealEvent").</summary>
    string HistoryType { get; }

    /// <summary>The item edited; null for a new one.</summary>
    int? Id { get; }

    /// <summary>The draft is there to edit.</summary>
    bool Loaded { get; }

    bool Missing { get; }

    int Version { get; }

    Task ReloadAsync();

    Task SaveAsync();

    /// <summary>Closes the dialog without saving: with unsaved changes, only once the editor says to leave them.</summary>
    Task CancelAsync();
}

/// <summary>
/// The base of the catalog's create/edit dialogs (outlet, party, deal, event): an <see cref="EditorForm{TDraft}"/>
/// opened with <see cref="Id"/> (null: a new item) that closes only on a successful save, with the item's id.
/// A dialog names its item and how to load and save it; its markup is its fields inside a
/// <see cref="CatalogDialogFrame"/> (<c>&lt;CatalogDialogFrame Form="this"&gt;…fields…&lt;/CatalogDialogFrame&gt;</c>),
/// which shows the title, loading, missing item, the outcome, the history and the buttons.
/// </summary>
public abstract class CatalogFormDialog<TDraft> : EditorForm<TDraft>, ICatalogForm
    where TDraft : class, ICatalogDraft, new()
{
    [CascadingParameter]
    protected IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    protected CatalogEditor Editor { get; set; } = default!;

    /// <summary>The item to edit; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    public abstract string Noun { get; }

    public abstract string HistoryType { get; }

    public EditorForm Form => this;

    public bool Loaded => Draft is not null;

    public int Version => Draft?.Version ?? 0;

    /// <summary>Loads what the fields pick from (before the draft, so that pickers show names from the start).</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task<TDraft?> LoadDraftAsync(int id, CancellationToken cancellationToken);

    protected abstract Task<EditResult> SaveDraftAsync(TDraft draft, EditorStamp stamp, CancellationToken cancellationToken);

    /// <summary>The item's name for "Saved the deal “…”.".</summary>
    protected abstract string? NameOf(TDraft draft);

    protected override async Task OnInitializedAsync()
    {
        await LoadChoicesAsync(Aborted);
        await ReloadAsync();
    }

    /// <summary>Loads the item as saved now (or starts a new one), forgetting any refusal.</summary>
    public async Task ReloadAsync() => Start(Id is { } id ? await LoadDraftAsync(id, Aborted) : new TDraft());

    /// <summary>Saves; on success says so in a snackbar and closes with the item's id.</summary>
    public Task SaveAsync() => SaveAsync(
        (stamp, cancellationToken) => SaveDraftAsync(Draft!, stamp, cancellationToken),
        result =>
        {
            Snackbar.Add($"Saved the {Noun} “{NameOf(Draft!)?.Trim()}”.", Severity.Success);
            Dialog.Close(DialogResult.Ok(result.Id));
            return Task.CompletedTask;
        });

    public async Task CancelAsync()
    {
        if (!IsDirty || await AdminDialogs.ConfirmDiscardAsync(Dialogs, $"this {Noun}"))
        {
            MarkClean();
            Dialog.Cancel();
        }
    }
}
