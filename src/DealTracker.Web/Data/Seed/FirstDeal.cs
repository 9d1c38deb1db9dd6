using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;

namespace DealTracker.Web.Data.Seed;

/// <summary>
/// The first deal, exactly as docs/reference/seed-article.txt tells it: every outlet it names,
/// every report with its date (only where the article gives one), what each report relies on,
/// and every figure as a claim in the article's own words. Nothing here is invented: where the
/// article gives no headline, link or date, none is stored; where it is ambiguous, a note says so.
/// Quotes are verbatim substrings of the article (a test checks this).
/// </summary>
internal static class FirstDeal
{
    private const decimal Billion = 1_000_000_000m;

    private const string SeedSource = "Known from the seed article's account of it (docs/reference/seed-article.txt); headline and link not given there.";

    private const string FtNote = "The seed article attributes this to Financial Times reporting of 28 and 29 Jan 2026 without saying which piece; it is recorded on both.";

    public static SeedGraph Build()
    {
        // Outlets named in the article.
        var reuters = Outlet("reuters", "Reuters", OutletKind.Wire, "https://www.reuters.com");
        var wsj = Outlet("wsj", "The Wall Street Journal", OutletKind.Newspaper, "https://www.wsj.com");
        var ft = Outlet("financial-times", "Financial Times", OutletKind.Newspaper, "https://www.ft.com");
        var techCrunch = Outlet("techcrunch", "TechCrunch", OutletKind.Online, "https://techcrunch.com");
        var forbes = Outlet("forbes", "Forbes", OutletKind.Magazine, "https://www.forbes.com");
        var axios = Outlet("axios", "Axios", OutletKind.Online, "https://www.axios.com");
        var nyPost = Outlet("new-york-post", "New York Post", OutletKind.Tabloid, "https://nypost.com");
        var investing = Outlet("investing-com", "Investing.com", OutletKind.MarketNews, "https://www.investing.com");
        var nasdaq = Outlet("nasdaq-rttnews", "Nasdaq/RTTNews", OutletKind.Aggregator, "https://www.nasdaq.com");
        var benton = Outlet("benton-institute", "Benton Institute", OutletKind.ThinkTank, "https://www.benton.org");

        // Parties.
        var amazon = Party("amazon", "Amazon", PartyKind.Company, null);
        var openAi = Party("openai", "OpenAI", PartyKind.Company, null);
        var aws = Party("aws", "Amazon Web Services (AWS)", PartyKind.Company, "Amazon’s cloud computing business", amazon);
        var microsoft = Party("microsoft", "Microsoft", PartyKind.Company, null);
        var nvidia = Party("nvidia", "Nvidia", PartyKind.Company, null);
        var softBank = Party("softbank", "SoftBank", PartyKind.Company, null);
        var jassy = Party("andy-jassy", "Andy Jassy", PartyKind.Person, "Amazon CEO", amazon);
        var altman = Party("sam-altman", "Sam Altman", PartyKind.Person, "OpenAI CEO", openAi);

        // Deals.
        var round = new Deal
        {
            Slug = "amazon-openai-2026-round",
            Title = "Amazon investment in OpenAI (2026 round)",
            Summary = "Talks, first detailed by Reuters on 29 Jan 2026, in which Amazon would invest in OpenAI as part of a new "
                    + "fundraising round. Outlets differ on how much: the figures below keep each number with who reported it and in what words.",
            Stage = DealStage.InTalks,
            StageNote = "Early stage, terms not finalized (Reuters); the New York Post called the talks “advanced”.",
            IsFeatured = true,
        };
        var compute = new Deal
        {
            Slug = "aws-openai-compute-2025",
            Title = "AWS–OpenAI compute agreement (Nov 2025)",
            Summary = "OpenAI struck a deal with AWS in November 2025 to purchase $38 billion of computing services over multiple years, "
                    + "after previously relying heavily on Microsoft for compute.",
            Stage = DealStage.Signed,
            StageNote = "Struck in November 2025, per a Wall Street Journal summary via the Benton Institute.",
        };
        round.Links.Add(new DealLink { RelatedDeal = compute, Relation = "Earlier compute agreement; the talks reportedly include expanding it" });

        round.Parties.AddRange(
        [
            Role(openAi, PartyRole.Raising, "Seeking up to $100 billion in new capital (Reuters)"),
            Role(amazon, PartyRole.ProspectiveInvestor, "In talks to invest as much as $50 billion (Reuters)"),
            Role(microsoft, PartyRole.PossibleParticipant, "Named in investment discussions (Financial Times, New York Post)"),
            Role(nvidia, PartyRole.PossibleParticipant, "Named in investment discussions (Financial Times, New York Post)"),
            Role(softBank, PartyRole.PossibleParticipant, "Named in participation discussions (New York Post); racing to forge partnerships (Reuters)"),
            Role(jassy, PartyRole.Negotiator, "Involved in the discussions (Reuters)"),
            Role(altman, PartyRole.Negotiator, "Discussions are with OpenAI’s CEO (Reuters)"),
        ]);
        compute.Parties.AddRange(
        [
            Role(aws, PartyRole.Provider, "Sells the computing services"),
            Role(openAi, PartyRole.Customer, "Buys $38 billion of computing services over multiple years"),
        ]);

        // Reports, each with what it relies on and the claims it carries.
        var reutersReport = Report(reuters, PartialDate.OnDay(2026, 1, 29),
            "Amazon is in talks to invest as much as $50 billion in OpenAI, which is seeking up to $100 billion in a round that could value it around $830 billion; the talks are at an early stage.");
        reutersReport.Claims.AddRange(
        [
            Money(round, Metric.Investment, amazon, HedgedAmount.UpTo(50 * Billion), "as much as $50 billion",
                "Amazon is in talks to invest as much as $50 billion in OpenAI."),
            Money(round, Metric.RoundSize, null, HedgedAmount.UpTo(100 * Billion), "up to $100 billion in new capital",
                "OpenAI is seeking up to $100 billion in new capital."),
            Money(round, Metric.Valuation, null, HedgedAmount.Approximately(830 * Billion), "around $830 billion",
                "The round could value OpenAI around $830 billion."),
            Stage(round, TalksStage.Early, "The talks are in the early stages; structure and terms could change before anything is finalized.",
                "they are in the early stages and the structure and terms could change before anything is finalized"),
            Fact(round, Metric.Response, amazon, "Amazon declined to comment.", "Amazon declined to comment"),
            Fact(round, Metric.Response, openAi, "OpenAI did not immediately respond.", "OpenAI did not immediately respond"),
            Fact(round, Metric.Leadership, jassy, "Amazon CEO Andy Jassy is involved in the discussions with OpenAI CEO Sam Altman.",
                "Amazon CEO Andy Jassy is involved in the discussions with OpenAI CEO Sam Altman"),
            Fact(round, Metric.Context, openAi, "OpenAI is spending heavily on data centers.", "spending heavily on data centers"),
            Fact(round, Metric.Context, softBank, "Big Tech and SoftBank are racing to forge partnerships.", "racing to forge partnerships"),
        ]);

        var ftReports = new[] { PartialDate.OnDay(2026, 1, 28), PartialDate.OnDay(2026, 1, 29) }.Select(date =>
        {
            var report = Report(ft, date,
                "OpenAI has been discussing major investments with Microsoft, Nvidia and Amazon, with Amazon “$10B or more” mentioned in some scenarios.");
            report.Claims.AddRange(
            [
                Money(round, Metric.Investment, amazon, HedgedAmount.AtLeast(10 * Billion), "$10B or more",
                    "Amazon “$10B or more” is mentioned in some scenarios.", FtNote),
                .. new[] { microsoft, nvidia, amazon }.Select(party => Fact(round, Metric.Participation, party,
                    $"OpenAI has been discussing major investments with {party.Name}.",
                    "discussing major investments with Microsoft, Nvidia, and Amazon", FtNote)),
            ]);
            return report;
        }).ToList();

        var techCrunchReport = Report(techCrunch, null,
            "Highlighted the limited deal detail available so far, citing the Wall Street Journal, and reached out to both companies.");
        techCrunchReport.Reliances.Add(Relies(wsj, RelianceKind.Cites, "citing the Wall Street Journal"));
        techCrunchReport.Claims.AddRange(
        [
            Fact(round, Metric.StageOfTalks, null, "Limited deal detail is available so far.", null),
            Fact(round, Metric.Response, null, "TechCrunch had reached out to both companies.", null),
        ]);

        var forbesReport = Report(forbes, null,
            "The $50 billion Amazon–OpenAI talks could imply a valuation as high as $830 billion, attributed to WSJ reporting, with Amazon a potential largest investor.");
        forbesReport.Reliances.Add(Relies(wsj, RelianceKind.Cites, "attributed to WSJ reporting"));
        forbesReport.Claims.AddRange(
        [
            Money(round, Metric.Investment, amazon, HedgedAmount.Exact(50 * Billion), "the $50 billion Amazon, OpenAI talks",
                "The Amazon–OpenAI talks are about $50 billion."),
            Money(round, Metric.Valuation, null, HedgedAmount.UpTo(830 * Billion), "a valuation as high as $830 billion",
                "The talks could imply a valuation as high as $830 billion."),
            Fact(round, Metric.Participation, amazon, "Amazon is positioned as a potential largest investor.", "potential largest investor"),
        ]);

        var investingReport = Report(investing, null,
            "AMZN shares pared losses after the WSJ story circulated; reiterated the $50B / $100B / $830B figures and warned the deal’s structure could still change.");
        investingReport.Reliances.Add(Relies(wsj, RelianceKind.Repeats, "after the WSJ story circulated, reiterating its figures"));
        const string investingQuote = "the $50B / $100B / $830B figures";
        investingReport.Claims.AddRange(
        [
            Money(round, Metric.Investment, amazon, HedgedAmount.Exact(50 * Billion), investingQuote, "Amazon would invest $50B."),
            Money(round, Metric.RoundSize, null, HedgedAmount.Exact(100 * Billion), investingQuote, "The round would raise $100B."),
            Money(round, Metric.Valuation, null, HedgedAmount.Exact(830 * Billion), investingQuote, "The round would value OpenAI at $830B."),
            Fact(round, Metric.MarketReaction, amazon, "AMZN shares pared losses after the WSJ story circulated.", "pared losses"),
            Fact(round, Metric.StageOfTalks, null, "The deal’s structure could still change.", null),
        ]);

        var axiosReport = Report(axios, null,
            "Amazon is in talks to invest up to $50 billion even as “Wall Street cools” on OpenAI-adjacent names.");
        axiosReport.Claims.AddRange(
        [
            Money(round, Metric.Investment, amazon, HedgedAmount.UpTo(50 * Billion), "up to $50 billion",
                "Amazon is in talks to invest up to $50 billion."),
            Fact(round, Metric.MarketReaction, null, "Wall Street is cooling on OpenAI-adjacent names.", "Wall Street cools"),
        ]);

        var nyPostReport = Report(nyPost, null,
            "Framed the talks as “advanced”, repeated a $100B raise and ~$830B valuation, and noted participation discussions involving SoftBank, Microsoft and Nvidia.");
        nyPostReport.Claims.AddRange(
        [
            Stage(round, TalksStage.Advanced, "The talks are advanced.", "advanced"),
            Money(round, Metric.RoundSize, null, HedgedAmount.Exact(100 * Billion), "a $100B raise", "OpenAI would raise $100B."),
            Money(round, Metric.Valuation, null, HedgedAmount.Approximately(830 * Billion), "~$830B valuation",
                "The round would value OpenAI at about $830B."),
            .. new[] { softBank, microsoft, nvidia }.Select(party => Fact(round, Metric.Participation, party,
                $"{party.Name} is involved in participation discussions.", null)),
        ]);

        var nasdaqReport = Report(nasdaq, null,
            "Discussions include expanding the compute agreement and potential Amazon use of OpenAI models across products.");
        nasdaqReport.Claims.AddRange(
        [
            Fact(round, Metric.Terms, null, "The discussions include expanding the AWS–OpenAI compute agreement.", null),
            Fact(round, Metric.Terms, amazon, "Amazon could use OpenAI models across its products.", null),
        ]);

        var bentonReport = Report(benton, null,
            "A Wall Street Journal summary: Amazon could become the largest contributor to the round; OpenAI, which relied heavily on Microsoft for compute, struck an AWS deal in November 2025 to purchase $38 billion of computing services over multiple years.");
        bentonReport.Reliances.Add(Relies(wsj, RelianceKind.Summarises, "a Wall Street Journal summary (via the Benton Institute)"));
        bentonReport.Claims.AddRange(
        [
            Fact(round, Metric.Participation, amazon,
                "Amazon could become the largest contributor to the new round if it invests near the top end.",
                "the largest contributor to the new fundraising round"),
            Money(compute, Metric.ComputeCommitment, openAi, HedgedAmount.Exact(38 * Billion), "$38 billion of computing services over multiple years",
                "OpenAI agreed to purchase $38 billion of computing services from AWS over multiple years."),
            Fact(compute, Metric.Context, microsoft, "OpenAI previously relied heavily on Microsoft for compute.",
                "previously relied heavily on Microsoft for compute"),
        ]);

        // Events on the timelines.
        var events = new List<DealEvent>
        {
            new()
            {
                Deal = compute,
                Title = "AWS–OpenAI $38 billion compute agreement",
                Description = "OpenAI struck a deal with AWS to purchase $38 billion of computing services over multiple years.",
                Occurred = PartialDate.InMonth(2025, 11),
                Reports = [bentonReport],
            },
            new()
            {
                Deal = round,
                Title = "Financial Times reports OpenAI investment talks with Microsoft, Nvidia and Amazon",
                Description = "FT reporting of 28 and 29 Jan 2026, with Amazon “$10B or more” mentioned in some scenarios.",
                Occurred = PartialDate.OnDay(2026, 1, 28),
                Reports = [.. ftReports],
            },
            new()
            {
                Deal = round,
                Title = "Reuters reports Amazon in talks to invest as much as $50 billion",
                Description = "OpenAI seeking up to $100 billion at a valuation around $830 billion; talks at an early stage.",
                Occurred = PartialDate.OnDay(2026, 1, 29),
                Reports = [reutersReport],
            },
            new()
            {
                Deal = round,
                Title = "AMZN shares pare losses after the WSJ story",
                Description = "Investing.com noted Amazon shares pared losses after the Wall Street Journal story circulated. The article gives no date.",
                Occurred = null,
                Reports = [investingReport],
            },
        };

        return new SeedGraph(
            Deals: [round, compute],
            Outlets: [reuters, wsj, ft, techCrunch, forbes, axios, nyPost, investing, nasdaq, benton],
            Parties: [amazon, openAi, aws, microsoft, nvidia, softBank, jassy, altman],
            Reports: [reutersReport, .. ftReports, techCrunchReport, forbesReport, investingReport, axiosReport, nyPostReport, nasdaqReport, bentonReport],
            Events: events);
    }

    private static Outlet Outlet(string slug, string name, OutletKind kind, string homepage) =>
        new() { Slug = slug, Name = name, Kind = kind, Homepage = homepage };

    private static Party Party(string slug, string name, PartyKind kind, string? description, Party? affiliation = null) =>
        new() { Slug = slug, Name = name, Kind = kind, Description = description, Affiliation = affiliation };

    private static DealParty Role(Party party, PartyRole role, string note) => new() { Party = party, Role = role, Note = note };

    private static Report Report(Outlet outlet, PartialDate? published, string summary) =>
        new() { Outlet = outlet, Published = published, Summary = summary, SourceNote = SeedSource };

    private static Reliance Relies(Outlet outlet, RelianceKind kind, string note) => new() { TargetOutlet = outlet, Kind = kind, Note = note };

    private static Claim Money(Deal deal, Metric metric, Party? party, HedgedAmount amount, string quote, string statement, string? note = null) =>
        new() { Deal = deal, Metric = metric, Party = party, Money = amount, Quote = quote, Statement = statement, Note = note };

    private static Claim Stage(Deal deal, TalksStage stage, string statement, string quote) =>
        new() { Deal = deal, Metric = Metric.StageOfTalks, TalksStage = stage, Statement = statement, Quote = quote };

    private static Claim Fact(Deal deal, Metric metric, Party? party, string statement, string? quote, string? note = null) =>
        new() { Deal = deal, Metric = metric, Party = party, Statement = statement, Quote = quote, Note = note };
}

/// <summary>Everything one seed adds, ready to hand to a DbContext.</summary>
internal sealed record SeedGraph(
    IReadOnlyList<Deal> Deals,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<DealEvent> Events);
