using DealTracker.Domain.Analysis;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Text;
using DealTracker.Web.Apis.Contracts;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Apis.Queries;

/// <summary>Deals for the API: the list, and one deal with its headline figures and corroboration (from the same evidence as the overview page).</summary>
public sealed class DealApiQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    /// <summary>
    /// A page of deals (featured first, then by title): a count and the page's rows, whatever the store's size. With
    /// <paramref name="after"/> (a cursor's key) the page starts after that deal, read off the order, not counted from the first.
    /// </summary>
    public Task<PagedList<DealSummaryDto>> ListAsync(int page, int pageSize, DealKey? after = null, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"api:deals:{page}:{pageSize}:{(after is null ? "" : $"{after.Featured}:{after.Id}:{after.Title}")}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var total = await db.Deals.CountAsync(cancellationToken);
            // The counts are kept by every save (Data/Tallies): a deal without a kept row yet has no claims.
            // A page past the last is empty, with the real total (as the other lists).
            var skip = after is null ? (long)(page - 1) * pageSize : 0;
            var deals = db.Deals.AsQueryable();
            if (after is not null)
            {
                deals = after.Featured
                    ? deals.Where(d => !d.IsFeatured || (string.Compare(d.Title, after.Title) > 0 || (d.Title == after.Title && d.Id > after.Id)))
                    : deals.Where(d => !d.IsFeatured && (string.Compare(d.Title, after.Title) > 0 || (d.Title == after.Title && d.Id > after.Id)));
            }

            var rows = await (
                    from d in deals
                    join t in db.DealTallies on d.Id equals t.DealId into tallies
                    from t in tallies.DefaultIfEmpty()
                    orderby d.IsFeatured descending, d.Title, d.Id
                    select new { d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.IsFeatured, Reports = t == null ? 0 : t.Reports, Claims = t == null ? 0 : t.Claims })
                .Skip(skip >= total ? 0 : (int)skip).Take(skip >= total ? 0 : pageSize + 1)
                .ToListAsync(cancellationToken);
            var more = rows.Count > pageSize;
            rows = [.. rows.Take(pageSize)];
            return new PagedList<DealSummaryDto>(
                [.. rows.Select(d => new DealSummaryDto(d.Id, d.Slug, d.Title, d.Summary, EnumNames.Token(d.Stage), d.IsFeatured, d.Reports, d.Claims))],
                total, page, pageSize,
                more ? ListCursor.Encode(DealKey.List, page + 1, rows[^1].IsFeatured ? "1" : "0", rows[^1].Title, ListCursor.Number(rows[^1].Id)) : null);
        });

    public Task<DealDetailDto?> GetAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"api:deal:{slug}:{asOf:yyyy-MM-dd}", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var deal = await db.Deals.Where(d => d.Slug == slug)
                .Select(d => new
                {
                    d.Id, d.Slug, d.Title, d.Summary, d.Stage, d.StageNote,
                    Parties = d.Parties.Select(p => new { p.Party!.Id, p.Party.Slug, p.Party.Name, p.Role }).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (deal is null)
            {
                return null;
            }

            var related = await db.DealLinks.Where(l => l.DealId == deal.Id || l.RelatedDealId == deal.Id)
                .Select(l => l.DealId == deal.Id ? new { l.RelatedDeal!.Slug, l.RelatedDeal.Title } : new { l.Deal!.Slug, l.Deal.Title })
                .ToListAsync(cancellationToken);
            var evidence = await DealEvidence.LoadAsync(db, deal.Id, asOf, cancellationToken);
            var figures = HeadlineFigure.From(evidence.FigureClaims, evidence.Graph);
            var reliesOn = evidence.Edges.ToLookup(
                e => e.ReportId,
                e => new RelianceDto(new NamedRef(e.TargetSlug, e.TargetName), EnumNames.Token(Enum.Parse<Domain.Reports.RelianceKind>(e.Kind)), e.TargetReportId));
            // A figure's party by its id: a claim may name a party that is not one of the deal's parties.
            var partyIds = figures.Where(f => f.PartyId is not null).Select(f => f.PartyId!.Value).Distinct().ToList();
            var partySlugs = await db.Parties.Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);

            return (DealDetailDto?)new DealDetailDto(
                deal.Slug, deal.Title, deal.Summary, EnumNames.Token(deal.Stage), deal.StageNote,
                [.. deal.Parties.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => new DealPartyDto(p.Id, p.Slug, p.Name, EnumNames.Token(p.Role)))],
                [.. figures.Select(f => new FigureDto(
                    EnumNames.Token(f.Metric),
                    f.PartyId is { } partyId && f.PartyName is { } party ? new NamedRef(partySlugs.GetValueOrDefault(partyId) ?? "", party) : null,
                    f.Title,
                    MoneyDto.From(f.Lead.Amount)!,
                    [.. f.Variants.Select(v => new FigureValueDto(MoneyDto.From(v.Amount)!, v.CompatibleWithLead, v.Amount.Currency == f.Lead.Amount.Currency, ToDto(v.Corroboration, reliesOn)))],
                    ToDto(f.Corroboration, reliesOn),
                    MoneyDto.From(f.AgreedAmount),
                    f.HasConflict,
                    f.HasMixedCurrencies,
                    [.. f.AgreementsByCurrency.Select(a => MoneyDto.From(a)!)]))],
                [.. related.Select(r => new NamedRef(r.Slug, r.Title))]);
        });

    private static CorroborationDto ToDto(Corroboration corroboration, ILookup<int, RelianceDto> reliesOn) => new(
        corroboration.OutletCount, corroboration.IndependentCount, corroboration.Outlets, [.. corroboration.Origins.Select(o => o.Label)],
        corroboration.First is { } first
            ? new FirstReportDto(first.ReportId, first.OutletName, first.Published is { } p ? PartialDateDto.From(p.Start, p.Precision) : null, [.. reliesOn[first.ReportId]])
            : null);
}

/// <summary>Where a page of deals starts (keyset paging): after the deal <paramref name="Id"/>, featured or not, with that title.</summary>
public sealed record DealKey(bool Featured, string Title, int Id)
{
    /// <summary>The list a deals cursor belongs to.</summary>
    public const string List = "deals";
}
