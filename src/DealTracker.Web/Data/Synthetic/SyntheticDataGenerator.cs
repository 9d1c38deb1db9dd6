using System.Diagnostics;
using System.Globalization;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// Adds a large, plausible, clearly synthetic data set to the store, for load tests and
/// performance work: companies and people, deals (<c>synthetic-deal-01</c>…) with parties, roles
/// and links, outlets (<c>synthetic-outlet-001</c>…), reports spread over 2024-01-01 to
/// 2026-11-01 with partial or missing dates, reliance chains (with a few cycles), money claims in
/// every hedge around a per-deal "true" figure, other claims, retractions and timeline events.
/// <para>
/// The same options and seed give the same data on the same starting store: every choice comes
/// from one seeded <see cref="Random"/>, drawn in a fixed order. It only adds: the real seed and
/// any earlier synthetic run stay (slugs and links continue their numbering).
/// </para>
/// </summary>
public sealed class SyntheticDataGenerator(IDbContextFactory<DealTrackerDbContext> dbFactory, ILogger<SyntheticDataGenerator> logger)
{
    public const string DealSlugPrefix = "synthetic-deal-";

    public const string OutletSlugPrefix = "synthetic-outlet-";

    private const string CompanySlugPrefix = "synthetic-company-";

    private const string PersonSlugPrefix = "synthetic-person-";

    private const decimal Million = 1_000_000m;

    private const decimal Billion = 1_000_000_000m;

    private const int RelianceBatchSize = 5_000;

    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    private static readonly DateOnly _firstDay = new(2024, 1, 1);

    private static readonly DateOnly _lastDay = new(2026, 11, 1);

    private static readonly string[] _companyStems =
        ["Northwind", "Bluefin", "Quantum", "Helix", "Vector", "Aurora", "Cobalt", "Meridian", "Sable", "Tessera"];

    private static readonly string[] _companySuffixes = ["Labs", "Systems", "Capital", "AI", "Robotics", "Cloud"];

    private static readonly string[] _firstNames = ["Ada", "Bram", "Chidi", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"];

    private static readonly string[] _lastNames = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Brennan", "Haddad"];

    private static readonly string[] _outletAdjectives =
        ["Daily", "Global", "Morning", "Evening", "Market", "Capital", "Tech", "Pacific", "Atlantic", "Metro"];

    private static readonly string[] _outletNouns =
        ["Ledger", "Wire", "Journal", "Dispatch", "Observer", "Times", "Post", "Brief", "Signal", "Review"];

    private static readonly OutletKind[] _outletKinds = Enum.GetValues<OutletKind>();

    private static readonly DealStage[] _stages = Enum.GetValues<DealStage>();

    private static readonly RelianceKind[] _relianceKinds = Enum.GetValues<RelianceKind>();

    private static readonly PartyRole[] _laterRoles =
        [PartyRole.ProspectiveInvestor, PartyRole.PossibleParticipant, PartyRole.PossibleParticipant, PartyRole.Negotiator, PartyRole.Provider];

    private static readonly Metric[] _otherMetrics =
        [Metric.Participation, Metric.StageOfTalks, Metric.Response, Metric.Leadership, Metric.Terms, Metric.MarketReaction, Metric.Context];

    /// <summary>Adds the data set described by <paramref name="options"/> and returns what was added.</summary>
    public async Task<SyntheticDataResult> GenerateAsync(SyntheticDataOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // One connection for the whole run. Each INSERT inside a transaction keeps a statement journal,
        // which SQLite otherwise writes to a temporary file (a million small writes for the default set);
        // keep it in memory, and give the batch's pages a cache larger than the default 2 MB.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", cancellationToken);
        }

        var offsets = await ReadOffsetsAsync(db, cancellationToken);

        // 1. Parties, outlets and deals: small, one transaction.
        var parties = BuildParties(options, offsets);
        var outlets = BuildOutlets(options, offsets, random);
        var deals = BuildDeals(options, offsets, parties, random);
        await InTransactionAsync(db, () =>
        {
            db.Parties.AddRange(parties.Companies);
            db.Parties.AddRange(parties.People);
            db.Outlets.AddRange(outlets);
            db.Deals.AddRange(deals.Select(d => d.Entity));
        }, cancellationToken);
        var linkCount = deals.Sum(d => d.Entity.Links.Count);

        // 2. Reports with their claims, in batches, oldest first so ids follow publication order.
        var plans = PlanReports(options, offsets, outlets, deals, random);
        var reportIds = new int[plans.Length];
        var claimCount = 0;
        for (var start = 0; start < plans.Length; start += options.BatchSize)
        {
            var end = Math.Min(start + options.BatchSize, plans.Length);
            var batch = new List<Report>(end - start);
            for (var i = start; i < end; i++)
            {
                var report = BuildReport(plans[i], outlets, deals[plans[i].Deal], random);
                claimCount += report.Claims.Count;
                batch.Add(report);
            }

            await InTransactionAsync(db, () => db.Reports.AddRange(batch), cancellationToken);
            for (var i = start; i < end; i++)
            {
                reportIds[i] = batch[i - start].Id;
            }
        }

        // 3. Reliances, now that every report has its id.
        var reliances = PlanReliances(plans, outlets, deals, random);
        for (var start = 0; start < reliances.Count; start += RelianceBatchSize)
        {
            var batch = reliances.Skip(start).Take(RelianceBatchSize).Select(r => new Reliance
            {
                ReportId = reportIds[r.Source],
                TargetReportId = r.TargetReport is { } target ? reportIds[target] : null,
                TargetOutletId = r.TargetOutlet is { } outlet ? outlets[outlet].Id : null,
                Kind = r.Kind,
                Note = r.Note,
            });
            await InTransactionAsync(db, () => db.Reliances.AddRange(batch), cancellationToken);
        }

        // 4. Timeline events, each backed by one to three of its deal's reports.
        var eventCount = await AddEventsAsync(db, plans, reportIds, outlets, deals, random, cancellationToken);

        var result = new SyntheticDataResult(
            parties.Companies.Count + parties.People.Count, deals.Length, linkCount, outlets.Length, plans.Length, claimCount,
            reliances.Count, eventCount, stopwatch.Elapsed);
        logger.LogInformation(
            "Added synthetic data (seed {Seed}): {Parties} parties, {Deals} deals, {DealLinks} deal links, {Outlets} outlets, {Reports} reports, "
            + "{Claims} claims, {Reliances} reliances, {Events} events in {Elapsed:0.0} s",
            options.Seed, result.Parties, result.Deals, result.DealLinks, result.Outlets, result.Reports, result.Claims, result.Reliances,
            result.Events, result.Elapsed.TotalSeconds);
        return result;
    }

    private static async Task<Offsets> ReadOffsetsAsync(DealTrackerDbContext db, CancellationToken cancellationToken) => new(
        Deals: await db.Deals.CountAsync(d => d.Slug.StartsWith(DealSlugPrefix), cancellationToken),
        Outlets: await db.Outlets.CountAsync(o => o.Slug.StartsWith(OutletSlugPrefix), cancellationToken),
        Companies: await db.Parties.CountAsync(p => p.Slug.StartsWith(CompanySlugPrefix), cancellationToken),
        People: await db.Parties.CountAsync(p => p.Slug.StartsWith(PersonSlugPrefix), cancellationToken),
        Reports: await db.Reports.CountAsync(cancellationToken));

    private static async Task InTransactionAsync(DealTrackerDbContext db, Action add, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        add();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static PartySet BuildParties(SyntheticDataOptions options, Offsets offsets)
    {
        var companies = new List<Party>(options.Companies);
        for (var i = 0; i < options.Companies; i++)
        {
            var n = offsets.Companies + i;
            var round = n / (_companyStems.Length * _companySuffixes.Length);
            var name = $"{_companyStems[n % _companyStems.Length]} {_companySuffixes[n / _companyStems.Length % _companySuffixes.Length]}"
                       + (round > 0 ? $" {round + 1}" : string.Empty);
            companies.Add(new Party
            {
                Slug = CompanySlugPrefix + (n + 1).ToString("D2", _invariant),
                Name = name,
                Kind = n % 13 == 5 ? PartyKind.Fund : PartyKind.Company,
                Description = "Synthetic company for load tests",
            });
        }

        // One person for every six companies, each working for one of them.
        var people = new List<Party>(options.Companies / 6);
        for (var i = 0; i < options.Companies / 6; i++)
        {
            var n = offsets.People + i;
            var employer = companies[i * 6 % companies.Count];
            people.Add(new Party
            {
                Slug = PersonSlugPrefix + (n + 1).ToString("D2", _invariant),
                Name = $"{_firstNames[n % _firstNames.Length]} {_lastNames[n / _firstNames.Length % _lastNames.Length]}",
                Kind = PartyKind.Person,
                Description = $"Chief executive of {employer.Name} (synthetic)",
                Affiliation = employer,
            });
        }

        return new PartySet(companies, people);
    }

    private static Outlet[] BuildOutlets(SyntheticDataOptions options, Offsets offsets, Random random)
    {
        var outlets = new Outlet[options.Outlets];
        var names = _outletAdjectives.Length * _outletNouns.Length;
        for (var i = 0; i < outlets.Length; i++)
        {
            var n = offsets.Outlets + i;
            var slug = OutletSlugPrefix + (n + 1).ToString("D3", _invariant);
            outlets[i] = new Outlet
            {
                Slug = slug,
                Name = $"{_outletAdjectives[n % _outletAdjectives.Length]} {_outletNouns[n / _outletAdjectives.Length % _outletNouns.Length]}"
                       + (n >= names ? $" {n / names + 1}" : string.Empty),
                Kind = _outletKinds[random.Next(_outletKinds.Length)],
                Homepage = $"https://{slug}.example.com",
            };
        }

        return outlets;
    }

    private static DealPlan[] BuildDeals(SyntheticDataOptions options, Offsets offsets, PartySet parties, Random random)
    {
        var deals = new DealPlan[options.Deals];
        for (var d = 0; d < deals.Length; d++)
        {
            var raising = parties.Companies[random.Next(parties.Companies.Count)];
            var roles = new List<DealParty> { new() { Party = raising, Role = PartyRole.Raising } };
            var used = new HashSet<Party> { raising };
            var figures = new List<MoneyFigure>();
            var currency = d % 10 == 7 ? "EUR" : "USD";
            var round = Nice(LogUniform(random, 500 * Million, 120 * Billion));
            figures.Add(new MoneyFigure(Metric.RoundSize, null, round));
            figures.Add(new MoneyFigure(Metric.Valuation, null, Nice(round * (decimal)(4 + (random.NextDouble() * 16)))));

            var extra = random.Next(1, 6); // 2 to 6 parties in all
            for (var j = 0; j < extra; j++)
            {
                var role = j == 0
                    ? PartyRole.ProspectiveInvestor
                    : _laterRoles[random.Next(_laterRoles.Length)];
                var party = role == PartyRole.Negotiator && parties.People.Count > 0
                    ? parties.People[random.Next(parties.People.Count)]
                    : parties.Companies[random.Next(parties.Companies.Count)];
                if (!used.Add(party))
                {
                    continue; // drawn twice: the deal simply has one party fewer
                }

                roles.Add(new DealParty { Party = party, Role = role, Note = RoleNote(role, raising.Name) });
                if (role is PartyRole.ProspectiveInvestor or PartyRole.PossibleParticipant)
                {
                    var share = role == PartyRole.ProspectiveInvestor ? 0.2 + (random.NextDouble() * 0.4) : 0.05 + (random.NextDouble() * 0.15);
                    figures.Add(new MoneyFigure(Metric.Investment, party, Nice(round * (decimal)share)));
                }
                else if (role == PartyRole.Provider && !roles.Exists(r => r.Role == PartyRole.Customer))
                {
                    roles.Add(new DealParty { Party = raising, Role = PartyRole.Customer, Note = $"Buys computing services from {party.Name}" });
                    figures.Add(new MoneyFigure(Metric.ComputeCommitment, raising, Nice(LogUniform(random, 2 * Billion, 60 * Billion)), party));
                }
            }

            var investors = roles.Where(r => r.Role == PartyRole.ProspectiveInvestor).Select(r => r.Party!.Name).ToList();
            var number = (offsets.Deals + d + 1).ToString("D2", _invariant);
            var entity = new Deal
            {
                Slug = DealSlugPrefix + number,
                Title = $"Synthetic deal {number}: {string.Join(" and ", investors)} in {raising.Name}",
                Summary = $"A generated deal for load tests, not a real one: {raising.Name} is reported to be raising around "
                          + $"{MoneyWords(round, currency)}, with {string.Join(" and ", investors)} in talks to invest.",
                Stage = _stages[random.Next(_stages.Length)],
                StageNote = random.NextDouble() < 0.5 ? "Synthetic: outlets differ on how far the talks have got." : null,
                Parties = roles,
            };
            if (d > 0 && random.NextDouble() < 0.35)
            {
                entity.Links.Add(new DealLink
                {
                    RelatedDeal = deals[random.Next(d)].Entity,
                    Relation = random.NextDouble() < 0.5 ? "Earlier round the new talks build on" : "Related agreement between some of the same parties",
                });
            }

            deals[d] = new DealPlan(entity, raising, figures, currency, []);
        }

        return deals;
    }

    private static ReportPlan[] PlanReports(SyntheticDataOptions options, Offsets offsets, Outlet[] outlets, DealPlan[] deals, Random random)
    {
        var span = _lastDay.DayNumber - _firstDay.DayNumber;
        var days = new int[options.Reports];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = _firstDay.DayNumber + random.Next(span + 1);
        }

        Array.Sort(days);

        // Every report carries at least one claim (while there are claims enough); the rest fall at random.
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

        var plans = new ReportPlan[options.Reports];
        for (var i = 0; i < plans.Length; i++)
        {
            var deal = random.Next(deals.Length);

            // Low-numbered outlets publish the most, as real outlets do: synthetic-outlet-001 is the busiest.
            var outlet = (int)(outlets.Length * Math.Pow(random.NextDouble(), 2));
            var day = DateOnly.FromDayNumber(days[i]);
            var roll = random.NextDouble();
            PartialDate? published = roll switch
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

    private static Report BuildReport(ReportPlan plan, Outlet[] outlets, DealPlan deal, Random random)
    {
        var outlet = outlets[plan.Outlet];
        var hasUrl = random.NextDouble() < 0.6;
        var hasHeadline = random.NextDouble() < 0.85;
        var investor = deal.Figures.FirstOrDefault(f => f.Metric == Metric.Investment)?.Party?.Name ?? "Investors";
        var report = new Report
        {
            OutletId = outlet.Id,
            Headline = hasHeadline ? Headline(random, deal.Raising.Name, investor) : null,
            Summary = $"Synthetic report {plan.Number.ToString(_invariant)} by {outlet.Name} on {deal.Raising.Name}’s talks with {investor}.",
            Url = hasUrl
                ? $"{outlet.Homepage}/{plan.Published?.Year.ToString(_invariant) ?? "undated"}/report-{plan.Number.ToString("D6", _invariant)}"
                : null,
            Published = plan.Published,
            RetrievedOn = hasUrl && plan.Published is { } date ? date.End.AddDays(random.Next(0, 30)) : null,
            SourceNote = hasUrl ? null : "Synthetic: known only from another outlet's account; no link.",
        };

        for (var c = 0; c < plan.Claims; c++)
        {
            var claim = random.NextDouble() < 0.7 ? MoneyClaim(random, deal) : OtherClaim(random, deal);
            claim.DealId = deal.Entity.Id;
            if (random.NextDouble() < 0.02)
            {
                claim.Status = ClaimStatus.Retracted;
                claim.RetractionReason = $"{outlet.Name} corrected the story: the claim was withdrawn.";
            }

            report.Claims.Add(claim);
        }

        return report;
    }

    private static Claim MoneyClaim(Random random, DealPlan deal)
    {
        var figure = deal.Figures[random.Next(deal.Figures.Count)];
        var truth = figure.Truth;
        var currency = deal.Currency;
        var (amount, quote) = random.Next(5) switch
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

    private static List<ReliancePlan> PlanReliances(ReportPlan[] plans, Outlet[] outlets, DealPlan[] deals, Random random)
    {
        var reliances = new List<ReliancePlan>(plans.Length / 3);
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
                // An earlier report on the same deal, usually a recent one.
                var target = dealReports[Math.Max(0, position - 1 - random.Next(Math.Min(position, 40)))];
                reliances.Add(new ReliancePlan(i, target, null, kind, Note(kind, outlets[plans[target].Outlet].Name)));
            }
            else
            {
                var outlet = random.Next(outlets.Length);
                if (outlet == plans[i].Outlet)
                {
                    outlet = (outlet + 1) % outlets.Length;
                }

                reliances.Add(new ReliancePlan(i, null, outlet, kind, Note(kind, outlets[outlet].Name)));
            }
        }

        // A few circles of reports relying on each other, as bad data would have them.
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
                var target = circle[(k + 1) % circle.Length];
                reliances.Add(new ReliancePlan(circle[k], target, null, RelianceKind.Repeats, Note(RelianceKind.Repeats, outlets[plans[target].Outlet].Name)));
            }
        }

        return reliances;

        static string Note(RelianceKind kind, string outlet) => kind switch
        {
            RelianceKind.Cites => $"citing {outlet}",
            RelianceKind.Summarises => $"a summary of {outlet} reporting",
            _ => $"repeating figures first reported by {outlet}",
        };
    }

    private static async Task<int> AddEventsAsync(
        DealTrackerDbContext db, ReportPlan[] plans, int[] reportIds, Outlet[] outlets, DealPlan[] deals, Random random,
        CancellationToken cancellationToken)
    {
        var events = new List<DealEvent>();
        var stubs = new Dictionary<int, Report>();
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
                    Reports = [.. supporting.Select(index => Stub(reportIds[index]))],
                });
            }
        }

        await InTransactionAsync(db, () =>
        {
            foreach (var stub in stubs.Values)
            {
                db.Reports.Attach(stub);
            }

            db.Events.AddRange(events);
        }, cancellationToken);
        return events.Count;

        // The join rows only need report ids: attach one placeholder per report, never saved.
        Report Stub(int id)
        {
            if (!stubs.TryGetValue(id, out var stub))
            {
                stub = new Report { Id = id, Summary = string.Empty };
                stubs.Add(id, stub);
            }

            return stub;
        }
    }

    private static string? RoleNote(PartyRole role, string raising) => role switch
    {
        PartyRole.ProspectiveInvestor => $"In talks to invest in {raising}",
        PartyRole.PossibleParticipant => "Named as a possible participant",
        PartyRole.Negotiator => "Reported to be leading the talks",
        PartyRole.Provider => $"Would sell computing services to {raising}",
        _ => null,
    };

    private static string Headline(Random random, string raising, string investor) => random.Next(4) switch
    {
        0 => $"{investor} in talks to invest in {raising}",
        1 => $"{raising} weighs a new funding round",
        2 => $"{raising} valuation talk heats up as {investor} circles",
        _ => $"Investors line up for {raising}",
    };

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    private static decimal Between(Random random, double low, double high) => (decimal)(low + (random.NextDouble() * (high - low)));

    private static decimal LogUniform(Random random, decimal low, decimal high) =>
        (decimal)Math.Exp(Math.Log((double)low) + (random.NextDouble() * (Math.Log((double)high) - Math.Log((double)low))));

    /// <summary>Rounds to two significant figures, as reports quote amounts: 12,345,678,901 → 12,000,000,000.</summary>
    private static decimal Nice(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1);
        return Math.Max(Million, Math.Round(value / magnitude, MidpointRounding.AwayFromZero) * magnitude);
    }

    /// <summary>"$12 billion", "$1.5 trillion", "€800 million".</summary>
    private static string MoneyWords(decimal value, string currency)
    {
        var symbol = MoneyFormat.Symbol(currency) ?? currency + " ";
        var (scale, word) = value switch
        {
            >= 1_000 * Billion => (1_000 * Billion, "trillion"),
            >= Billion => (Billion, "billion"),
            _ => (Million, "million"),
        };
        return $"{symbol}{(value / scale).ToString("0.##", _invariant)} {word}";
    }

    private sealed record Offsets(int Deals, int Outlets, int Companies, int People, int Reports);

    private sealed record PartySet(List<Party> Companies, List<Party> People);

    private sealed record MoneyFigure(Metric Metric, Party? Party, decimal Truth, Party? Counterparty = null);

    /// <summary>A deal being generated: its entity, the "true" figures outlets report around, and its reports' indexes in date order.</summary>
    private sealed record DealPlan(Deal Entity, Party Raising, List<MoneyFigure> Figures, string Currency, List<int> Reports);

    private sealed record ReportPlan(int Number, int Deal, int Outlet, PartialDate? Published, int Claims);

    private sealed record ReliancePlan(int Source, int? TargetReport, int? TargetOutlet, RelianceKind Kind, string Note);
}
