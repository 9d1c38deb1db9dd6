using System.Globalization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Web.Components.Pages.Admin.Shared;
using DealTracker.Web.Components.Shared;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Intake;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealTracker.Web.Components.Pages.Admin.Reports;

/// <summary>
/// The report form's state and its work: loading a report (or starting a new one, perhaps from an inbox item),
/// saving it, and retracting it or one of its claims. Field errors, the answer to a save, the retract dialog and
/// the unsaved-changes state are the editor-form base's (<see cref="EditorForm{TDraft}"/>); the parts of the form
/// edit the draft and say so.
/// </summary>
public sealed partial class ReportEdit
{
    private int? _loadedId = -1;
    private int? _loadedInboxItem;
    private InboxDraft? _fromInbox;
    private InboxItemView? _madeFrom;
    private bool _showFinder;
    private int _historyRevision;
    private int? _featuredDealId;
    private IReadOnlyList<Choice> _outlets = [];
    private IReadOnlyList<Choice> _deals = [];
    private IReadOnlyList<Choice> _parties = [];
    private IReadOnlyList<KnownName> _outletNames = [];
    private IReadOnlyList<KnownName> _partyNames = [];
    private Dictionary<int, Choice> _reportChoices = [];

    [Inject]
    private ReportEditor Editor { get; set; } = default!;

    [Inject]
    private EditorLookups Lookups { get; set; } = default!;

    [Inject]
    private InboxService Inbox { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter]
    public int? Id { get; set; }

    /// <summary>A new report made from this inbox item: the form opens with the item's prefilled draft.</summary>
    [SupplyParameterFromQuery(Name = "inboxItem")]
    public string? InboxItem { get; set; }

    /// <summary>The inbox item's id, or null when the address holds none or not a positive whole number (a plain new report).</summary>
    private int? InboxItemId =>
        int.TryParse(InboxItem, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private string Title => Id is null ? "New report" : "Edit report";

    private string Subtitle => Draft is null ? "" : string.Join(" · ", new[]
    {
        _outlets.FirstOrDefault(o => o.Id == Draft.OutletId)?.Label,
        $"report {Id}",
        $"version {Draft.Version}",
    }.Where(s => s is not null));

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The report's own outlet as the paste panel matches sources against it: the new outlet being named (id 0), else the picked one.
    /// </summary>
    private KnownName? OwnOutletOf(ReportDraft draft) =>
        !string.IsNullOrWhiteSpace(draft.NewOutletName) ? KnownName.Of(0, draft.NewOutletName.Trim())
        : draft.OutletId is { } id ? _outletNames.FirstOrDefault(o => o.Id == id)
        : null;

    /// <summary>The deal a claim added or accepted now is about (<see cref="ReportDraft.DealForNewClaims"/>).</summary>
    private int DealForNewClaims => Draft?.DealForNewClaims(_featuredDealId) ?? 0;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id && (Id is not null || _loadedInboxItem == InboxItemId) && (Draft is not null || Missing))
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
            // An item already made into a report is not offered again: the form says so and links to that report, and starts a plain new report.
            var item = InboxItemId is { } itemId ? await Inbox.GetAsync(itemId, Aborted) : null;
            _madeFrom = item is { Status: Domain.Intake.InboxStatus.Done, ReportId: not null } ? item : null;
            _fromInbox = item is not null && _madeFrom is null ? await Inbox.BuildDraftAsync(item.Id, Aborted) : null;
            Start(_fromInbox?.Draft ?? new ReportDraft { RetrievedOn = Today });
        }
    }

    private async Task LoadLookupsAsync()
    {
        _outlets = await Lookups.OutletsAsync(Aborted);
        _deals = await Lookups.DealsAsync(Aborted);
        _featuredDealId = await Lookups.FeaturedDealIdAsync(Aborted);
        _parties = await Lookups.PartiesAsync(Aborted);
        _outletNames = await Lookups.OutletNamesAsync(Aborted);
        _partyNames = await Lookups.PartyNamesAsync(Aborted);
    }

    private async Task LoadAsync(int id)
    {
        var draft = await Editor.LoadAsync(id, Aborted);
        var targets = draft?.Reliances.Where(r => r.TargetReportId is not null).Select(r => r.TargetReportId!.Value).Distinct().ToList() ?? [];
        _reportChoices = targets.Count == 0 ? [] : (await Lookups.ReportChoicesByIdAsync(targets, Aborted)).ToDictionary(c => c.Id);
        Start(draft);
        _historyRevision++;
    }

    /// <summary>Loads the report as saved now (after a conflict), with lookups that may have changed with it.</summary>
    private async Task ReloadAsync()
    {
        if (Id is { } id)
        {
            await LoadLookupsAsync();
            await LoadAsync(id);
        }
    }

    /// <summary>A change from outside the form's inputs (the finder, the inbox notice): applied, then counted as a change.</summary>
    private void Apply(Action change)
    {
        change();
        Changed();
    }

    /// <summary>
    /// A page read from its link (the paste panel's "Fetch text"): its title, link and publish date go into the report's headline, link
    /// and published fields that are empty, never over what the editor typed. Returns the fields filled, for the panel to say so.
    /// </summary>
    private IReadOnlyList<string> FillFromPage(string link, ArticleResult article)
    {
        var draft = Draft!;
        var filled = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Headline) && !string.IsNullOrWhiteSpace(article.Title))
        {
            draft.Headline = Limits.Clip(article.Title.Trim(), Limits.Headline);
            filled.Add(ReportFieldLabels.Of(nameof(ReportDraft.Headline)));
        }

        if (string.IsNullOrWhiteSpace(draft.Url) && Domain.Reports.Links.IsSafe(link))
        {
            draft.Url = link;
            filled.Add(ReportFieldLabels.Of(nameof(ReportDraft.Url)));
        }

        if (draft.PublishedOn is null && !draft.UnreadDates.ContainsKey(nameof(ReportDraft.PublishedOn))
            && article.PublishedAt is { } at && DateOnly.FromDateTime(at) is var day && day <= Today)
        {
            (draft.PublishedOn, draft.PublishedPrecision) = (day, Domain.Dates.DatePrecision.Day);
            filled.Add(ReportFieldLabels.Of(nameof(ReportDraft.PublishedOn)));
        }

        if (filled.Count > 0)
        {
            Changed(nameof(ReportDraft.Headline), nameof(ReportDraft.Url), nameof(ReportDraft.PublishedOn));
            StateHasChanged();
        }

        return filled;
    }

    private bool IsRecorded(ExtractedFigure figure) =>
        Draft?.Claims.Any(c => string.Equals(c.Quote?.Trim(), figure.Text, StringComparison.OrdinalIgnoreCase)) == true;

    private Task SaveAsync()
    {
        var isNew = Draft!.Id is null;
        return SaveAsync((stamp, cancellationToken) => Editor.SaveAsync(Draft!, stamp, cancellationToken), async result =>
        {
            Snackbar.Add("Report saved", Severity.Success);
            await LoadLookupsAsync();
            if (isNew)
            {
                // The paste panel stays open on the saved report, with any figures not yet handled. The form counts as saved since the
                // save (EditorForm.SaveAsync), so leaving the new report's address for the saved one's asks nothing.
                _showFinder = true;
                Navigation.NavigateTo($"/admin/reports/{result.Id}");
            }
            else
            {
                await LoadAsync(result.Id);
            }
        });
    }

    private Task RetractClaimAsync(ClaimDraft claim)
    {
        var number = Draft!.Claims.IndexOf(claim) + 1;
        if (claim.Id is not { } claimId)
        {
            return Task.CompletedTask;
        }

        var request = new RetractRequest($"Retract claim {number}", $"Claim {number}: {ClaimCard.Describe(claim, _parties)}",
            "The claim stays on the report and the public pages, marked as retracted, and stops counting in headline figures.", DiscardsChanges: false);
        return RetractAsync(request, (reason, stamp, cancellationToken) => Editor.RetractClaimAsync(claimId, claim.Version, reason, stamp, cancellationToken),
            (result, reason) =>
            {
                (claim.Status, claim.RetractionReason, claim.Version) = (ClaimStatus.Retracted, reason, result.Version);
                if (!IsDirty)
                {
                    // Retracted and saved on the server: the page has nothing unsaved because of it.
                    MarkClean();
                }

                _historyRevision++;
                Snackbar.Add($"Claim {number} retracted", Severity.Success);
                return Task.CompletedTask;
            });
    }

    private Task RetractReportAsync()
    {
        if (Draft?.Id is not { } reportId)
        {
            return Task.CompletedTask;
        }

        var standing = Draft.Claims.Count(c => c.Id is not null && c.Status == ClaimStatus.Standing);
        var request = new RetractRequest("Retract report", Subtitle,
            $"Its {Wording.Plural(standing, "standing claim")} {(standing == 1 ? "is" : "are")} retracted with it. Everything stays on the public pages, marked as retracted.");
        return RetractAsync(request, (reason, stamp, cancellationToken) => Editor.RetractReportAsync(reportId, Draft.Version, reason, stamp, cancellationToken),
            async (_, _) =>
            {
                Snackbar.Add("Report retracted", Severity.Success);
                await LoadAsync(reportId);
            });
    }
}
