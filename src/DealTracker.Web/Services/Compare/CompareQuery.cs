using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using DealTracker.Web.Services.Caching;
using DealTracker.Web.Services.Evidence;
using DealTracker.Web.Services.Pages;

namespace DealTracker.Web.Services.Compare;

/// <summary>
/// The compare page: every outlet's figure for every metric, conflicts and agreements, the
/// interval pictures and the reliance graph, from the same evidence as the overview.
/// </summary>
public sealed class CompareQuery(IDbContextFactory<DealTrackerDbContext> dbFactory, ReadModelCache cache)
{
    private const int MaxBarsPerOutlet = 24;
    private const int MaxGraphNodes = 25;
    private const int MaxOutletRows = 25;
    private const int MaxPairedValues = 4;
    private const int MaxBars = 15;
    private const int MaxValuesPerCell = 2;

    public Task<CompareView?> GetAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"compare:{slug}:{asOf:yyyy-MM-dd}", () => LoadAsync(slug, asOf, cancellationToken));

    /// <summary>Retracted figures listed under the matrix (the newest first).</summary>
    public const int MaxRetracted = 20;

    private async Task<CompareView?> LoadAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deal = await DealHeader.FindAsync(db, slug, cancellationToken);
        if (deal is null)
        {
            return null;
        }

        var evidence = await DealEvidence.LoadAsync(db, deal.Id, asOf, cancellationToken);
        var dealReports = await db.Claims
            .Where(c => c.DealId == deal.Id)
            .Where(c => asOf == null || c.Report!.PublishedUntil <= asOf)
            .Select(c => new { c.ReportId, c.Report!.OutletId, c.Report.Outlet!.Name, c.Report.Outlet.Slug })
            .Distinct()
            .ToListAsync(cancellationToken);

        var groups = evidence.Claims
            .GroupBy(c => (c.Metric, c.PartyId))
            .OrderBy(g => g.Key.Metric).ThenBy(g => g.First().PartyName, StringComparer.Ordinal)
            .ToList();

        var columns = new List<CompareColumn>();
        var charts = new List<IntervalChart>();
        var cells = new Dictionary<(int OutletId, string Key), List<CellClaim>>();
        foreach (var group in groups)
        {
            var key = DealOverviewQuery.FigureAnchor(group.Key.Metric, group.Key.PartyId);
            var title = DisplayNames.FigureTitle(group.Key.Metric, group.First().PartyName);
            var claims = group.OrderBy(c => c.Report.Published is null).ThenBy(c => c.Report.Published).ToList();
            var isMoney = claims[0].Money is not null;

            var verdict = isMoney ? CompareMoney(claims) : CompareStages(claims);
            columns.Add(new CompareColumn(key, title, isMoney, verdict.Agreement, verdict.Conflicting.Count > 0, verdict.Pairs));
            foreach (var claim in claims)
            {
                var cellKey = (claim.Report.OutletId, key);
                if (!cells.TryGetValue(cellKey, out var list))
                {
                    cells[cellKey] = list = [];
                }

                list.Add(new CellClaim(claim.Report.ReportId, Words(claim), claim.Money?.ToFullWords(), claim.Quote, claim.Report.Published?.ToString(),
                                       verdict.Conflicting.Contains(claim.Id), verdict.GroupOf[claim.Id]));
            }

            if (isMoney)
            {
                charts.Add(Chart(key, title, claims, verdict));
            }
        }

        var firstSeen = evidence.Claims
            .GroupBy(c => c.Report.OutletId)
            .ToDictionary(g => g.Key, g => g.Min(c => c.Report.Published));
        var allOutlets = evidence.Claims.DistinctBy(c => c.Report.OutletId).ToList();
        var outlets = allOutlets
            .OrderBy(c => firstSeen[c.Report.OutletId] is null).ThenBy(c => firstSeen[c.Report.OutletId]).ThenBy(c => c.Report.OutletName, StringComparer.Ordinal)
            .Take(MaxOutletRows)
            .Select(c => new CompareOutletRow(c.OutletSlug, c.Report.OutletName,
                columns.Select(col => new CompareCell(col.Key, Distinct(cells.GetValueOrDefault((c.Report.OutletId, col.Key)) ?? []))).ToList()))
            .ToList();

        var graph = Graph(evidence, dealReports.Select(r => (r.ReportId, r.OutletId, r.Name)).ToList());
        var retracted = await db.Claims
            .Where(c => c.DealId == deal.Id && c.Status == ClaimStatus.Retracted && (c.Hedge != null || c.TalksStage != null))
            .Where(c => asOf == null || c.Report!.PublishedUntil <= asOf)
            .OrderByDescending(c => c.Id).Take(MaxRetracted)
            .Select(c => new
            {
                c.ReportId, Outlet = c.Report!.Outlet!.Name, c.Metric, Party = c.Party!.Name, c.Hedge, c.Currency, c.Amount, c.AmountLow, c.AmountHigh,
                c.TalksStage, c.Report.PublishedOn, c.Report.PublishedPrecision, c.RetractionReason,
            })
            .ToListAsync(cancellationToken);
        return new CompareView(deal, columns, outlets, charts, graph, asOf)
        {
            HiddenOutlets = allOutlets.Count - outlets.Count,
            Retracted = [.. retracted.Select(c => new RetractedFigure(
                c.ReportId, c.Outlet, DisplayNames.FigureTitle(c.Metric, c.Party),
                c.Hedge is { } hedge && c.Currency is { } currency
                    ? HedgedAmount.Create(hedge, currency, c.Amount, c.AmountLow, c.AmountHigh).ToHedgeWords()
                    : c.TalksStage is { } stage ? DisplayNames.Of(stage) : "",
                DealEvidence.DateText(c.PublishedOn, c.PublishedPrecision), c.RetractionReason))],
        };
    }

    /// <summary>One entry per value an outlet states (its earliest report), with how many times it stated it.</summary>
    private static List<CellClaim> Distinct(List<CellClaim> claims)
    {
        var values = claims.GroupBy(c => c.Words).Select(g => g.First() with { Times = g.Count() }).ToList();
        if (values.Count <= MaxValuesPerCell)
        {
            return values;
        }

        // A busy outlet: its first values, then how many more (they all count in the verdicts and pictures).
        var shown = values.Take(MaxValuesPerCell).ToList();
        shown[^1] = shown[^1] with { MoreValues = values.Count - MaxValuesPerCell };
        return shown;
    }

    private static string Words(EvidenceClaim claim) =>
        claim.Money?.ToHedgeWords() ?? (claim.Stage is { } stage ? DisplayNames.Of(stage) : "—");

    private sealed record Verdict(string? Agreement, MoneyInterval? Interval, HashSet<int> Conflicting, Dictionary<int, int> GroupOf, List<ComparePair> Pairs);

    private static Verdict CompareMoney(List<EvidenceClaim> claims)
    {
        var variants = claims.GroupBy(c => c.Money!).Select(g => (Amount: g.Key, Claims: g.ToList()))
            .OrderByDescending(v => v.Claims.Select(c => c.Report.OutletId).Distinct().Count()).ThenBy(v => v.Claims[0].Report.Published is null)
            .ThenBy(v => v.Claims[0].Report.Published)
            .ToList();
        var currency = variants[0].Amount.Currency;
        var conflicting = new HashSet<int>();
        var pairs = new List<ComparePair>();
        for (var i = 0; i < variants.Count; i++)
        {
            for (var j = i + 1; j < variants.Count; j++)
            {
                var (a, b) = (variants[i], variants[j]);
                var overlap = a.Amount.Currency == b.Amount.Currency ? a.Amount.Interval.Intersect(b.Amount.Interval) : null;
                if (overlap is null)
                {
                    conflicting.UnionWith(a.Claims.Concat(b.Claims).Select(c => c.Id));
                }

                if (i >= MaxPairedValues || j >= MaxPairedValues)
                {
                    continue; // every conflict is flagged; only the most carried values are spelled out in pairs
                }

                pairs.Add(new ComparePair(a.Amount.ToHedgeWords(), Outlets(a.Claims), b.Amount.ToHedgeWords(), Outlets(b.Claims), overlap is not null,
                                          overlap is { } o ? o.ToWords(currency) : null));
            }
        }

        // Compatible values grouped: sweep by lower bound, a group lasts while its common interval is not empty.
        var groupOf = new Dictionary<int, int>();
        var group = 0;
        MoneyInterval? running = null;
        foreach (var variant in variants.OrderBy(v => v.Amount.Interval.Low).ThenBy(v => v.Amount.Interval.High ?? decimal.MaxValue))
        {
            var next = running?.Intersect(variant.Amount.Interval);
            if (running is not null && next is null)
            {
                group++;
                next = variant.Amount.Interval;
            }

            running = next ?? variant.Amount.Interval;
            foreach (var claim in variant.Claims)
            {
                groupOf[claim.Id] = group;
            }
        }

        var all = variants.Select(v => (MoneyInterval?)v.Amount.Interval)
            .Aggregate((acc, next) => acc is { } a && next is { } n ? a.Intersect(n) : null);
        var single = variants.Select(v => v.Amount.Currency).Distinct().Count() == 1;
        return new Verdict(single && all is { } agreement ? agreement.ToWords(currency) : null,
                           single ? all : null, conflicting, groupOf, pairs);
    }

    private static Verdict CompareStages(List<EvidenceClaim> claims)
    {
        var variants = claims.GroupBy(c => c.Stage!.Value).Select(g => (Stage: g.Key, Claims: g.ToList())).OrderBy(v => v.Stage).ToList();
        var pairs = new List<ComparePair>();
        for (var i = 0; i < variants.Count; i++)
        {
            for (var j = i + 1; j < variants.Count; j++)
            {
                pairs.Add(new ComparePair(DisplayNames.Of(variants[i].Stage), Outlets(variants[i].Claims),
                                          DisplayNames.Of(variants[j].Stage), Outlets(variants[j].Claims), false, null));
            }
        }

        var groupOf = variants.SelectMany((v, index) => v.Claims.Select(c => (c.Id, index))).ToDictionary(x => x.Id, x => x.index);
        var conflicting = variants.Count > 1 ? claims.Select(c => c.Id).ToHashSet() : [];
        return new Verdict(variants.Count == 1 ? DisplayNames.Of(variants[0].Stage) : null, null, conflicting, groupOf, pairs);
    }

    private static string Outlets(List<EvidenceClaim> claims) =>
        string.Join(", ", claims.Select(c => c.Report.OutletName).Distinct().Take(4))
        + (claims.Select(c => c.Report.OutletId).Distinct().Count() > 4 ? $" and {claims.Select(c => c.Report.OutletId).Distinct().Count() - 4} more" : "");

    private static IntervalChart Chart(string key, string title, List<EvidenceClaim> claims, Verdict verdict)
    {
        var perOutlet = claims.Select(c => c.Report.OutletId).Distinct().Count() <= MaxBarsPerOutlet;
        var bars = perOutlet
            ? claims
                .GroupBy(c => (c.Report.OutletId, c.Money))
                .Select(g => Bar(g.First().Report.OutletName, g.Key.Money!, g.Any(c => verdict.Conflicting.Contains(c.Id))))
                .ToList()
            : claims
                .GroupBy(c => c.Money!)
                .OrderByDescending(g => g.Count())
                .Take(MaxBars)
                .Select(g => Bar(Outlets(g.ToList()), g.Key, g.Any(c => verdict.Conflicting.Contains(c.Id))))
                .OrderBy(b => b.Low)
                .ToList();

        var bounds = claims.SelectMany(c => new[] { c.Money!.Interval.Low, c.Money.Interval.High ?? c.Money.Interval.Low }).ToList();
        var end = bounds.Max() * 1.15m;
        var step = NiceCeiling(end / 5);
        var steps = (int)Math.Ceiling(end / step);
        var max = step * steps;
        var currency = claims[0].Money!.Currency;
        var ticks = Enumerable.Range(0, steps + 1).Select(i => new ChartTick(step * i, MoneyFormat.Compact(step * i, currency))).ToList();
        return new IntervalChart(key, title, max, ticks, bars, verdict.Interval?.Low, verdict.Interval?.High, verdict.Agreement);
    }

    private static ChartBar Bar(string label, HedgedAmount amount, bool conflicts)
    {
        var interval = amount.Interval;
        decimal? point = amount.Hedge is Hedge.Exact or Hedge.Approximately ? amount.Amount : null;
        return new ChartBar(label, amount.ToHedgeWords(), interval.Low, interval.High, point, conflicts);
    }

    /// <summary>The next "nice" step (1, 2, 2.5 or 5 times a power of ten) at or above the value.</summary>
    internal static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        while (power > value)
        {
            power /= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (power * factor >= value)
            {
                return power * factor;
            }
        }

        return power * 10;
    }

    private static RelianceGraph Graph(DealEvidence evidence, List<(int ReportId, int OutletId, string Name)> reports)
    {
        var names = reports.GroupBy(r => r.OutletId).ToDictionary(g => g.Key, g => g.First().Name);
        var reportCounts = reports.GroupBy(r => r.OutletId).ToDictionary(g => g.Key, g => g.Count());
        var outletOfReport = reports.ToDictionary(r => r.ReportId, r => r.OutletId);
        foreach (var edge in evidence.Edges)
        {
            outletOfReport.TryAdd(edge.ReportId, edge.SourceOutletId);
            names.TryAdd(edge.SourceOutletId, edge.SourceOutletName);
        }

        var graph = evidence.GraphWith(reports.Select(r => new ReportRef(r.ReportId, r.OutletId, r.Name, null)));
        var origins = reports.SelectMany(r => graph.OriginsOf(r.ReportId)).Where(o => o.OutletId is not null).Select(o => o.OutletId!.Value).ToHashSet();

        var edges = evidence.Edges
            .Where(e => outletOfReport.ContainsKey(e.ReportId))
            .Select(e => (From: e.SourceOutletId, To: e.TargetOutletId ?? e.TargetReportOutletId ?? 0, ToName: e.TargetName, e.Kind))
            .Where(e => e.From != e.To)
            .ToList();
        foreach (var edge in edges)
        {
            names.TryAdd(edge.To, edge.ToName);
        }

        var shown = names.Keys
            .OrderByDescending(id => origins.Contains(id))
            .ThenByDescending(id => reportCounts.GetValueOrDefault(id))
            .ThenBy(id => names[id], StringComparer.Ordinal)
            .Take(MaxGraphNodes)
            .ToHashSet();

        // Column: origins first, then one further for each step of reliance (bounded, so cycles end).
        var targets = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().ToList());
        var column = shown.ToDictionary(id => id, id => targets.ContainsKey(id) ? 1 : 0);
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var id in shown.Where(targets.ContainsKey))
            {
                column[id] = Math.Min(3, 1 + targets[id].Where(column.ContainsKey).Select(t => column[t]).DefaultIfEmpty(0).Max());
            }
        }

        var nodes = shown
            .GroupBy(id => column[id])
            .SelectMany(g => g.OrderBy(id => names[id], StringComparer.Ordinal).Select((id, row) =>
                new GraphNode($"o{id}", names[id], origins.Contains(id) && !targets.ContainsKey(id), g.Key, row, reportCounts.GetValueOrDefault(id))))
            .ToList();
        var graphEdges = edges
            .Where(e => shown.Contains(e.From) && shown.Contains(e.To))
            .GroupBy(e => (e.From, e.To))
            .Select(g => new GraphEdge($"o{g.Key.From}", $"o{g.Key.To}",
                string.Join(", ", g.Select(e => DisplayNames.Of(Enum.Parse<Domain.Reports.RelianceKind>(e.Kind))).Distinct())))
            .ToList();
        return new RelianceGraph(nodes, graphEdges, names.Count - shown.Count);
    }
}
