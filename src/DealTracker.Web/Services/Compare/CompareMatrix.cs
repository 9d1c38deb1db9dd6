using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
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
        var stages = StageComparison.From(evidence.StageClaims, evidence.Graph);
        var compared = money.Select(Column).Concat(stages.Select(Column))
            .OrderBy(f => f.Metric).ThenBy(f => f.PartyName, StringComparer.Ordinal)
            .ToList();

        var (rows, hidden) = Rows(evidence, compared);
        return new CompareMatrix(
            [.. compared.Select(f => f.Column)],
            rows,
            [.. money.Select(m => ComparePictures.Chart(FigureAnchor.Of(m.Figure.Metric, m.Figure.PartyId), m))],
            hidden);
    }

    /// <summary>"Reuters, Axios", or "A, B, C, D and 3 more".</summary>
    public static string OutletsText(IReadOnlyList<string> outlets) =>
        string.Join(", ", outlets.Take(MaxOutletsNamed)) + (outlets.Count > MaxOutletsNamed ? $" and {outlets.Count - MaxOutletsNamed} more" : "");

    /// <summary>A figure's column and its claims in date order (undated last), each as its cell shows it.</summary>
    private sealed record ComparedFigure(Metric Metric, string? PartyName, CompareColumn Column, IReadOnlyList<(ReportRef Report, CellClaim Cell)> Claims);

    private static ComparedFigure Column(FigureComparison comparison)
    {
        var figure = comparison.Figure;
        var pairs = comparison.Pairs(MaxPairedValues)
            .Select(p => new ComparePair(
                p.First.Amount.ToHedgeWords(), OutletsText(p.First.Corroboration.Outlets),
                p.Second.Amount.ToHedgeWords(), OutletsText(p.Second.Corroboration.Outlets),
                p.Compatible, p.OverlapAmount?.ToHedgeWords()))
            .ToList();
        // Each value's words and verdicts once, not once per claim (a busy figure has hundreds of claims per value).
        var claims = comparison.Variants
            .SelectMany(v =>
            {
                var (words, full, conflicts, group) = (v.Amount.ToHedgeWords(), v.Amount.ToFullWords(), comparison.Conflicts(v), comparison.GroupOf(v));
                return v.Claims.Select(c => (c.ClaimId, c.Report, Cell: new CellClaim(
                    c.Report.ReportId, words, full, c.Quote, c.Report.Published?.ToString(), conflicts, group)));
            });
        var column = new CompareColumn(FigureAnchor.Of(figure.Metric, figure.PartyId), figure.Title, true,
                                       comparison.AgreedAmount?.ToHedgeWords(), comparison.HasConflict, pairs);
        return new ComparedFigure(figure.Metric, figure.PartyName, column, InDateOrder(claims));
    }

    private static ComparedFigure Column(StageComparison comparison)
    {
        var pairs = comparison.Pairs(MaxPairedValues)
            .Select(p => new ComparePair(
                DisplayNames.Of(p.First.Stage), OutletsText(p.First.Corroboration.Outlets),
                DisplayNames.Of(p.Second.Stage), OutletsText(p.Second.Corroboration.Outlets),
                Compatible: false, Overlap: null))
            .ToList();
        var claims = comparison.Variants
            .SelectMany(v => v.Claims.Select(c => (c.ClaimId, c.Report, Cell: new CellClaim(
                c.Report.ReportId, DisplayNames.Of(v.Stage), null, c.Quote, c.Report.Published?.ToString(),
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
        var cells = figures
            .SelectMany(f => f.Claims.Select(c => (c.Report.OutletId, f.Column.Key, c.Cell)))
            .ToLookup(c => (c.OutletId, c.Key), c => c.Cell);
        var firstSeen = evidence.Claims
            .GroupBy(c => c.Report.OutletId)
            .ToDictionary(g => g.Key, g => g.Min(c => c.Report.Published));
        var outlets = evidence.Claims.DistinctBy(c => c.Report.OutletId).ToList();
        var rows = outlets
            .OrderBy(c => firstSeen[c.Report.OutletId] is null).ThenBy(c => firstSeen[c.Report.OutletId])
            .ThenBy(c => c.Report.OutletName, StringComparer.Ordinal)
            .Take(MaxOutletRows)
            .Select(c => new CompareOutletRow(c.OutletSlug, c.Report.OutletName,
                [.. figures.Select(f => new CompareCell(f.Column.Key, Distinct([.. cells[(c.Report.OutletId, f.Column.Key)]])))]))
            .ToList();
        return (rows, outlets.Count - rows.Count);
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
