using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Data.Synthetic;
using DealTracker.Web.Extensions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Services.Evidence;

/// <summary>
/// A deal's <c>?asOf=</c> overview and compare page are cut from the evidence kept per deal (<c>DealHeadlines.AsOfEvidence</c>),
/// written by every save that changes what they show, instead of read from the claims on each render. They show what the
/// evidence worked out from the store shows (the column emptied), for the seed deal and a generated one on many days. Caches off.
/// </summary>
public sealed class KeptEvidenceTests : IAsyncLifetime
{
    private const string Seed = "amazon-openai-2026-round";

    private readonly DealTrackerAppFactory _app = new() { ReadCache = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Get_AsOfViewsOnRandomDays_KeptEvidenceShowsWhatTheStoreWorkedOutShows()
    {
        await ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(_app.Services)
            .GenerateAsync(new SyntheticDataOptions { Deals = 2, Outlets = 15, Reports = 240, Claims = 720, Seed = 7 });
        var paths = new List<string>();
        foreach (var slug in new[] { Seed, SyntheticDataGenerator.DealSlugPrefix + "01" })
        {
            foreach (var day in await DaysAsync(slug))
            {
                paths.Add($"/deals/{slug}?asOf={day:yyyy-MM-dd}");
                paths.Add($"/deals/{slug}/compare?asOf={day:yyyy-MM-dd}");
            }
        }

        var (kept, keptCommands) = await MainsAsync(paths);
        await ForgetAsOfEvidenceAsync();
        var (worked, workedCommands) = await MainsAsync(paths);

        Assert.Equal(worked, kept);
        Assert.True(keptCommands < workedCommands, $"{keptCommands} commands from the kept evidence, {workedCommands} from the store");
        Assert.Contains(kept.Values, main => main.Contains("Retracted, not counted", StringComparison.Ordinal)); // the generated deal has some
    }

    [Fact]
    public async Task Save_NewReport_AsOfViewsFromItsDayOnShowItsFigure()
    {
        await AddReportAsync();

        var before = await MainTextAsync($"/deals/{Seed}?asOf=2026-03-01");
        var onItsDay = await MainTextAsync($"/deals/{Seed}?asOf=2026-03-02");
        var compare = await MainTextAsync($"/deals/{Seed}/compare?asOf=2026-03-02");

        Assert.DoesNotContain("$70B", before, StringComparison.Ordinal);
        Assert.Contains("$70B", onItsDay, StringComparison.Ordinal);
        Assert.Contains("Kept outlet", onItsDay, StringComparison.Ordinal); // among the latest reports
        Assert.Contains("$70B", compare, StringComparison.Ordinal);
        await AssertSameAsWorkedOutAsync($"/deals/{Seed}?asOf=2026-03-02", $"/deals/{Seed}/compare?asOf=2026-03-02");
    }

    [Fact]
    public async Task Save_ClaimEditedThenRetracted_AsOfViewsShowTheNewValueThenListItRetracted()
    {
        var claimId = await AddReportAsync();

        await EditClaimAsync(claimId, claim => claim.Money = HedgedAmount.Exact(77_000_000_000m));
        var edited = await MainTextAsync($"/deals/{Seed}?asOf=2026-04-01");
        await EditClaimAsync(claimId, claim => (claim.Status, claim.RetractionReason) = (ClaimStatus.Retracted, "Kept outlet withdrew it"));
        var overview = await MainTextAsync($"/deals/{Seed}?asOf=2026-04-01");
        var compare = await MainTextAsync($"/deals/{Seed}/compare?asOf=2026-04-01");

        Assert.Contains("$77B", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("$70B", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("$77B", overview, StringComparison.Ordinal);
        Assert.Contains("Kept outlet withdrew it", compare, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept outlet withdrew it", await MainTextAsync($"/deals/{Seed}/compare?asOf=2026-03-01"), StringComparison.Ordinal);
        await AssertSameAsWorkedOutAsync($"/deals/{Seed}?asOf=2026-04-01", $"/deals/{Seed}/compare?asOf=2026-04-01");
    }

    [Fact]
    public async Task Start_StoreWithKeptViewsButNoAsOfEvidence_KeepsItOnce()
    {
        var path = $"/deals/{Seed}/compare?asOf=2026-02-01";
        var (before, _) = await MainsAsync([path]);
        await ForgetAsOfEvidenceAsync();

        await _app.Services.InitialiseDatabaseAsync();

        await using (var db = _app.CreateDbContext())
        {
            Assert.True(await db.DealHeadlines.AllAsync(h => h.AsOfEvidence != null));
        }

        var (after, commands) = await MainsAsync([path]);
        Assert.Equal(before, after);
        Assert.Equal(2, commands); // the deal, then its kept evidence
    }

    /// <summary>The days to look at: before the deal's first report, on and between its report days, after the last, and random days.</summary>
    private async Task<List<DateOnly>> DaysAsync(string slug)
    {
        await using var db = _app.CreateDbContext();
        var days = await db.Reports.Where(r => r.Claims.Any(c => c.Deal!.Slug == slug) && r.PublishedUntil != null)
            .Select(r => r.PublishedUntil!.Value).Distinct().OrderBy(d => d).ToListAsync();
        var (first, last) = (days[0], days[^1]);
        var random = new Random(slug.Length);
        return [first.AddDays(-1), first, days[days.Count / 2], days[days.Count / 2].AddDays(1), last, last.AddYears(1),
                .. Enumerable.Range(0, 6).Select(_ => first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1)))];
    }

    /// <summary>Each page's main content (the rest of the page carries per-response state), and the SQL commands they took.</summary>
    private async Task<(Dictionary<string, string> Mains, int Commands)> MainsAsync(IReadOnlyList<string> paths)
    {
        var mains = new Dictionary<string, string>();
        var client = _app.CreateClient();
        _app.Commands.Reset();
        foreach (var path in paths)
        {
            var (response, page) = await HtmlPage.GetAsync(client, path);
            response.EnsureSuccessStatusCode();
            mains[path] = page.QuerySelector("main")!.OuterHtml;
        }

        return (mains, _app.Commands.Count);
    }

    private async Task<string> MainTextAsync(string path)
    {
        var (_, page) = await HtmlPage.GetAsync(_app.CreateClient(), path);
        return page.QuerySelector("main")!.Text();
    }

    private async Task AssertSameAsWorkedOutAsync(params string[] paths)
    {
        var (kept, _) = await MainsAsync(paths);
        await ForgetAsOfEvidenceAsync();
        var (worked, _) = await MainsAsync(paths);
        Assert.Equal(worked, kept);
    }

    /// <summary>A store from before the column: the pages work the <c>asOf</c> views out from the claims in the store.</summary>
    private async Task ForgetAsOfEvidenceAsync()
    {
        await using var db = _app.CreateDbContext();
        await db.DealHeadlines.ExecuteUpdateAsync(s => s.SetProperty(h => h.AsOfEvidence, (byte[]?)null));
    }

    private async Task EditClaimAsync(int claimId, Action<Claim> edit)
    {
        await using var db = _app.CreateDbContext();
        var claim = await db.Claims.AsTracking().SingleAsync(c => c.Id == claimId);
        edit(claim);
        await db.SaveChangesAsync();
    }

    /// <summary>A report by a new outlet on 2026-03-02 stating Amazon's investment as $70B, repeating Reuters; returns its claim's id.</summary>
    private async Task<int> AddReportAsync()
    {
        await using var db = _app.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Slug == Seed);
        var amazon = await db.Parties.SingleAsync(p => p.Slug == "amazon");
        var reuters = await db.Outlets.SingleAsync(o => o.Slug == "reuters");
        var outlet = new Outlet { Slug = "kept-outlet", Name = "Kept outlet", Kind = OutletKind.Online };
        var report = new Report { Outlet = outlet, Summary = "Kept report", Published = PartialDate.OnDay(2026, 3, 2) };
        var claim = new Claim
        {
            DealId = deal.Id, PartyId = amazon.Id, Metric = Metric.Investment, Statement = "Amazon invests $70 billion",
            Quote = "$70 billion", Money = HedgedAmount.Exact(70_000_000_000m),
        };
        report.Claims.Add(claim);
        report.Reliances.Add(new Reliance { TargetOutletId = reuters.Id, Kind = RelianceKind.Repeats });
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return claim.Id;
    }
}
