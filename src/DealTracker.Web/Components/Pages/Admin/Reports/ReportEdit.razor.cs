using System.Globalization;
using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Reports;
using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Components.Shared;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Intake;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// The report form's state and its work: loading a report (or starting a new one, perhaps from an inbox
/// item), saving it, and retracting it or one of its claims. The parts of the form edit the draft and say so.
/// </summary>
public sealed partial class ReportEdit
{
    private static readonly JsonSerializerOptions _snapshotJson = new();

    private readonly FieldErrors _errors = new();
    private ReportDraft? _draft;
    private string? _snapshot;
    private bool _dirty;
    private int? _loadedId = -1;
    private int? _loadedInboxItem;
    private bool _notFound;
    private InboxDraft? _fromInbox;
    private bool _showFinder;
    private bool _saving;
    private bool _focusSummary;
    private int _historyRevision;
    private string? _summary;
    private string? _alert;
    private string? _conflict;
    private int? _featuredDealId;
    private IReadOnlyList<Choice> _outlets = [];
    private IReadOnlyList<Choice> _deals = [];
    private IReadOnlyList<Choice> _parties = [];
    private IReadOnlyList<KnownName> _outletNames = [];
    private IReadOnlyList<KnownName> _partyNames = [];
    private Dictionary<int, Choice> _reportChoices = [];
    private ErrorSummary? _errorSummary;

    [Inject]
    private ReportEditor Editor { get; set; } = default!;

    [Inject]
    private EditorLookups Lookups { get; set; } = default!;

    [Inject]
    private InboxService Inbox { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter]
    public int? Id { get; set; }

    /// <summary>A new report made from this inbox item: the form opens with the item's prefilled draft.</summary>
    [SupplyParameterFromQuery(Name = "inboxItem")]
    public string? InboxItem { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The inbox item's id, or null when the address holds none or not a positive whole number (a plain new report).</summary>
    private int? InboxItemId =>
        int.TryParse(InboxItem, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private string Title => Id is null ? "New report" : "Edit report";

    private string Subtitle => _draft is null ? "" : string.Join(" · ", new[]
    {
        _outlets.FirstOrDefault(o => o.Id == _draft.OutletId)?.Label,
        $"report {Id}",
        $"version {_draft.Version}",
    }.Where(s => s is not null));

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private int DealForNewClaims => _draft?.DealForNewClaims(_featuredDealId) ?? 0;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id && (Id is not null || _loadedInboxItem == InboxItemId) && (_draft is not null || _notFound))
        {
            return;
        }

        _loadedId = Id;
        _loadedInboxItem = InboxItemId;
        if (_deals.Count == 0)
        {
            await LoadLookupsAsync();
        }

        if (Id is { } id)
        {
            await LoadAsync(id);
        }
        else
        {
            _fromInbox = InboxItemId is { } itemId ? await Inbox.BuildDraftAsync(itemId) : null;
            Start(_fromInbox?.Draft ?? new ReportDraft { RetrievedOn = Today });
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusSummary)
        {
            _focusSummary = false;
            if (_errorSummary is not null)
            {
                await _errorSummary.FocusAsync();
            }
        }
    }

    private async Task LoadLookupsAsync()
    {
        _outlets = await Lookups.OutletsAsync();
        _deals = await Lookups.DealsAsync();
        _featuredDealId = await Lookups.FeaturedDealIdAsync();
        _parties = await Lookups.PartiesAsync();
        _outletNames = await Lookups.OutletNamesAsync();
        _partyNames = await Lookups.PartyNamesAsync();
    }

    private async Task LoadAsync(int id)
    {
        var draft = await Editor.LoadAsync(id);
        if (draft is null)
        {
            _notFound = true;
            _draft = null;
            return;
        }

        var targets = draft.Reliances.Where(r => r.TargetReportId is not null).Select(r => r.TargetReportId!.Value).Distinct().ToList();
        _reportChoices = targets.Count == 0 ? [] : (await Lookups.ReportChoicesByIdAsync(targets)).ToDictionary(c => c.Id);
        _notFound = false;
        Start(draft);
        _historyRevision++;
    }

    private void Start(ReportDraft draft)
    {
        _draft = draft;
        _errors.Clear();
        (_summary, _alert, _conflict) = (null, null, null);
        _snapshot = JsonSerializer.Serialize(draft, _snapshotJson);
        _dirty = false;
    }

    private async Task ReloadAsync()
    {
        if (Id is { } id)
        {
            await LoadLookupsAsync();
            await LoadAsync(id);
        }
    }

    /// <summary>Applies a change a part of the form did not make itself, then compares the draft with the one loaded (once a change, not once a render).</summary>
    private void Changed(Action? apply = null)
    {
        apply?.Invoke();
        _dirty = _draft is not null && JsonSerializer.Serialize(_draft, _snapshotJson) != _snapshot;
    }

    private bool IsRecorded(ExtractedFigure figure) =>
        _draft?.Claims.Any(c => string.Equals(c.Quote?.Trim(), figure.Text, StringComparison.OrdinalIgnoreCase)) == true;

    private async Task SaveAsync()
    {
        if (_draft is null || _saving)
        {
            return;
        }

        _saving = true;
        (_alert, _conflict) = (null, null);
        try
        {
            if (await StampAsync() is not { } stamp)
            {
                _errors.Clear();
                _alert = "Only a signed-in editor can save, and this page no longer has one. Nothing was saved: sign in again in another tab, then save here.";
                _focusSummary = true;
                return;
            }

            var isNew = _draft.Id is null;
            await ShowOutcomeAsync(await Editor.SaveAsync(_draft, stamp), isNew);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowOutcomeAsync(EditResult result, bool isNew)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Snackbar.Add("Report saved", Severity.Success);
                await LoadLookupsAsync();
                if (isNew)
                {
                    // The paste panel stays open on the saved report, with any figures not yet handled.
                    _showFinder = true;
                    Navigation.NavigateTo($"/admin/reports/{result.Id}");
                }
                else
                {
                    await LoadAsync(result.Id);
                }

                break;
            case EditOutcome.Invalid:
                _errors.Set(result.Errors);
                _summary = result.Message;
                _focusSummary = true;
                break;
            case EditOutcome.Conflict:
                _errors.Clear();
                _conflict = result.Message;
                break;
            default:
                _errors.Clear();
                _alert = result.Message;
                _focusSummary = true;
                break;
        }
    }

    private async Task<string?> AskReasonAsync(string title, string description, string? warning)
    {
        var parameters = new DialogParameters<RetractDialog>
        {
            { d => d.Description, description },
            { d => d.Warning, warning },
        };
        var dialog = await Dialogs.ShowAsync<RetractDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    private async Task RetractClaimAsync(ClaimDraft claim)
    {
        var number = _draft!.Claims.IndexOf(claim) + 1;
        if (claim.Id is not { } claimId || await AskReasonAsync($"Retract claim {number}", $"Claim {number}: {ClaimCard.Describe(claim, _parties)}",
                "The claim stays on the report and the public pages, marked as retracted, and stops counting in headline figures.") is not { } reason)
        {
            return;
        }

        if (await StampAsync() is not { } stamp)
        {
            Snackbar.Add("Only a signed-in editor can retract. Nothing was changed.", Severity.Error);
            return;
        }

        var result = await Editor.RetractClaimAsync(claimId, claim.Version, reason, stamp);
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Errors.Values.FirstOrDefault() ?? result.Message ?? "The claim was not retracted.", Severity.Error);
            return;
        }

        (claim.Status, claim.RetractionReason, claim.Version) = (ClaimStatus.Retracted, reason, result.Version);
        if (!_dirty)
        {
            // Retracted and saved: nothing unsaved came of it.
            _snapshot = JsonSerializer.Serialize(_draft, _snapshotJson);
        }

        _historyRevision++;
        Snackbar.Add($"Claim {number} retracted", Severity.Success);
    }

    private async Task RetractReportAsync()
    {
        if (_draft?.Id is not { } reportId)
        {
            return;
        }

        var standing = _draft.Claims.Count(c => c.Id is not null && c.Status == ClaimStatus.Standing);
        var warning = $"Its {Wording.Plural(standing, "standing claim")} {(standing == 1 ? "is" : "are")} retracted with it. Everything stays on the public pages, marked as retracted."
            + (_dirty ? " Your unsaved changes on this page are discarded." : "");
        if (await AskReasonAsync("Retract report", Subtitle, warning) is not { } reason)
        {
            return;
        }

        if (await StampAsync() is not { } stamp)
        {
            Snackbar.Add("Only a signed-in editor can retract. Nothing was changed.", Severity.Error);
            return;
        }

        var result = await Editor.RetractReportAsync(reportId, _draft.Version, reason, stamp);
        switch (result.Outcome)
        {
            case EditOutcome.Saved:
                Snackbar.Add("Report retracted", Severity.Success);
                await LoadAsync(reportId);
                break;
            case EditOutcome.Conflict:
                _conflict = result.Message;
                break;
            default:
                Snackbar.Add(result.Errors.Values.FirstOrDefault() ?? result.Message ?? "The report was not retracted.", Severity.Error);
                break;
        }
    }

    private async Task<EditorStamp?> StampAsync() =>
        AuthenticationState is null ? null : EditorStamps.ForEditor((await AuthenticationState).User);
}
