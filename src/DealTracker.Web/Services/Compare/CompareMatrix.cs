using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Web.Services.Evidence;

namespace DealTracker.Web.Services.Compare;

/// <summary>
/// Metric × outlet: the domain's verdicts on each figure and stage of talks, in the words and
/// limits of the compare page (one column per metric and party, one row per outlet).
/// </summary>
internal sealed record CompareMatrix(
    IReadOnlyList<CompareColumn> Columns,
    IReadOnlyList<CompareOutletRow> Outlets,
    IReadOnlyList<IntervalChart> Charts,
    int HiddenOutlets)
{
    private const int MaxOutletRows = 25;
    private const int MaxPairedValues = 4;
    private const int MaxValuesPerCell = 2;
    private const int MaxOutletsNamed = 4;

    /// <param name="evidence">The deal's comparable claims and reliance graph.</param>
    /// <param name="figures">The headline figures of its money claims (<see cref="HeadlineFigure.From"/> over the same evidence).</param>
    public static CompareMatrix Build(DealEvidence evidence, IReadOnlyList<HeadlineFigure> figures)
    {
        var money = figures.Select(FigureComparison.Of).ToList();
        // Each figure's claims sorted once, for its column and its chart; each report's day in words once.
        var moneyClaims = money.Select(InDateOrder).ToList();
        var days = new Dictionary<int, string?>();
        var stages = StageComparison.From(evidence.StageClaims, evidence.Graph);
        var compared = money.Select((m, i) => Column(m, moneyClaims[i], days)).Concat(stages.Select(s => Column(s, days)))
            .OrderBy(f => f.Metric).ThenBy(f => f.PartyName, StringComparer.Ordinal)
            .ToList();

        var (rows, hidden) = Rows(evidence, compared);
        return new CompareMatrix(
            [.. compared.Select(f => f.Column)],
            rows,
            [.. money.Select((m, i) => ComparePictures.Chart(FigureAnchor.Of(m.Figure.Metric, m.Figure.PartyId), m, moneyClaims[i]))],
            hidden);
    }

    /// <summary>A figure's claims with their values, dated reports first (the earliest first), then by claim id.</summary>
    private static List<(FigureClaim Claim, FigureVariant Variant)> InDateOrder(FigureComparison comparison)
    {
        var claims = new List<(FigureClaim Claim, FigureVariant Variant)>();
        foreach (var variant in comparison.Variants)
        {
            foreach (var claim in variant.Claims)
            {
                claims.Add((claim, variant));
            }
        }

        // Claim ids are distinct, so the order is total and an unstable sort gives what a stable one would.
        claims.Sort(static (a, b) => ByDate(a.Claim.Report, a.Claim.ClaimId, b.Claim.Report, b.Claim.ClaimId));
        return claims;
    }

    private static int ByDate(ReportRef a, int aClaimId, ReportRef b, int bClaimId)
    {
        if (a.Published is { } x)
        {
            return b.Published is { } y && x.CompareTo(y) is var byDate && byDate != 0 ? byDate
                : b.Published is null ? -1 : aClaimId.CompareTo(bClaimId);
        }

        return b.Published is null ? aClaimId.CompareTo(bClaimId) : 1;
    }

    private static string? DayOf(ReportRef report, Dictionary<int, string?> days)
    {
        if (!days.TryGetValue(report.ReportId, out var day))
        {
            days[report.ReportId] = day = report.Published?.ToString();
        }

        return day;
    }

    /// <summary>"Reuters, Axios", or "A, B, C, D and 3 more".</summary>
    public static string OutletsText(IReadOnlyList<string> outlets) =>
        string.Join(", ", outlets.Take(MaxOutletsNamed)) + (outlets.Count > MaxOutletsNamed ? $" and {outlets.Count - MaxOutletsNamed} more" : "");

    /// <summary>A figure's column and its claims in date order (undated last), each as its cell shows it.</summary>
    private sealed record ComparedFigure(Metric Metric, string? PartyName, CompareColumn Column, IReadOnlyList<(ReportRef Report, CellClaim Cell)> Claims);

    private static ComparedFigure Column(FigureComparison comparison, List<(FigureClaim Claim, FigureVariant Variant)> inDateOrder,
                                         Dictionary<int, string?> days)
    {
        var figure = comparison.Figure;
        var pairs = comparison.Pairs(MaxPairedValues)
            .Select(p => new ComparePair(
                p.First.Amount.ToHedgeWords(), OutletsText(p.First.Corroboration.Outlets),
                p.Second.Amount.ToHedgeWords(), OutletsText(p.Second.Corroboration.Outlets),
                p.Compatible, p.OverlapAmount?.ToHedgeWords(), p.Comparable))
            .ToList();
        // Each value's words and verdicts once, not once per claim (a busy figure has hundreds of claims per value).
        var values = new Dictionary<FigureVariant, (string Words, string Full, bool Conflicts, int Group)>(ReferenceEqualityComparer.Instance);
        foreach (var v in comparison.Variants)
        {
            values[v] = (v.Amount.ToHedgeWords(), v.Amount.ToFullWords(), comparison.Conflicts(v), comparison.GroupOf(v));
        }

        var claims = new List<(ReportRef Report, CellClaim Cell)>(inDateOrder.Count);
        foreach (var (c, v) in inDateOrder)
        {
            var (words, full, conflicts, group) = values[v];
            claims.Add((c.Report, new CellClaim(c.Report.ReportId, words, full, c.Quote, DayOf(c.Report, days), conflicts, group)));
        }

        var column = new CompareColumn(FigureAnchor.Of(figure.Metric, figure.PartyId), figure.Title, true,
                                       comparison.AgreedAmount?.ToHedgeWords(), comparison.HasConflict, pairs,
                                       figure.HasMixedCurrencies, figure.HasMixedCurrencies ? [.. figure.AgreementsByCurrency.Select(a => a.ToHedgeWords())] : null);
        return new ComparedFigure(figure.Metric, figure.PartyName, column, claims);
    }

    private static ComparedFigure Column(StageComparison comparison, Dictionary<int, string?> days)
    {
        var pairs = comparison.Pairs(MaxPairedValues)
            .Select(p => new ComparePair(
                DisplayNames.Of(p.First.Stage), OutletsText(p.First.Corroboration.Outlets),
                DisplayNames.Of(p.Second.Stage), OutletsText(p.Second.Corroboration.Outlets),
                Compatible: false, Overlap: null))
            .ToList();
        var claims = comparison.Variants
            .SelectMany(v => v.Claims.Select(c => (c.ClaimId, c.Report, Cell: new CellClaim(
                c.Report.ReportId, DisplayNames.Of(v.Stage), null, c.Quote, DayOf(c.Report, days),
                comparison.Conflicts(v), comparison.GroupOf(v)))));
        var column = new CompareColumn(FigureAnchor.Of(comparison.Metric, comparison.PartyId), comparison.Title, false,
                                       comparison.Agreement is { } stage ? DisplayNames.Of(stage) : null, comparison.HasConflict, pairs);
        return new ComparedFigure(comparison.Metric, comparison.PartyName, column, InDateOrder(claims));
    }

    private static List<(ReportRef Report, CellClaim Cell)> InDateOrder(IEnumerable<(int ClaimId, ReportRef Report, CellClaim Cell)> claims) =>
        [.. claims
            .OrderBy(c => c.Report.Published is null).ThenBy(c => c.Report.Published).ThenBy(c => c.ClaimId)
            .Select(c => (c.Report, c.Cell))];

    /// <summary>One row per outlet, the earliest to report first; the rest are counted, and still count in every verdict.</summary>
    private static (List<CompareOutletRow> Rows, int Hidden) Rows(DealEvidence evidence, List<ComparedFigure> figures)
    {
        // Each outlet's first claim (in the evidence's order) and its earliest day, in one pass.
        var firstSeen = new Dictionary<int, (EvidenceClaim First, PartialDate? Earliest)>();
        var outlets = new List<int>();
        foreach (var claim in evidence.Claims)
        {
            var outletId = claim.Report.OutletId;
            if (!firstSeen.TryGetValue(outletId, out var seen))
            {
                outlets.Add(outletId);
                firstSeen[outletId] = (claim, claim.Report.Published);
            }
            else if (claim.Report.Published is { } day && (seen.Earliest is not { } earliest || day < earliest))
            {
                firstSeen[outletId] = (seen.First, day);
            }
        }

        var shown = outlets
            .OrderBy(id => firstSeen[id].Earliest is null).ThenBy(id => firstSeen[id].Earliest)
            .ThenBy(id => firstSeen[id].First.Report.OutletName, StringComparer.Ordinal)
            .Take(MaxOutletRows)
            .ToList();
        var cells = Cells(figures, shown);
        var rows = shown
            .Select(id => (Claim: firstSeen[id].First, Index: cells[id]))
            .Select(o => new CompareOutletRow(o.Claim.OutletSlug, o.Claim.Report.OutletName,
                [.. figures.Select((f, i) => new CompareCell(f.Column.Key, Distinct(o.Index[i])))]))
            .ToList();
        return (rows, outlets.Count - rows.Count);
    }

    /// <summary>For each shown outlet, its cells' claims per figure, in each figure's claim order.</summary>
    private static Dictionary<int, List<CellClaim>[]> Cells(List<ComparedFigure> figures, List<int> outlets)
    {
        var cells = outlets.ToDictionary(id => id, _ => Enumerable.Range(0, figures.Count).Select(_ => new List<CellClaim>()).ToArray());
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var (report, cell) in figures[i].Claims)
            {
                if (cells.TryGetValue(report.OutletId, out var perFigure))
                {
                    perFigure[i].Add(cell);
                }
            }
        }

        return cells;
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
}
