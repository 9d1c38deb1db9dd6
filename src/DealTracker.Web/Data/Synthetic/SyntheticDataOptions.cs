namespace DealTracker.Web.Data.Synthetic;

/// <summary>
/// How much synthetic data to add, and the seed that makes it repeatable. The defaults are the
/// "big" data set the performance goals are measured on (docs/performance.md).
/// </summary>
public sealed record SyntheticDataOptions
{
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
