using DealTracker.Web.Services.Pages;
namespace DealTracker.Web.Services.Compare;

/// <summary>Metric × outlet, side by side, with the pictures that make the differences visible.</summary>
public sealed record CompareView(
    DealHeader Deal,
    IReadOnlyList<CompareColumn> Columns,
    IReadOnlyList<CompareOutletRow> Outlets,
    IReadOnlyList<IntervalChart> Charts,
    RelianceGraph Graph,
    DateOnly? AsOf)
{
    /// <summary>Outlets left out of the matrix (only the earliest are shown); their claims still count in every verdict.</summary>
    public int HiddenOutlets { get; init; }

    /// <summary>Figures and stages that were retracted: shown, marked, never counted.</summary>
    public IReadOnlyList<RetractedFigure> Retracted { get; init; } = [];
}

/// <summary>
/// What the compare page works out from a deal's evidence (all of the view but the deal and its retracted figures): kept per
/// deal as it stands, as JSON in <c>DealHeadlines</c>. A change to its shape (or to what it holds) needs a migration that
/// empties the kept views (docs/data-model.md, "Kept figures").
/// </summary>
public sealed record ComparedDeal(
    IReadOnlyList<CompareColumn> Columns,
    IReadOnlyList<CompareOutletRow> Outlets,
    IReadOnlyList<IntervalChart> Charts,
    RelianceGraph Graph,
    int HiddenOutlets);

/// <summary>A retracted figure or stage, with who said it and why it was withdrawn.</summary>
public sealed record RetractedFigure(int ReportId, string Outlet, string Title, string Words, string? Date, string? Reason);

/// <summary>One metric (and party) compared across outlets, with its verdict.</summary>
public sealed record CompareColumn(
    string Key,
    string Title,
    bool IsMoney,
    string? Agreement,
    bool HasConflict,
    IReadOnlyList<ComparePair> Pairs,
    bool MixedCurrencies = false,
    IReadOnlyList<string>? CurrencyAgreements = null);

/// <summary>Two distinct values of one metric and whether both can be right; values in different currencies are not compared (<see cref="Comparable"/> false).</summary>
public sealed record ComparePair(string First, string FirstOutlets, string Second, string SecondOutlets, bool Compatible, string? Overlap, bool Comparable = true);

public sealed record CompareOutletRow(string Slug, string Name, IReadOnlyList<CompareCell> Cells);

/// <summary>What one outlet says of one metric: usually one claim, more when it reported more than once.</summary>
public sealed record CompareCell(string ColumnKey, IReadOnlyList<CellClaim> Claims);

public sealed record CellClaim(int ReportId, string Words, string? Full, string? Quote, string? Date, bool Conflicts, int Group)
{
    /// <summary>How many of the outlet's reports state this value (the cell links to the first).</summary>
    public int Times { get; init; } = 1;

    /// <summary>On the last value shown in a busy cell: how many other values the outlet stated.</summary>
    public int MoreValues { get; init; }
}

/// <summary>Each outlet's figure for one metric as a point or an interval on one shared axis.</summary>
public sealed record IntervalChart(
    string Key,
    string Title,
    decimal AxisMax,
    IReadOnlyList<ChartTick> Ticks,
    IReadOnlyList<ChartBar> Bars,
    decimal? AgreementLow,
    decimal? AgreementHigh,
    string? Agreement);

public sealed record ChartTick(decimal Value, string Label);

/// <summary>One bar: [Low, High] (High null = no upper bound), Point for an exact or approximate figure.</summary>
public sealed record ChartBar(string Label, string Words, decimal Low, decimal? High, decimal? Point, bool Conflicts);

/// <summary>Who relies on whom, outlet by outlet, origins in the first column.</summary>
public sealed record RelianceGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int HiddenOutlets);

public sealed record GraphNode(string Key, string Label, bool IsOrigin, int Column, int Row, int Reports);

public sealed record GraphEdge(string From, string To, string Kind);
