using DealTracker.Domain.Dates;
using DealTracker.Domain.Events;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using static DealTracker.Web.Data.Synthetic.SyntheticText;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>What ties the synthetic reports together: reliances (with a few cycles, as bad data has them) and timeline events.</summary>
internal static class SyntheticLinks
{
    private static readonly RelianceKind[] _relianceKinds = Enum.GetValues<RelianceKind>();

    /// <summary>About 30% of reports rely on an earlier report on the same deal (usually a recent one) or on an outlet's reporting.</summary>
    public static List<Reliance> PlanReliances(ReportPlan[] plans, int firstReportId, Outlet[] outlets, DealPlan[] deals, Random random)
    {
        var reliances = new List<Reliance>(plans.Length / 3);
        var positionInDeal = new int[plans.Length];
        foreach (var deal in deals)
        {
            for (var p = 0; p < deal.Reports.Count; p++)
            {
                positionInDeal[deal.Reports[p]] = p;
            }
        }

        for (var i = 0; i < plans.Length; i++)
        {
            if (random.NextDouble() >= 0.3)
            {
                continue;
            }

            var kind = _relianceKinds[random.Next(_relianceKinds.Length)];
            var dealReports = deals[plans[i].Deal].Reports;
            var position = positionInDeal[i];
            if (position > 0 && random.NextDouble() < 0.75)
            {
                var target = dealReports[Math.Max(0, position - 1 - random.Next(Math.Min(position, 40)))];
                reliances.Add(OnReport(i, target, kind));
            }
            else
            {
                var outlet = random.Next(outlets.Length);
                if (outlet == plans[i].Outlet)
                {
                    outlet = (outlet + 1) % outlets.Length;
                }

                reliances.Add(new Reliance { ReportId = firstReportId + i, TargetOutletId = outlets[outlet].Id, Kind = kind, Note = Note(kind, outlets[outlet].Name) });
            }
        }

        AddCycles(reliances, plans, deals, random, OnReport);
        return reliances;

        Reliance OnReport(int source, int target, RelianceKind kind) => new()
        {
            ReportId = firstReportId + source,
            TargetReportId = firstReportId + target,
            Kind = kind,
            Note = Note(kind, outlets[plans[target].Outlet].Name),
        };
    }

    /// <summary>A few circles of reports relying on each other (one per 2,000 reports), as bad data would have them.</summary>
    private static void AddCycles(List<Reliance> reliances, ReportPlan[] plans, DealPlan[] deals, Random random, Func<int, int, RelianceKind, Reliance> onReport)
    {
        var cycles = Math.Max(1, plans.Length / 2_000);
        for (var c = 0; c < cycles; c++)
        {
            var dealReports = deals[c % deals.Length].Reports;
            if (dealReports.Count < 3)
            {
                continue;
            }

            var at = random.Next(dealReports.Count - 2);
            var circle = c % 2 == 0
                ? new[] { dealReports[at], dealReports[at + 1] }
                : new[] { dealReports[at], dealReports[at + 1], dealReports[at + 2] };
            for (var k = 0; k < circle.Length; k++)
            {
                reliances.Add(onReport(circle[k], circle[(k + 1) % circle.Length], RelianceKind.Repeats));
            }
        }
    }

    private static string Note(RelianceKind kind, string outlet) => kind switch
    {
        RelianceKind.Cites => $"citing {outlet}",
        RelianceKind.Summarises => $"a summary of {outlet} reporting",
        _ => $"repeating figures first reported by {outlet}",
    };

    /// <summary>
    /// 20 to 40 timeline events per deal (fewer when it has fewer reports), each backed by one to three of its
    /// reports. <paramref name="report"/> gives the placeholder entity for a report index (its id only).
    /// </summary>
    public static List<DealEvent> BuildEvents(ReportPlan[] plans, Outlet[] outlets, DealPlan[] deals, Random random, Func<int, Report> report)
    {
        var events = new List<DealEvent>();
        foreach (var deal in deals)
        {
            var count = Math.Min(deal.Reports.Count, 20 + random.Next(21));
            for (var e = 0; e < count; e++)
            {
                var at = random.Next(deal.Reports.Count);
                var primary = plans[deal.Reports[at]];
                var supporting = new HashSet<int> { deal.Reports[at] };
                var more = random.Next(3);
                for (var k = 1; k <= more && at + k < deal.Reports.Count; k++)
                {
                    supporting.Add(deal.Reports[at + k]);
                }

                var occurred = primary.Published is { Precision: DatePrecision.Day } day && random.NextDouble() < 0.2
                    ? PartialDate.InMonth(day.Year, day.Start.Month)
                    : primary.Published;
                var outlet = outlets[primary.Outlet].Name;
                events.Add(new DealEvent
                {
                    DealId = deal.Entity.Id,
                    Title = Pick(random,
                        $"{outlet} reports {deal.Raising.Name} in funding talks",
                        $"{outlet} reports a new figure for {deal.Raising.Name}’s round",
                        $"{deal.Raising.Name} talks said to advance",
                        $"Investors named in {deal.Raising.Name}’s round"),
                    Description = occurred is null ? "Synthetic event; the sources give no date." : "Synthetic event for load tests.",
                    Occurred = occurred,
                    Reports = [.. supporting.Select(report)],
                });
            }
        }

        return events;
    }
}
