using DealTracker.Domain.Deals;
using DealTracker.Domain.History;
using DealTracker.Domain.Money;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.Claims;

/// <summary>
/// One assertion in one report about one deal: what it is about (metric, party), its value
/// (a hedged amount for money metrics), the exact words, and whether it still stands.
/// </summary>
public class Claim : IVersioned
{
    public int Id { get; set; }

    /// <summary>Goes up by one with every saved edit (optimistic concurrency).</summary>
    public int Version { get; set; }

    public int ReportId { get; set; }

    public Report? Report { get; set; }

    public int DealId { get; set; }

    public Deal? Deal { get; set; }

    public Metric Metric { get; set; }

    /// <summary>The party the claim is about (the investor, the responder), when there is one.</summary>
    public int? PartyId { get; set; }

    public Party? Party { get; set; }

    /// <summary>The claim in plain words: "Amazon declined to comment".</summary>
    public required string Statement { get; set; }

    /// <summary>The report's own words, verbatim: "as much as $50 billion". Required for money claims.</summary>
    public string? Quote { get; set; }

    public string? Currency { get; set; }

    public Hedge? Hedge { get; set; }

    public decimal? Amount { get; set; }

    public decimal? AmountLow { get; set; }

    public decimal? AmountHigh { get; set; }

    /// <summary>For a stage-of-talks claim, the stage it states, when it states one.</summary>
    public TalksStage? TalksStage { get; set; }

    public ClaimStatus Status { get; set; }

    public string? RetractionReason { get; set; }

    /// <summary>A caveat on the record itself, such as an ambiguity in the source.</summary>
    public string? Note { get; set; }

    /// <summary>The money value with its hedge, or null for a claim that is not about money.</summary>
    public HedgedAmount? Money
    {
        get => Hedge is { } hedge && Currency is { } currency
            ? HedgedAmount.Create(hedge, currency, Amount, AmountLow, AmountHigh)
            : null;
        set
        {
            Currency = value?.Currency;
            Hedge = value?.Hedge;
            Amount = value?.Amount;
            AmountLow = value?.Low;
            AmountHigh = value?.High;
        }
    }
}
