using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Figures.Context;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Editing;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Intake;

/// <summary>
/// Which tracked parties a text names and which tracked deal it probably concerns: of the deals the text gives enough evidence for
/// (<see cref="BestDeal"/>), the one with the most of its parties named, then the most figures matching its standing claims (same
/// amount, or same metric).
/// </summary>
public sealed partial class DealMatcher
{
    private readonly List<(int Id, string Name, Regex Pattern)> _parties;
    private readonly List<DealFacts> _deals;

    private DealMatcher(List<(int Id, string Name, Regex Pattern)> parties, List<DealFacts> deals)
    {
        (_parties, _deals) = (parties, deals);
        KnownNames = KnownNames.Of(parties.SelectMany(p => KnownName.WrittenForms(p.Name)));
    }

    /// <summary>The tracked parties' names, for the context reader to read whole ("SK hynix", not "SK").</summary>
    public KnownNames KnownNames { get; }

    /// <summary>The parties and deals in the store, read once.</summary>
    public static async Task<DealMatcher> LoadAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var parties = await db.Parties.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var deals = await db.Deals.AsNoTracking()
            .Select(d => new
            {
                d.Id,
                d.IsFeatured,
                Parties = d.Parties.Select(p => new { p.PartyId, p.Role }).ToList(),
                Claims = d.Claims.Where(c => c.Status == ClaimStatus.Standing && c.Currency != null)
                    .Select(c => new { c.Metric, c.Amount, c.AmountLow, c.AmountHigh }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new DealMatcher(
            [.. parties.Select(p => (p.Id, p.Name, NamePattern(p.Name)))],
            [.. deals.Select(d => new DealFacts(
                d.Id, d.IsFeatured, [.. d.Parties.Select(p => p.PartyId)],
                [.. Principals(d.Parties.Select(p => (p.PartyId, p.Role)))],
                [.. d.Claims.SelectMany(c => new[] { c.Amount, c.AmountLow, c.AmountHigh }).OfType<decimal>()],
                [.. d.Claims.Select(c => c.Metric)]))]);
    }

    /// <summary>
    /// The tracked parties <paramref name="text"/> names (id and name), in the store's order. A name read only inside a longer
    /// party's name is not that party: "Amazon Web Services signs …" names Amazon Web Services, not Amazon too.
    /// </summary>
    public IReadOnlyList<(int Id, string Name)> PartiesNamed(string text)
    {
        var matches = _parties.Select(p => (Party: p, Spans: p.Pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList())).ToList();
        return [.. matches
            .Where(p => p.Spans.Any(span => !matches.Any(other => other.Party.Id != p.Party.Id && other.Spans.Any(longer =>
                longer.Length > span.Length && longer.Index <= span.Index && span.Index + span.Length <= longer.Index + longer.Length))))
            .Select(p => (p.Party.Id, p.Party.Name))];
    }

    /// <summary>The party with this name (or a name it contains, "Amazon" for "Amazon.com"), or null.</summary>
    public int? PartyId(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var match = _parties.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match.Name is null)
        {
            match = _parties.FirstOrDefault(p => p.Pattern.IsMatch(name));
        }

        return match.Name is null ? null : match.Id;
    }

    /// <summary>
    /// The deal <paramref name="text"/> most probably concerns, or null when it gives no deal enough evidence. Naming one of a deal's
    /// many parties is not enough (a story about Nvidia is not about every round Nvidia is said to join): the text must name one of
    /// its principal parties (raising, investing, providing or buying; not a possible participant nor a negotiator) and, besides it,
    /// another of its parties, a money figure or a deal word ("invest", "stake", "round", "talks", "deal"…).
    /// </summary>
    public int? BestDeal(IReadOnlyList<(int Id, string Name)> named, InboxExtraction extraction, string text)
    {
        if (named.Count == 0)
        {
            return null;
        }

        var ids = named.Select(p => p.Id).ToHashSet();
        var amounts = extraction.Figures.SelectMany(f => new[] { f.Amount, f.Low, f.High }).OfType<decimal>().ToList();
        var metrics = extraction.Figures.Where(f => f.Metric is not null).Select(f => f.Metric!.Value).ToList();
        var dealLike = extraction.Figures.Any(f => !f.IsConversion) || extraction.Stages.Count > 0 || DealWordRegex().IsMatch(text);
        return _deals
            .Select(d => (Deal: d, Parties: d.Parties.Count(ids.Contains), Principals: d.Principals.Count(ids.Contains),
                Figures: amounts.Count(d.Amounts.Contains) * 2 + metrics.Count(d.Metrics.Contains)))
            .Where(d => d.Principals > 0 && (d.Parties > 1 || dealLike))
            .OrderByDescending(d => d.Parties)
            .ThenByDescending(d => d.Figures)
            .ThenByDescending(d => d.Deal.Featured)
            .ThenBy(d => d.Deal.Id)
            .Select(d => (int?)d.Deal.Id)
            .FirstOrDefault();
    }

    /// <summary>
    /// How likely the item is worth a report: a matched deal, tracked parties named, figures, sources cited.
    /// 0 (ranked last) when it names no tracked party and no figure.
    /// </summary>
    public static int Score(int? dealId, int partiesNamed, InboxExtraction extraction)
    {
        var figures = extraction.Figures.Count(f => !f.IsConversion);
        if (partiesNamed == 0 && figures == 0)
        {
            return 0;
        }

        return (dealId is null ? 0 : 50) + Math.Min(partiesNamed, 3) * 10 + Math.Min(figures, 4) * 5
            + (extraction.Sources.Count > 0 ? 2 : 0) + 1;
    }

    /// <summary>A name as a whole word, case-insensitive; "Inc", "Corp", ".com" and the like are optional.</summary>
    private static Regex NamePattern(string name)
    {
        // "Amazon Web Services (AWS)" is named by either "Amazon Web Services" or "AWS".
        var forms = new List<string>();
        var bracket = Regex.Match(name, @"^(?<main>[^(]+?)\s*\((?<short>[^)]+)\)\s*$");
        forms.AddRange(bracket.Success ? [bracket.Groups["main"].Value, bracket.Groups["short"].Value] : [name]);
        var alternatives = forms
            .Select(f => Regex.Replace(f.Trim(), @"(?i)(?:,?\s+(?:inc|corp|corporation|ltd|llc|plc|co)\.?|\.com)$", ""))
            .Where(f => f.Length > 1)
            .Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// A deal's principal parties: those raising, investing, providing or buying. A deal an editor gave only other roles has all its
    /// parties as principals (else no story could ever concern it).
    /// </summary>
    private static IEnumerable<int> Principals(IEnumerable<(int PartyId, PartyRole Role)> parties)
    {
        var all = parties.ToList();
        var principal = all.Where(p => p.Role is PartyRole.Raising or PartyRole.ProspectiveInvestor or PartyRole.Provider or PartyRole.Customer).ToList();
        return (principal.Count > 0 ? principal : all).Select(p => p.PartyId);
    }

    /// <summary>Words of a deal being made, as a whole word in any case: "invests", "stake", "funding round", "in talks", "acquires".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:invest(?:s|ed|ing|ment|ments|or|ors)?|stakes?|funding|fund-?raising|rounds?|rais(?:e|es|ed|ing)|valu(?:ation|ed|es|ing)|deals?|agreements?|pacts?|talks|negotiat\w*|acqui(?:re|res|red|ring|sition|sitions)|mergers?|buy(?:s|ing|out)?|bought|bids?|backs|backed|backing|financing|partnerships?)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DealWordRegex();

    private sealed record DealFacts(int Id, bool Featured, HashSet<int> Parties, HashSet<int> Principals, HashSet<decimal> Amounts, HashSet<Metric> Metrics);
}
