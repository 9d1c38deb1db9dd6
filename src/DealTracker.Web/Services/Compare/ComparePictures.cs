using DealTracker.Domain.Analysis;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Compare;

/// <summary>
/// The compare page's two pictures as view records: each figure's values on one axis, and who
/// relies on whom. Where things go comes from the domain's <see cref="CompareLayout"/>; what is
/// drawn, and how much of it, is decided here.
/// </summary>
internal static class ComparePictures
{
    private const int MaxBarsPerOutlet = 24;
    private const int MaxBars = 15;
    private const int MaxGraphNodes = 25;

    /// <summary>
    /// One bar per outlet and value (the earliest reported first); with more outlets than fit, one
    /// bar per value, the most carried ones, low to high.
    /// </summary>
    /// <param name="key">The figure's anchor.</param>
    /// <param name="comparison">The figure's values compared.</param>
    /// <param name="claims">Its claims with their values, dated reports first (the earliest first), then by claim id.</param>
    public static IntervalChart Chart(string key, FigureComparison comparison, IReadOnlyList<(FigureClaim Claim, FigureVariant Variant)> claims)
    {
        var perOutlet = claims.Select(c => c.Claim.Report.OutletId).Distinct().Count() <= MaxBarsPerOutlet;
        var bars = perOutlet
            ? claims
                .GroupBy(c => (c.Claim.Report.OutletId, c.Variant.Amount))
                .Select(g => Bar(g.First().Claim.Report.OutletName, g.First().Variant, comparison))
                .ToList()
            : claims
                .GroupBy(c => c.Variant.Amount)
                .OrderByDescending(g => g.Count())
                .Take(MaxBars)
                .Select(g => Bar(CompareMatrix.OutletsText(g.First().Variant.Corroboration.Outlets), g.First().Variant, comparison))
                .OrderBy(b => b.Low)
                .ToList();

        var figure = comparison.Figure;
        var currency = figure.Lead.Amount.Currency;
        var scale = CompareLayout.Scale(comparison.Variants.Max(v => v.Amount.Interval.High ?? v.Amount.Interval.Low));
        return new IntervalChart(key, figure.Title, scale.Max, [.. scale.Ticks.Select(t => new ChartTick(t, MoneyFormat.Compact(t, currency)))],
                                 bars, figure.Agreement?.Low, figure.Agreement?.High, comparison.AgreedAmount?.ToHedgeWords());
    }

    private static ChartBar Bar(string label, FigureVariant variant, FigureComparison comparison)
    {
        var amount = variant.Amount;
        decimal? point = amount.Hedge is Hedge.Exact or Hedge.Approximately ? amount.Amount : null;
        return new ChartBar(label, amount.ToHedgeWords(), amount.Interval.Low, amount.Interval.High, point, comparison.Conflicts(variant));
    }

    /// <summary>
    /// The outlets of the deal's reports and every outlet their reliance chains reach, origins and
    /// the busiest first (at most <see cref="MaxGraphNodes"/>), placed by <see cref="CompareLayout.Layers"/>.
    /// </summary>
    public static RelianceGraph Graph(DealEvidence evidence, IReadOnlyList<ReportRef> reports)
    {
        var names = new Dictionary<int, string>();
        var reportCounts = new Dictionary<int, int>();
        var graph = evidence.GraphOver(reports);
        var origins = new HashSet<int>();
        foreach (var report in reports)
        {
            names.TryAdd(report.OutletId, report.OutletName);
            reportCounts[report.OutletId] = reportCounts.GetValueOrDefault(report.OutletId) + 1;
            var reportOrigins = graph.OriginsOf(report.ReportId);
            for (var i = 0; i < reportOrigins.Count; i++)
            {
                if (reportOrigins[i].OutletId is { } outletId)
                {
                    origins.Add(outletId);
                }
            }
        }

        foreach (var edge in evidence.Edges)
        {
            names.TryAdd(edge.SourceOutletId, edge.SourceOutletName);
        }

        var edges = evidence.Edges.Where(e => e.SourceOutletId != e.ReliedOnOutletId).ToList();
        foreach (var edge in edges)
        {
            names.TryAdd(edge.ReliedOnOutletId, edge.TargetName);
        }

        var shown = names.Keys
            .OrderByDescending(origins.Contains)
            .ThenByDescending(id => reportCounts.GetValueOrDefault(id))
            .ThenBy(id => names[id], StringComparer.Ordinal)
            .Take(MaxGraphNodes)
            .ToList();
        var reliesOn = edges.Select(e => (From: e.SourceOutletId, To: e.ReliedOnOutletId)).Distinct().ToLookup(e => e.From, e => e.To);
        var places = CompareLayout.Layers(shown.ToDictionary(id => id, id => names[id]), reliesOn);

        var nodes = shown
            .GroupBy(id => places[id].Column)
            .SelectMany(g => g.OrderBy(id => places[id].Row))
            .Select(id => new GraphNode($"o{id}", names[id], origins.Contains(id) && !reliesOn.Contains(id), places[id].Column, places[id].Row,
                                        reportCounts.GetValueOrDefault(id)))
            .ToList();
        var graphEdges = edges
            .Where(e => places.ContainsKey(e.SourceOutletId) && places.ContainsKey(e.ReliedOnOutletId))
            .GroupBy(e => (e.SourceOutletId, e.ReliedOnOutletId))
            .Select(g => new GraphEdge($"o{g.Key.SourceOutletId}", $"o{g.Key.ReliedOnOutletId}",
                string.Join(", ", g.Select(e => DisplayNames.Of(e.RelianceKind)).Distinct())))
            .ToList();
        return new RelianceGraph(nodes, graphEdges, names.Count - shown.Count);
    }
}
