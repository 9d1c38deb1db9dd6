using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-fourth session: a sentence about a market over a period, naming no organisation but the sources it cites, sums
/// many deals (other, convention M4), whatever verb or noun of raising or investing it uses: "Funding for Canada's ascendant
/// biotechnology sector was strong, at $324-million in the quarter", "Last year, CB Insights tallied record healthcare equity funding of
/// $80.6 billion, spanning more than 5,500 deals" (CB Insights being its cited source). The older market rules each read one shape of
/// such sentences; this reads the class by three things together: a period ("in the quarter", "last year", "in 2024", "up 33%",
/// "compared with"), a market's words ("venture funding", "startups", "sector", "deals") and no organisation named but a cited source.
/// Without a period it reads nothing ("Nigeria …, attracting $520 million in investments" is left to the other rules), and a source it
/// does not know is an organisation that stops it ("The annual Africa Tech Venture Capital 2024 report highlights … equity funding
/// remained stable at $2.2 billion"). One company's round in such a sentence stays a round ("announced the close of its Series C round",
/// "tapping up investors for a £100 million raise", "the company raised $50 million last year"), and so does money a place is said to
/// invest ("Saudi Arabia last year said it would invest $38 billion in the gaming sector").
/// </summary>
internal static partial class MetricRules
{
    /// <summary>Whether <paramref name="sentence"/> is about a market over a period, with no organisation in it but its sources.</summary>
    internal static bool IsMarketOverAPeriod(string text, SentenceWords sentence)
    {
        var own = text[sentence.Start..sentence.End];
        if (!MarketPeriodPattern().IsMatch(own) || !MarketWordsPattern().IsMatch(own) || OneCompanysRoundPattern().IsMatch(ReportingCodaPattern().Replace(own, ""))
            || sentence.Words.Any(w => w.Lower is "invest" or "invests" or "investing" or "invested" && !w.IsCapitalised))
        {
            return false;
        }

        var organisations = sentence.Names.Where(n => n.Kind == NameKind.Organisation).ToList();
        if (organisations.Count == 0)
        {
            return true;
        }

        var sources = new List<SourceMention>();
        SourceRules.Find(text, sentence, sources);
        return organisations.All(o => sources.Any(s => s.Kind == SourceKind.Named
            && (s.Name.Contains(o.Text, StringComparison.OrdinalIgnoreCase) || o.Text.Contains(s.Name, StringComparison.OrdinalIgnoreCase))));
    }

    [GeneratedRegex(@"\b(?:in (?:the )?(?:first|second|third|fourth|last|past) (?:quarter|half|nine months|six months|three months|year)|in (?:q[1-4]|h[1-2])\b|in (?:19|20)\d\d\b|last year|this year|year[- ]on[- ]year|so far this year|in the quarter|quarterly|annual(?:ly)?\b|in the period|per ?cent (?:drop|decline|increase|rise)|% (?:drop|decline|increase|rise|lower|higher|up|down)|(?:up|down) \d+(?:\.\d+)? ?(?:%|per ?cent)|compared (?:with|to))", RegexOptions.IgnoreCase)]
    private static partial Regex MarketPeriodPattern();

    /// <summary>
    /// Since the twenty-seventh session: a closing attribution to a firm by its noun ("…, the firm said in a statement.", "…, the
    /// company said.") names who reports the market, not one company whose round it is.
    /// </summary>
    [GeneratedRegex(@",\s+the (?:[\w-]+ ){0,2}(?:company|firm|bank|platform|group|lender|insurer|operator|fund)\s+(?:said|says|added|noted|reported|wrote|estimated|found|stated)\b[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingCodaPattern();

    [GeneratedRegex(@"\b(?:venture (?:capital )?funding|equity funding|vc funding|vc investment|venture investment|startup funding|start-up funding|total funding|overall funding|startups|start-ups|sector|ecosystem|market|industry|deals|transactions|mega[- ]?rounds|fintechs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarketWordsPattern();

    [GeneratedRegex(@"\b(?:(?:its|their|the company's|the company’s|the startup's|the startup’s) (?:\w+ ){0,2}(?:round|raise|funding round|series)\b|(?:a|an) [$€£¥₹]?[\d.,]+ ?(?:million|billion|bn|mn|m)? (?:raise|round|funding round)\b|\bSeries [A-H]\b|\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ ){0,2}(?:company|startup|start-up|firm|bank|lender|insurer|platform|developer|maker|operator)\b)")]
    private static partial Regex OneCompanysRoundPattern();
}
