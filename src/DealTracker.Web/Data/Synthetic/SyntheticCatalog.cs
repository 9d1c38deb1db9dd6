using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using static DealTracker.Web.Data.Synthetic.SyntheticText;

namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// The synthetic set's cast: companies and people, outlets (<c>synthetic-outlet-001</c>…) and deals
/// (<c>synthetic-deal-01</c>…) with their parties, roles, links and the "true" figures reports quote around.
/// </summary>
internal static class SyntheticCatalog
{
    public const string CompanySlugPrefix = "synthetic-company-";

    public const string PersonSlugPrefix = "synthetic-person-";

    private static readonly OutletKind[] _outletKinds = Enum.GetValues<OutletKind>();

    private static readonly DealStage[] _stages = Enum.GetValues<DealStage>();

    private static readonly PartyRole[] _laterRoles =
        [PartyRole.ProspectiveInvestor, PartyRole.PossibleParticipant, PartyRole.PossibleParticipant, PartyRole.Negotiator, PartyRole.Provider];

    public static PartySet BuildParties(SyntheticDataOptions options, SyntheticOffsets offsets)
    {
        var companies = new List<Party>(options.Companies);
        for (var i = 0; i < options.Companies; i++)
        {
            var n = offsets.Companies + i;
            var round = n / (CompanyStems.Length * CompanySuffixes.Length);
            var name = $"{CompanyStems[n % CompanyStems.Length]} {CompanySuffixes[n / CompanyStems.Length % CompanySuffixes.Length]}"
                       + (round > 0 ? $" {round + 1}" : string.Empty);
            companies.Add(new Party
            {
                Slug = CompanySlugPrefix + (n + 1).ToString("D2", Invariant),
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
                Slug = PersonSlugPrefix + (n + 1).ToString("D2", Invariant),
                Name = $"{FirstNames[n % FirstNames.Length]} {LastNames[n / FirstNames.Length % LastNames.Length]}",
                Kind = PartyKind.Person,
                Description = $"Chief executive of {employer.Name} (synthetic)",
                Affiliation = employer,
            });
        }

        return new PartySet(companies, people);
    }

    public static Outlet[] BuildOutlets(SyntheticDataOptions options, SyntheticOffsets offsets, Random random)
    {
        var outlets = new Outlet[options.Outlets];
        var names = OutletAdjectives.Length * OutletNouns.Length;
        for (var i = 0; i < outlets.Length; i++)
        {
            var n = offsets.Outlets + i;
            var slug = SyntheticDataGenerator.OutletSlugPrefix + (n + 1).ToString("D3", Invariant);
            outlets[i] = new Outlet
            {
                Slug = slug,
                Name = $"{OutletAdjectives[n % OutletAdjectives.Length]} {OutletNouns[n / OutletAdjectives.Length % OutletNouns.Length]}"
                       + (n >= names ? $" {n / names + 1}" : string.Empty),
                Kind = _outletKinds[random.Next(_outletKinds.Length)],
                Homepage = $"https://{slug}.example.com",
            };
        }

        return outlets;
    }

    public static DealPlan[] BuildDeals(SyntheticDataOptions options, SyntheticOffsets offsets, PartySet parties, Random random)
    {
        var deals = new DealPlan[options.Deals];
        for (var d = 0; d < deals.Length; d++)
        {
            var raising = parties.Companies[random.Next(parties.Companies.Count)];
            var roles = new List<DealParty> { new() { Party = raising, Role = PartyRole.Raising } };
            var currency = d % 10 == 7 ? "EUR" : "USD";
            var round = Nice(LogUniform(random, 500 * Million, 120 * Billion));
            List<MoneyFigure> figures =
            [
                new(Metric.RoundSize, null, round),
                new(Metric.Valuation, null, Nice(round * (decimal)(4 + (random.NextDouble() * 16)))),
            ];
            AddParties(parties, raising, round, roles, figures, random);

            var investors = roles.Where(r => r.Role == PartyRole.ProspectiveInvestor).Select(r => r.Party!.Name).ToList();
            var number = (offsets.Deals + d + 1).ToString("D2", Invariant);
            var entity = new Deal
            {
                Slug = SyntheticDataGenerator.DealSlugPrefix + number,
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

    /// <summary>Adds 1 to 5 more parties (fewer when one is drawn twice), with the figures their roles imply.</summary>
    private static void AddParties(PartySet parties, Party raising, decimal round, List<DealParty> roles, List<MoneyFigure> figures, Random random)
    {
        var used = new HashSet<Party> { raising };
        var extra = random.Next(1, 6);
        for (var j = 0; j < extra; j++)
        {
            var role = j == 0 ? PartyRole.ProspectiveInvestor : _laterRoles[random.Next(_laterRoles.Length)];
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
    }
}

/// <summary>How many synthetic items of each kind the store already holds: a new run continues their numbering.</summary>
internal sealed record SyntheticOffsets(int Deals, int Outlets, int Companies, int People, int Reports);

internal sealed record PartySet(List<Party> Companies, List<Party> People);

internal sealed record MoneyFigure(Metric Metric, Party? Party, decimal Truth, Party? Counterparty = null);

/// <summary>A deal being generated: its entity, the "true" figures outlets report around, and its reports' indexes in date order.</summary>
internal sealed record DealPlan(Deal Entity, Party Raising, List<MoneyFigure> Figures, string Currency, List<int> Reports);
