using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using static DealTracker.Web.Data.Synthetic.SyntheticText;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// The synthetic reports: spread over 2024-01-01 to 2026-11-01 (today at the latest) with partial or missing dates, busiest
/// outlets first, each with money claims in every hedge around its deal's "true" figures and other claims.
/// </summary>
internal static class SyntheticReports
{
    private static readonly DateOnly _firstDay = new(2024, 1, 1);

    private static readonly DateOnly _lastDay = new(2026, 11, 1);

    private static readonly Metric[] _otherMetrics =
        [Metric.Participation, Metric.StageOfTalks, Metric.Response, Metric.Leadership, Metric.Terms, Metric.MarketReaction, Metric.Context];

    /// <summary>Plans every report, oldest first (so ids follow publication order), and lists each in its deal's reports.</summary>
    public static ReportPlan[] Plan(SyntheticDataOptions options, SyntheticOffsets offsets, Outlet[] outlets, DealPlan[] deals, Random random, DateOnly today)
    {
        // No report published after today: the editors' rules refuse a date in the future.
        var lastDay = today < _lastDay ? today : _lastDay;
        var span = Math.Max(0, lastDay.DayNumber - _firstDay.DayNumber);
        var days = new int[options.Reports];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = _firstDay.DayNumber + random.Next(span + 1);
        }

        Array.Sort(days);
        var claimCounts = SpreadClaims(options, random);
        var plans = new ReportPlan[options.Reports];
        for (var i = 0; i < plans.Length; i++)
        {
            var deal = random.Next(deals.Length);

            // Low-numbered outlets publish the most, as real outlets do: synthetic-outlet-001 is the busiest.
            var outlet = (int)(outlets.Length * Math.Pow(random.NextDouble(), 2));
            var day = DateOnly.FromDayNumber(days[i]);
            PartialDate? published = random.NextDouble() switch
            {
                < 0.05 => null,
                < 0.08 => PartialDate.InYear(day.Year),
                < 0.23 => PartialDate.InMonth(day.Year, day.Month),
                _ => PartialDate.OnDay(day),
            };
            plans[i] = new ReportPlan(offsets.Reports + i + 1, deal, outlet, published, claimCounts[i]);
            deals[deal].Reports.Add(i);
        }

        return plans;
    }

    /// <summary>Every report carries at least one claim (while there are claims enough); the rest fall at random.</summary>
    private static int[] SpreadClaims(SyntheticDataOptions options, Random random)
    {
        var claimCounts = new int[options.Reports];
        var spare = options.Claims;
        for (var i = 0; i < claimCounts.Length && spare > 0; i++, spare--)
        {
            claimCounts[i] = 1;
        }

        for (; spare > 0 && claimCounts.Length > 0; spare--)
        {
            claimCounts[random.Next(claimCounts.Length)]++;
        }

        return claimCounts;
    }

    /// <summary>The report with its claims; <paramref name="id"/> is written explicitly so claims and reliances can point at it.</summary>
    public static Report Build(int id, ReportPlan plan, Outlet outlet, DealPlan deal, Random random, DateOnly today)
    {
        var hasUrl = random.NextDouble() < 0.6;
        var hasHeadline = random.NextDouble() < 0.85;
        var investor = deal.Figures.FirstOrDefault(f => f.Metric == Metric.Investment)?.Party?.Name ?? "Investors";
        var report = new Report
        {
            Id = id,
            OutletId = outlet.Id,
            Headline = hasHeadline ? Headline(random, deal.Raising.Name, investor) : null,
            Summary = $"Synthetic report {plan.Number.ToString(Invariant)} by {outlet.Name} on {deal.Raising.Name}’s talks with {investor}.",
            Url = hasUrl
                ? $"{outlet.Homepage}/{plan.Published?.Year.ToString(Invariant) ?? "undated"}/report-{plan.Number.ToString("D6", Invariant)}"
                : null,
            Published = plan.Published,
            // Read after it was published and by today at the latest (a report dated "2026" may not end before the year does).
            RetrievedOn = hasUrl && plan.Published is { } date ? Earlier(date.End.AddDays(random.Next(0, 30)), today) : null,
            SourceNote = hasUrl ? null : "Synthetic: known only from another outlet's account; no link.",
        };

        for (var c = 0; c < plan.Claims; c++)
        {
            var claim = random.NextDouble() < 0.7 ? MoneyClaim(random, deal) : OtherClaim(random, deal);
            claim.DealId = deal.Entity.Id;
            claim.ReportId = id;
            if (random.NextDouble() < 0.02)
            {
                claim.Status = ClaimStatus.Retracted;
                claim.RetractionReason = $"{outlet.Name} corrected the story: the claim was withdrawn.";
            }

            report.Claims.Add(claim);
        }

        return report;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static Claim MoneyClaim(Random random, DealPlan deal)
    {
        var figure = deal.Figures[random.Next(deal.Figures.Count)];
        var (amount, quote) = HedgedFigure(random, figure.Truth, deal.Currency);
        var raising = deal.Raising.Name;
        return new Claim
        {
            Metric = figure.Metric,
            PartyId = figure.Party?.Id,
            Money = amount,
            Quote = quote,
            Statement = figure.Metric switch
            {
                Metric.Investment => $"{figure.Party!.Name} would invest {quote} in {raising}.",
                Metric.RoundSize => $"{raising} is seeking {quote} in new capital.",
                Metric.Valuation => $"The round would value {raising} at {quote}.",
                _ => $"{raising} would buy {quote} of computing services from {figure.Counterparty?.Name ?? "its provider"}.",
            },
        };
    }

    /// <summary>An amount around <paramref name="truth"/> in one of the hedges, and the words a report would quote it in.</summary>
    private static (HedgedAmount Amount, string Quote) HedgedFigure(Random random, decimal truth, string currency)
    {
        return random.Next(5) switch
        {
            0 => Hedged(HedgedAmount.UpTo(Nice(truth * Between(random, 1.0, 1.3)), currency), Pick(random, "as much as ", "up to ", "as high as "), string.Empty),
            1 => random.Next(3) switch
            {
                0 => Hedged(HedgedAmount.AtLeast(Nice(truth * Between(random, 0.5, 1.0)), currency), "at least ", string.Empty),
                1 => Hedged(HedgedAmount.AtLeast(Nice(truth * Between(random, 0.5, 1.0)), currency), "more than ", string.Empty),
                _ => Hedged(HedgedAmount.AtLeast(Nice(truth * Between(random, 0.5, 1.0)), currency), string.Empty, " or more"),
            },
            2 => Hedged(HedgedAmount.Approximately(Nice(truth * Between(random, 0.92, 1.08)), currency), Pick(random, "around ", "about ", "roughly "), string.Empty),
            3 => Hedged(HedgedAmount.Exact(random.NextDouble() < 0.7 ? truth : Nice(truth * Between(random, 0.8, 1.2)), currency), string.Empty, string.Empty),
            _ => Range(random, truth, currency),
        };

        static (HedgedAmount, string) Hedged(HedgedAmount amount, string before, string after) =>
            (amount, before + MoneyWords(amount.Amount!.Value, amount.Currency) + after);

        static (HedgedAmount, string) Range(Random random, decimal truth, string currency)
        {
            var low = Nice(truth * Between(random, 0.6, 0.95));
            var high = Nice(truth * Between(random, 1.05, 1.4));
            if (high <= low)
            {
                high = low * 2;
            }

            return (HedgedAmount.Between(low, high, currency),
                    random.NextDouble() < 0.5
                        ? $"between {MoneyWords(low, currency)} and {MoneyWords(high, currency)}"
                        : $"{MoneyWords(low, currency)} to {MoneyWords(high, currency)}");
        }
    }

    private static Claim OtherClaim(Random random, DealPlan deal)
    {
        var metric = _otherMetrics[random.Next(_otherMetrics.Length)];
        var party = deal.Entity.Parties[random.Next(deal.Entity.Parties.Count)].Party!;
        var raising = deal.Raising.Name;
        var (partyId, statement, quote) = metric switch
        {
            Metric.Participation => ((int?)party.Id, $"{party.Name} is named among possible participants.", "among those in talks"),
            Metric.StageOfTalks => (null, Pick(random, "The talks are at an early stage.", "The talks are advanced.", "Terms could still change."),
                                    Pick(random, "early stage", "advanced talks", "could still change")),
            Metric.Response => (party.Id, $"{party.Name} declined to comment.", "declined to comment"),
            Metric.Leadership => (party.Id, $"{party.Name} is leading the talks for {raising}.", null),
            Metric.Terms => (null, $"The terms under discussion include a commercial agreement with {raising}.", null),
            Metric.MarketReaction => (null, Pick(random, "Shares rose on the report.", "Shares pared losses after the report."), null),
            _ => (null, $"{raising} is spending heavily on data centers.", "spending heavily"),
        };
        return new Claim
        {
            Metric = metric,
            PartyId = partyId,
            Statement = statement,
            Quote = quote is not null && random.NextDouble() < 0.5 ? quote : null,
        };
    }
}

internal sealed record ReportPlan(int Number, int Deal, int Outlet, PartialDate? Published, int Claims);
