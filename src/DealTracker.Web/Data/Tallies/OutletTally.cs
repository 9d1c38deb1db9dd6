namespace DealTracker.Web.Data.Tallies;

/// <summary>
/// An outlet's record, kept by every save (<see cref="TallyChanges"/>): its reports, their claims, the reports that
/// rely on nothing ("original"), and the figures it reported first (<see cref="FirstReport"/>). The outlet pages and
/// <c>/api/outlets</c> read it instead of counting a million claims on each render.
/// </summary>
public sealed class OutletTally
{
    public int OutletId { get; set; }

    public int Reports { get; set; }

    public int Claims { get; set; }

    public int Original { get; set; }

    public int First { get; set; }
}

/// <summary>A deal's reports (distinct reports with a claim about it) and claims, kept by every save (<see cref="TallyChanges"/>).</summary>
public sealed class DealTally
{
    public int DealId { get; set; }

    public int Reports { get; set; }

    public int Claims { get; set; }
}

/// <summary>
/// Which outlet reported a figure (deal, metric, party; <see cref="PartyKey"/> 0 for none) first: the earliest dated
/// report (then the lowest report id) with a standing money claim on it. Kept per deal by every save.
/// </summary>
public sealed class FirstReport
{
    public int DealId { get; set; }

    public string Metric { get; set; } = "";

    public int PartyKey { get; set; }

    public int OutletId { get; set; }
}
