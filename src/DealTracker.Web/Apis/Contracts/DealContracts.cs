using DealTracker.Web.Services.Exchange;

namespace DealTracker.Web.Apis.Contracts;

public sealed record DealSummaryDto(int Id, string Slug, string Title, string Summary, string Stage, bool IsFeatured, int Reports, int Claims);

public sealed record DealPartyDto(int Id, string Slug, string Name, string Role);

/// <summary>
/// A headline figure: the lead value, the other values reported, and who stands behind them. Values in different currencies
/// are not compared: <c>MixedCurrencies</c> says so, <c>HasConflict</c> is a conflict within one currency, <c>Agreement</c> is
/// null (no value is allowed by every figure across currencies) and <c>AgreementsByCurrency</c> has each currency's own.
/// </summary>
public sealed record FigureDto(
    string Metric, NamedRef? Party, string Title, MoneyDto Lead, IReadOnlyList<FigureValueDto> Values, CorroborationDto Corroboration,
    MoneyDto? Agreement, bool HasConflict, bool MixedCurrencies, IReadOnlyList<MoneyDto> AgreementsByCurrency);

/// <summary>One value; <c>ComparableWithLead</c> is false for a value in another currency than the lead's (then <c>CompatibleWithLead</c> is false too: not compared).</summary>
public sealed record FigureValueDto(MoneyDto Value, bool CompatibleWithLead, bool ComparableWithLead, CorroborationDto Corroboration);

/// <summary>How many outlets carry a value, how many independent origins stand behind it, and who reported it first.</summary>
public sealed record CorroborationDto(int Outlets, int Independent, IReadOnlyList<string> OutletNames, IReadOnlyList<string> Origins, FirstReportDto? First);

/// <summary>The first report of a value, and what it relies on (see <see cref="RelianceDto"/>).</summary>
public sealed record FirstReportDto(int ReportId, string Outlet, PartialDateDto? Date, IReadOnlyList<RelianceDto> ReliesOn);

public sealed record DealDetailDto(
    string Slug, string Title, string Summary, string Stage, string? StageNote, IReadOnlyList<DealPartyDto> Parties,
    IReadOnlyList<FigureDto> Figures, IReadOnlyList<NamedRef> Related);
