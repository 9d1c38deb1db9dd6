namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// How much synthetic data to add, and the seed that makes it repeatable. The defaults are the
/// "big" data set the performance goals are measured on (docs/performance.md); <see cref="Huge"/>
/// is the store-at-scale set (300,000 reports, a million claims).
/// </summary>
public sealed record SyntheticDataOptions
{
    /// <summary>The default set: 20 deals, 200 outlets, 20,000 reports, 60,000 claims.</summary>
    public static SyntheticDataOptions Big { get; } = new();

    /// <summary>Years of a newsroom's tracking: 200 deals, 2,000 outlets, 300,000 reports, 1,000,000 claims.</summary>
    public static SyntheticDataOptions Huge { get; } = new()
    {
        Deals = 200, Outlets = 2_000, Reports = 300_000, Claims = 1_000_000, Companies = 600, BatchSize = 5_000,
    };

    /// <summary>The preset named <paramref name="size"/> (<c>big</c> or <c>huge</c>, any case), or null.</summary>
    public static SyntheticDataOptions? ForSize(string size) => size.ToLowerInvariant() switch
    {
        "big" => Big,
        "huge" => Huge,
        _ => null,
    };

    /// <summary>
    /// The same shape at a fraction of the size (reports per deal and claims per report kept), never below
    /// what <see cref="Validate"/> needs: for trying a preset's shape quickly.
    /// </summary>
    public SyntheticDataOptions Scaled(double factor) => this with
    {
        Deals = Math.Max(1, (int)Math.Round(Deals * factor)),
        Outlets = Math.Max(2, (int)Math.Round(Outlets * factor)),
        Companies = Math.Max(6, (int)Math.Round(Companies * factor)),
        Reports = (int)Math.Round(Reports * factor),
        Claims = (int)Math.Round(Claims * factor),
    };

    public int Deals { get; init; } = 20;

    public int Outlets { get; init; } = 200;

    public int Reports { get; init; } = 20_000;

    public int Claims { get; init; } = 60_000;

    /// <summary>Companies to draw the deals' parties from (a few people are added beside them).</summary>
    public int Companies { get; init; } = 60;

    public int Seed { get; init; } = 42;

    /// <summary>Reports written per transaction; the change tracker is cleared after each.</summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>Throws when a count cannot make a coherent store (a deal needs two companies, a report an outlet).</summary>
    public void Validate()
    {
        if (Deals < 1 || Outlets < 2 || Companies < 6 || Reports < 0 || Claims < 0 || BatchSize < 1)
        {
            throw new ArgumentException(
                "Synthetic data needs at least 1 deal, 2 outlets and 6 companies; counts and the batch size cannot be negative.");
        }
    }
}

/// <summary>What one run added, and how long it took.</summary>
public sealed record SyntheticDataResult(
    int Parties,
    int Deals,
    int DealLinks,
    int Outlets,
    int Reports,
    int Claims,
    int Reliances,
    int Events,
    TimeSpan Elapsed);
