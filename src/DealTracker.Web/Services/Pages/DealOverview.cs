using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Pages;

/// <summary>
/// Everything the overview page shows, as plain serialisable values: the page persists it
/// across the prerender so the interactive circuit does not query again.
/// </summary>
public sealed record DealOverview(
    DealHeader Deal,
    IReadOnlyList<PartyRoleView> Parties,
    IReadOnlyList<FigureCard> Figures,
    IReadOnlyList<ReportListItem> LatestReports,
    int ReportCount,
    int OutletCount,
    IReadOnlyList<RelatedDealView> RelatedDeals,
    DateOnly? AsOf);

/// <summary>
/// What the overview works out from the deal's reports and claims (all of it but the deal, its parties and related
/// deals): kept per deal as it stands, as JSON in <c>DealHeadlines</c>. A change to its shape (or to what it holds)
/// needs a migration that empties the kept views (docs/data-model.md, "Kept figures").
/// </summary>
public sealed record OverviewFigures(IReadOnlyList<FigureCard> Figures, IReadOnlyList<ReportListItem> LatestReports, int ReportCount, int OutletCount);

public sealed record DealHeader(int Id, string Slug, string Title, string Summary, string Stage, string? StageNote)
{
    /// <summary>The deal at this address, or null.</summary>
    internal static async Task<DealHeader?> FindAsync(Data.DealTrackerDbContext db, string slug, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.Where(d => d.Slug == slug)
            .Select(d => new { d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.StageNote })
            .FirstOrDefaultAsync(cancellationToken);
        return deal is null ? null : new DealHeader(deal.Id, deal.Slug, deal.Title, deal.Summary, Domain.Deals.DisplayNames.Of(deal.Stage), deal.StageNote);
    }
}

public sealed record PartyRoleView(string Name, string Slug, string Role, string? Description, string? Note);

public sealed record RelatedDealView(string Slug, string Title, string Stage, string Relation);

/// <summary>One headline figure: the lead value in its hedge words and who stands behind it.</summary>
public sealed record FigureCard(
    string Anchor,
    string Title,
    string LeadWords,
    string LeadFull,
    string? LeadQuote,
    string? FirstOutlet,
    string? FirstDate,
    int OutletCount,
    int IndependentCount,
    IReadOnlyList<string> Origins,
    IReadOnlyList<FigureVariantView> Variants,
    string? Agreement,
    bool HasConflict,
    IReadOnlyList<FigureSource> Sources)
{
    /// <summary>Values not listed in the spread (only the most carried are).</summary>
    public int MoreVariants { get; init; }

    /// <summary>Sources not listed (only the earliest are); the timeline filtered by the metric has them all.</summary>
    public int MoreSources { get; init; }

    /// <summary>The metric's name, for the timeline filter link.</summary>
    public string Metric { get; init; } = "";
}

public sealed record FigureVariantView(
    string Words, string Full, IReadOnlyList<string> Outlets, int IndependentCount, bool IsLead, bool CompatibleWithLead, bool ComparableWithLead = true);

/// <summary>One report behind a figure, with its own words and what it relies on.</summary>
public sealed record FigureSource(
    int ReportId,
    string Outlet,
    string? Date,
    string Words,
    string? Quote,
    string? ReliesOn,
    string? Link,
    string LinkLabel);

public sealed record ReportListItem(
    int Id,
    string Outlet,
    string? Headline,
    string Summary,
    string? Date,
    string? Link,
    string LinkLabel,
    string? ReliesOn)
{
    /// <summary>For a retracted report, the reason (empty when none was given); null while it stands.</summary>
    public string? Retraction { get; init; }
}
