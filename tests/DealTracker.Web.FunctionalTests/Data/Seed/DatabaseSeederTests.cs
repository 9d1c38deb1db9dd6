using System.Globalization;
using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data.Seed;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Data.Seed;

/// <summary>The seed, loaded by the real start-up into a fresh SQLite file, against the article it comes from.</summary>
public sealed partial class DatabaseSeederTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    private const decimal Billion = 1_000_000_000m;

    [Fact]
    public async Task SeedAsync_FreshDatabase_StoresEveryOutletTheArticleNames()
    {
        await using var db = app.CreateDbContext();

        var outlets = await db.Outlets.Select(o => o.Name).ToListAsync();

        Assert.Equal(
            new[] { "Axios", "Benton Institute", "Financial Times", "Forbes", "Investing.com", "Nasdaq/RTTNews", "New York Post", "Reuters", "TechCrunch", "The Wall Street Journal" },
            outlets.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Reuters", "Investment", "amazon", "UpTo", 50, "as much as $50 billion", "2026-01-29")]
    [InlineData("Reuters", "RoundSize", null, "UpTo", 100, "up to $100 billion in new capital", "2026-01-29")]
    [InlineData("Reuters", "Valuation", null, "Approximately", 830, "around $830 billion", "2026-01-29")]
    [InlineData("Financial Times", "Investment", "amazon", "AtLeast", 10, "$10B or more", "2026-01-28")]
    [InlineData("Financial Times", "Investment", "amazon", "AtLeast", 10, "$10B or more", "2026-01-29")]
    [InlineData("Forbes", "Investment", "amazon", "Exact", 50, "the $50 billion Amazon, OpenAI talks", null)]
    [InlineData("Forbes", "Valuation", null, "UpTo", 830, "a valuation as high as $830 billion", null)]
    [InlineData("Investing.com", "Investment", "amazon", "Exact", 50, "the $50B / $100B / $830B figures", null)]
    [InlineData("Investing.com", "RoundSize", null, "Exact", 100, "the $50B / $100B / $830B figures", null)]
    [InlineData("Investing.com", "Valuation", null, "Exact", 830, "the $50B / $100B / $830B figures", null)]
    [InlineData("Axios", "Investment", "amazon", "UpTo", 50, "up to $50 billion", null)]
    [InlineData("New York Post", "RoundSize", null, "Exact", 100, "a $100B raise", null)]
    [InlineData("New York Post", "Valuation", null, "Approximately", 830, "~$830B valuation", null)]
    [InlineData("Benton Institute", "ComputeCommitment", "openai", "Exact", 38, "$38 billion of computing services over multiple years", null)]
    public async Task SeedAsync_FreshDatabase_StoresEachFigureWithOutletHedgeQuoteAndDate(
        string outlet, string metric, string? party, string hedge, int billions, string quote, string? published)
    {
        await using var db = app.CreateDbContext();
        var expectedDate = published is null ? (DateOnly?)null : DateOnly.Parse(published, CultureInfo.InvariantCulture);

        var claims = await db.Claims
            .Where(c => c.Report!.Outlet!.Name == outlet && c.Metric == Enum.Parse<Metric>(metric) && c.Quote == quote)
            .Where(c => c.Report!.PublishedOn == expectedDate)
            .Select(c => new { PartySlug = c.Party == null ? null : c.Party.Slug, c.Hedge, c.Currency, c.Amount, c.Report!.PublishedPrecision, c.Status })
            .ToListAsync();

        var claim = Assert.Single(claims);
        Assert.Equal(party, claim.PartySlug);
        Assert.Equal(Enum.Parse<Hedge>(hedge), claim.Hedge);
        Assert.Equal("USD", claim.Currency);
        Assert.Equal(billions * Billion, claim.Amount);
        Assert.Equal(ClaimStatus.Standing, claim.Status);
        Assert.Equal(published is null ? null : DatePrecision.Day, claim.PublishedPrecision);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_EveryQuoteIsVerbatimFromTheArticle()
    {
        await using var db = app.CreateDbContext();

        var quotes = await db.Claims.Where(c => c.Quote != null).Select(c => c.Quote!).Distinct().ToListAsync();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Contains(quote, SeedArticle.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_EveryMoneyFigureInTheArticleIsAClaim()
    {
        await using var db = app.CreateDbContext();
        var amounts = (await db.Claims.Where(c => c.Amount != null).Select(c => c.Amount!.Value).ToListAsync()).ToHashSet();

        var inArticle = MoneyInArticle().Matches(SeedArticle.Text)
            .Select(m => decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * Billion)
            .Distinct()
            .ToList();

        Assert.Equal(5, inArticle.Count); // 50, 100, 830, 10 and 38 billion
        Assert.All(inArticle, amount => Assert.Contains(amount, amounts));
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_EveryMoneyClaimIsFullyAttributed()
    {
        await using var db = app.CreateDbContext();

        var money = await db.Claims.Where(c => c.Hedge != null)
            .Select(c => new { c.Quote, c.Currency, Outlet = c.Report!.Outlet!.Name, c.Statement })
            .ToListAsync();

        Assert.Equal(14, money.Count);
        Assert.All(money, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Quote));
            Assert.False(string.IsNullOrWhiteSpace(c.Outlet));
            Assert.False(string.IsNullOrWhiteSpace(c.Statement));
            Assert.Equal("USD", c.Currency);
        });
    }

    [Theory]
    [InlineData("TechCrunch", RelianceKind.Cites)]
    [InlineData("Forbes", RelianceKind.Cites)]
    [InlineData("Benton Institute", RelianceKind.Summarises)]
    [InlineData("Investing.com", RelianceKind.Repeats)]
    public async Task SeedAsync_FreshDatabase_RecordsRelianceOnTheWallStreetJournal(string outlet, RelianceKind kind)
    {
        await using var db = app.CreateDbContext();

        var reliances = await db.Reliances
            .Where(r => r.Report!.Outlet!.Name == outlet)
            .Select(r => new { Target = r.TargetOutlet!.Name, r.Kind })
            .ToListAsync();

        var reliance = Assert.Single(reliances);
        Assert.Equal("The Wall Street Journal", reliance.Target);
        Assert.Equal(kind, reliance.Kind);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_ReutersFtAxiosAndNewYorkPostRelyOnNoOne()
    {
        await using var db = app.CreateDbContext();

        var relying = await db.Reliances.Select(r => r.Report!.Outlet!.Name).Distinct().ToListAsync();

        Assert.DoesNotContain("Reuters", relying);
        Assert.DoesNotContain("Financial Times", relying);
        Assert.DoesNotContain("Axios", relying);
        Assert.DoesNotContain("New York Post", relying);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_StoresPartiesWithTheirRoles()
    {
        await using var db = app.CreateDbContext();

        var roles = await db.DealParties
            .Where(p => p.Deal!.Slug == "amazon-openai-2026-round")
            .Select(p => new { p.Party!.Name, p.Role })
            .ToListAsync();

        Assert.Contains(roles, r => r is { Name: "OpenAI", Role: PartyRole.Raising });
        Assert.Contains(roles, r => r is { Name: "Amazon", Role: PartyRole.ProspectiveInvestor });
        Assert.Contains(roles, r => r is { Name: "Microsoft", Role: PartyRole.PossibleParticipant });
        Assert.Contains(roles, r => r is { Name: "Nvidia", Role: PartyRole.PossibleParticipant });
        Assert.Contains(roles, r => r is { Name: "SoftBank", Role: PartyRole.PossibleParticipant });
        Assert.Contains(roles, r => r is { Name: "Andy Jassy", Role: PartyRole.Negotiator });
        Assert.Contains(roles, r => r is { Name: "Sam Altman", Role: PartyRole.Negotiator });
    }

    [Theory]
    [InlineData("Reuters", "Response", "amazon", "Amazon declined to comment")]
    [InlineData("Reuters", "Response", "openai", "OpenAI did not immediately respond")]
    [InlineData("Reuters", "StageOfTalks", null, "they are in the early stages and the structure and terms could change before anything is finalized")]
    [InlineData("New York Post", "StageOfTalks", null, "advanced")]
    [InlineData("Reuters", "Leadership", "andy-jassy", "Amazon CEO Andy Jassy is involved in the discussions with OpenAI CEO Sam Altman")]
    [InlineData("Investing.com", "MarketReaction", "amazon", "pared losses")]
    [InlineData("Axios", "MarketReaction", null, "Wall Street cools")]
    public async Task SeedAsync_FreshDatabase_StoresResponsesStageAndContextClaims(string outlet, string metric, string? party, string quote)
    {
        await using var db = app.CreateDbContext();

        var found = await db.Claims.CountAsync(c =>
            c.Report!.Outlet!.Name == outlet && c.Metric == Enum.Parse<Metric>(metric) && c.Quote == quote
            && (party == null ? c.PartyId == null : c.Party!.Slug == party));

        Assert.Equal(1, found);
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_StoresTheEventsWithHonestDates()
    {
        await using var db = app.CreateDbContext();

        var events = await db.Events
            .Select(e => new { e.Title, Deal = e.Deal!.Slug, e.OccurredOn, e.OccurredPrecision, Reports = e.Reports.Count })
            .ToListAsync();

        Assert.Equal(4, events.Count);
        var aws = Assert.Single(events, e => e.Title.Contains("compute agreement", StringComparison.Ordinal));
        Assert.Equal("aws-openai-compute-2025", aws.Deal);
        Assert.Equal("Nov 2025", PartialDate.From(aws.OccurredOn!.Value, aws.OccurredPrecision!.Value).ToString());
        var ft = Assert.Single(events, e => e.Title.StartsWith("Financial Times", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 1, 28), ft.OccurredOn);
        Assert.Equal(2, ft.Reports);
        var reuters = Assert.Single(events, e => e.Title.StartsWith("Reuters", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 1, 29), reuters.OccurredOn);
        var shares = Assert.Single(events, e => e.Title.Contains("pare losses", StringComparison.Ordinal));
        Assert.Null(shares.OccurredOn);
        Assert.All(events, e => Assert.True(e.Reports > 0));
    }

    [Fact]
    public async Task SeedAsync_FreshDatabase_LinksTheComputeAgreementToTheRound()
    {
        await using var db = app.CreateDbContext();

        var links = await db.DealLinks.Select(l => new { From = l.Deal!.Slug, To = l.RelatedDeal!.Slug }).ToListAsync();
        var stages = await db.Deals.ToDictionaryAsync(d => d.Slug, d => d.Stage);

        var link = Assert.Single(links);
        Assert.Equal(("amazon-openai-2026-round", "aws-openai-compute-2025"), (link.From, link.To));
        Assert.Equal(DealStage.InTalks, stages["amazon-openai-2026-round"]);
        Assert.Equal(DealStage.Signed, stages["aws-openai-compute-2025"]);
    }

    [Fact]
    public async Task SeedAsync_SecondRunAndRestart_AddsNothing()
    {
        int[] Counts(Web.Data.DealTrackerDbContext db) =>
            [db.Deals.Count(), db.Outlets.Count(), db.Parties.Count(), db.Reports.Count(), db.Claims.Count(), db.Events.Count(), db.Reliances.Count()];

        await using var fresh = new DealTrackerAppFactory();
        await fresh.InitializeAsync();
        int[] before;
        await using (var db = fresh.CreateDbContext())
        {
            before = Counts(db);
        }

        bool seededAgain;
        await using (var scope = fresh.Services.CreateAsyncScope())
        {
            seededAgain = await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync();
        }

        await fresh.Services.InitialiseDatabaseAsync();

        await using var after = fresh.CreateDbContext();
        Assert.False(seededAgain);
        Assert.Equal(before, Counts(after));
        Assert.Equal([2, 10, 8, 10, 40, 4, 4], before);
    }

    [SqliteOnlyFact]
    public async Task InitialiseDatabaseAsync_FreshFile_AppliesMigrationsInWalMode()
    {
        await using var db = app.CreateDbContext();

        var pending = await db.Database.GetPendingMigrationsAsync();
        var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").ToListAsync();

        Assert.Empty(pending);
        Assert.Equal("wal", Assert.Single(journal));
        Assert.True(File.Exists(app.DatabasePath));
    }

    [GeneratedRegex(@"\$\s?(?<n>\d+(?:\.\d+)?)\s?(?:billion|B)\b")]
    private static partial Regex MoneyInArticle();
}
