using System.Text.Json;
using DealTracker.Web.Accounts;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>
/// The one base of every editor form: the report and claim pages and the catalog dialogs
/// (<see cref="CatalogFormDialog{TDraft}"/>). It owns the field errors, the answer to a save or a
/// retraction (shown by <see cref="EditOutcomeAlert"/>, in one wording), the retract flow (a dialog
/// asks the reason; the item stays visible, marked) and dirty tracking.
/// <para>Usage, in a page or dialog:</para>
/// <code>
/// @inherits EditorForm&lt;ClaimDraft&gt;
/// Start(await Editor.LoadClaimAsync(Id, Aborted));             // on load; null: Missing ("no such item")
/// &lt;ClaimFields ... Errors="Errors" OnChanged="Changed" /&gt;  // every change: Changed(key) clears its error, updates IsDirty
/// &lt;EditOutcomeAlert Form="this" FieldLabel="..." OnReload="LoadAsync" /&gt;   // refusals, focused after each
/// await SaveAsync((stamp, ct) =&gt; Editor.SaveClaimAsync(Id, Draft!, stamp, ct), result =&gt; ...);
/// await RetractAsync(new RetractRequest(title, what, warning), (reason, stamp, ct) =&gt; Editor.RetractClaimAsync(...), (result, reason) =&gt; ...);
/// </code>
/// A change made other than through an input (a claim added, a row removed) calls <see cref="EditorForm{TDraft}.Changed"/> too.
/// A subclass that overrides <see cref="OnAfterRenderAsync"/> calls the base; one that disposes overrides <see cref="OnDispose"/>.
/// </summary>
public abstract class EditorForm : ComponentBase, IDisposable
{
    /// <summary>What the editor is told when the page's sign-in is gone (or no longer an editor's).</summary>
    public const string ForbiddenMessage =
        "Only a signed-in editor can make changes, and this page no longer has one. Nothing was changed: sign in again in another tab, then try again here.";

    private readonly CancellationTokenSource _disposed = new();
    private EditOutcomeAlert? _outcome;
    private bool _focusOutcome;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ActingEditors ActingEditors { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>The server's errors, by field.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The answer to the last save or retraction when it changed nothing.</summary>
    public EditResult? Refusal { get; private set; }

    /// <summary>The page's sign-in is gone, or is no longer an editor's: nothing was changed.</summary>
    public bool Forbidden { get; private set; }

    public bool Saving { get; private set; }

    /// <summary>The draft differs from the one loaded or last saved.</summary>
    public abstract bool IsDirty { get; }

    /// <summary>The draft as it is now counts as saved.</summary>
    protected abstract void MarkClean();

    /// <summary>Cancelled when the form goes (the circuit closed, the page left): pass it to every service call.</summary>
    protected CancellationToken Aborted { get; }

    protected EditorForm() => Aborted = _disposed.Token;

    /// <summary>The alert registers itself, so that the form can focus it after a refusal.</summary>
    internal void Attach(EditOutcomeAlert outcome) => _outcome = outcome;

    internal void Detach(EditOutcomeAlert outcome)
    {
        if (ReferenceEquals(_outcome, outcome))
        {
            _outcome = null;
        }
    }

    /// <summary>Forgets the last refusal and every field error (after a load).</summary>
    protected void ClearOutcome()
    {
        Refusal = null;
        Forbidden = false;
        Errors.Clear();
    }

    /// <summary>
    /// Saves through <paramref name="save"/> with the editor's stamp. On success, clears the errors and calls
    /// <paramref name="saved"/>; otherwise keeps the input as it was and shows why (focused).
    /// </summary>
    protected async Task SaveAsync(Func<EditorStamp, CancellationToken, Task<EditResult>> save, Func<EditResult, Task> saved)
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
            if (await StampAsync("save") is not { } stamp)
            {
                Refuse(null);
                return;
            }

            var result = await save(stamp, Aborted);
            if (!result.Succeeded)
            {
                Refuse(result);
                return;
            }

            // Saved: nothing is unsaved from here, even while the callback reloads the item (leaving the page in that moment asked
            // "Leave without saving?" of work just saved).
            Errors.Clear();
            MarkClean();
            await saved(result);
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>
    /// Asks the reason in a <see cref="RetractDialog"/>, which retracts through <paramref name="retract"/> and stays open, with the
    /// text kept and the refusal beside it, until the server took it. On success calls <paramref name="retracted"/> with the reason;
    /// a conflict closes the dialog and shows on the form with its reload button. Nothing is deleted: the item stays, marked.
    /// </summary>
    protected async Task RetractAsync(
        RetractRequest request, Func<string, EditorStamp, CancellationToken, Task<EditResult>> retract, Func<EditResult, string, Task> retracted)
    {
        var warning = request.Warning + (request.DiscardsChanges && IsDirty ? " Your unsaved changes on this page are discarded." : "");
        EditResult? answer = null;
        var parameters = new DialogParameters<RetractDialog>
        {
            { d => d.Description, request.Description },
            { d => d.Warning, warning },
            {
                d => d.Retract, async reason =>
                {
                    answer = await StampAsync("retract") is { } stamp ? await retract(reason, stamp, Aborted) : null;
                    return answer;
                }
            },
        };
        var dialog = await Dialogs.ShowAsync<RetractDialog>(request.Title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: string reason } || answer is null)
        {
            return;
        }

        Refusal = null;
        Forbidden = false;
        if (answer.Succeeded)
        {
            await retracted(answer, reason);
        }
        else
        {
            Refuse(answer);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusOutcome && _outcome is not null)
        {
            _focusOutcome = false;
            await _outcome.FocusAsync();
        }
    }

    /// <summary>Releases what a subclass holds; the base has already cancelled <see cref="Aborted"/>.</summary>
    protected virtual void OnDispose()
    {
    }

    public void Dispose()
    {
        _disposed.Cancel();
        OnDispose();
        GC.SuppressFinalize(this);
    }

    // Checked in the store at this moment: the circuit's cached sign-in is re-validated only once a minute.
    private Task<EditorStamp?> StampAsync(string action) => ActingEditors.StampAsync(AuthenticationState, $"{action} on {GetType().Name}");

    // A null result: no signed-in editor. Invalid input keeps its field errors; anything else has none.
    private void Refuse(EditResult? result)
    {
        Forbidden = result is null;
        Refusal = result;
        Errors.Set(result?.Errors ?? new Dictionary<string, string>());
        _focusOutcome = true;
    }
}

/// <summary>The editor form of one kind of draft: the draft itself, whether it exists, and whether it changed.</summary>
public abstract class EditorForm<TDraft> : EditorForm
    where TDraft : class
{
    private string? _snapshot;
    private bool _dirty;

    protected TDraft? Draft { get; private set; }

    /// <summary>The item asked for does not exist (<see cref="Start"/> was given null).</summary>
    public bool Missing { get; private set; }

    public override bool IsDirty => _dirty;

    /// <summary>Starts editing <paramref name="draft"/> as loaded (null: the item does not exist), with no errors and nothing changed.</summary>
    protected void Start(TDraft? draft)
    {
        Draft = draft;
        Missing = draft is null;
        ClearOutcome();
        MarkClean();
    }

    /// <summary>
    /// After the editor changed <paramref name="fields"/>: their errors go, and the draft is compared with
    /// the loaded one (here only, never on render).
    /// </summary>
    protected void Changed(params string[] fields)
    {
        foreach (var field in fields)
        {
            Errors.Clear(field);
        }

        _dirty = Draft is not null && Snapshot(Draft) != _snapshot;
    }

    /// <summary>The draft as it is now counts as saved (after a change the server made in place, such as a retraction).</summary>
    protected override void MarkClean()
    {
        _snapshot = Draft is null ? null : Snapshot(Draft);
        _dirty = false;
    }

    private static string Snapshot(TDraft draft) => JsonSerializer.Serialize(draft);
}

/// <summary>What the retract dialog says: its title, what is retracted, and the consequence to point out.</summary>
/// <param name="DiscardsChanges">The form reloads after the retraction, so unsaved changes go (the dialog says so when there are any).</param>
public sealed record RetractRequest(string Title, string Description, string Warning, bool DiscardsChanges = true);
