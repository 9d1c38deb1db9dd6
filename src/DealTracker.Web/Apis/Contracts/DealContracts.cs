using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.Apis.Contracts;

public sealed record DealSummaryDto(int Id, string Slug, string Title, string Summary, string Stage, bool IsFeatured, int Reports, int Claims);

public sealed record DealPartyDto(int Id, string Slug, string Name, string Role);

/// <summary>A headline figure: the lead value, the other values reported, and who stands behind them.</summary>
public sealed record FigureDto(
    string Metric, NamedRef? Party, string Title, MoneyDto Lead, IReadOnlyList<FigureValueDto> Values, CorroborationDto Corroboration,
    MoneyDto? Agreement, bool HasConflict);

public sealed record FigureValueDto(MoneyDto Value, bool CompatibleWithLead, CorroborationDto Corroboration);

/// <summary>How many outlets carry a value, how many independent origins stand behind it, and who reported it first.</summary>
public sealed record CorroborationDto(int Outlets, int Independent, IReadOnlyList<string> OutletNames, IReadOnlyList<string> Origins, FirstReportDto? First);

/// <summary>The first report of a value, and what it relies on (see <see cref="RelianceDto"/>).</summary>
public sealed record FirstReportDto(int ReportId, string Outlet, PartialDateDto? Date, IReadOnlyList<RelianceDto> ReliesOn);

public sealed record DealDetailDto(
    string Slug, string Title, string Summary, string Stage, string? StageNote, IReadOnlyList<DealPartyDto> Parties,
    IReadOnlyList<FigureDto> Figures, IReadOnlyList<NamedRef> Related);
