using System.Text.RegularExpressions;
using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// How far the talks have got, from the words that say so. A stage word counts only where it describes talks or a deal, not a
/// company or an investor ("an early-stage startup", "a late-stage investor" say nothing about the talks):
/// <list type="bullet">
/// <item><see cref="TalksStage.Early"/>: early / preliminary / initial / exploratory talks, "at an early stage", "in a preliminary
/// phase", "talks are (still) early";</item>
/// <item><see cref="TalksStage.Advanced"/>: advanced / late-stage / exclusive talks, "at an advanced stage", "in the late stages of",
/// "negotiations are well advanced";</item>
/// <item><see cref="TalksStage.Final"/>: close to / nearing / on the verge of a deal or finalizing, "in the final stages", "final
/// touches", finalizing a deal or its terms, "all but done", "an announcement could come as soon as", "expected to close", and a deal
/// done: "has completed its investment", "the transaction closed", "the investment in Anthropic has been finalized", "signed a definitive
/// agreement", "signed a term sheet", "reached a deal", "agreed to invest / buy / acquire / sell".</item>
/// </list>
/// Not read after a negation or a condition within the three words before ("not close to a deal", "No final agreements have been
/// reached", "if the deal is completed"); a negation inside the phrase stops it matching ("were not finalised"). Plain "in talks"
/// names no stage, and a stage the talks then left ("advanced talks with Altria collapsed") is not proposed (StageRules.EndedTalks).
/// </summary>
internal static partial class StageRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private const string Talks = "(?:talks|discussions|negotiations|conversations|deliberations)";

    private const string DealNoun =
        "(?:deal|agreement|investment|transaction|acquisition|purchase|sale|round|funding|fundraising|fundraise|financing|merger|pact|stake|tie-up)";

    /// <summary>What a party agreed to that makes a deal: "agreed to invest", "has agreed to buy a stake", "agreed to sell".</summary>
    private const string AgreedDeal =
        "(?:invest|buy|acquire|purchase|sell|merge|back|fund|finance|lead|inject|pour|provide|take a stake|combine)";

    /// <summary>A deal done, written after the deal and what it is in or with: "investment in Anthropic has been finalized", "deal with Grifols closed".</summary>
    private const string DealDone =
        "(?:(?:has|have|had)\\s+been\\s+|was\\s+|were\\s+|is\\s+now\\s+)?(?:completed|closed|concluded|sealed|finali[sz]ed)";

    private static readonly (Regex Pattern, TalksStage Stage, bool NeedsDealWord)[] _patterns =
    [
        // Early.
        (Rx($@"\b(?:early|preliminary|initial|exploratory|nascent|early[- ]stage)\s+{Talks}\b"), TalksStage.Early, false),
        (Rx(@"\b(?:in|at|into|reached|entered|reaching|entering)\s+(?:(?:a|an|the|its|their|this|that)\s+)?[""“]?(?:(?:very|still|relatively|fairly)\s+)?(?:early|preliminary|initial|nascent|exploratory)[- ]?(?:stages?|phases?)\b"), TalksStage.Early, true),
        (Rx(@"\b(?:early|preliminary)[- ]stages?\b"), TalksStage.Early, true),
        (Rx($@"\b{Talks}\s+(?:\S+\s+){{0,8}}(?:are|were|is|was|remain|remained)\s+(?:(?:still|only|very)\s+)?(?:early|preliminary|exploratory|nascent)\b"), TalksStage.Early, false),

        // Advanced.
        (Rx($@"\b(?:advanced|late[- ]stage|advanced[- ]stage|exclusive)\s+{Talks}\b"), TalksStage.Advanced, false),
        (Rx(@"\b(?:in|at|into|reached|entered|reaching|entering)\s+(?:(?:a|an|the|its|their)\s+)?[""“]?(?:(?:very|fairly|relatively)\s+)?(?:advanced|late)[- ]?(?:stages?|phases?)\b"), TalksStage.Advanced, true),
        (Rx($@"\b{Talks}\s+(?:\S+\s+){{0,4}}(?:are|were|is|was|as|have been|had been)\s+(?:(?:now|already|well|very|quite|fairly)\s+)*[""“]?(?:advanced|progressing well)\b"), TalksStage.Advanced, false),

        // Final: close to a deal.
        (Rx(@"\b(?:close|closer|near|nearing|nears|neared|on the verge of|poised)\s+(?:to\s+)?(?:finali[sz]ing|being finali[sz]ed|finali[sz]e|a deal|an agreement|a final|completing|completion|securing|signing|sealing|clinching|striking|a definitive|the sale|a sale|the purchase|sign|seal|announce|announcing)\b"), TalksStage.Final, false),
        (Rx(@"\b(?:in|at|into|entered|entering|reached)\s+(?:(?:the|its|their)\s+)?final\s+(?:stages?|phases?|leg|round of (?:talks|negotiations))\b"), TalksStage.Final, true),
        (Rx(@"\bfinal touches\b"), TalksStage.Final, false),
        (Rx(@"\bfinali[sz](?:e|es|ed|ing)\s+(?:\S+\s+){0,3}(?:deal|agreement|terms|investment|transaction|talks|negotiations|details|stake|round|funding|financing|sale|purchase|acquisition|pact|contract|merger|partnership)\b"), TalksStage.Final, false),
        (Rx(@"\b(?:deal|agreement|terms|investment|transaction|pact|sale|purchase|acquisition|round|merger)\s+(?:is|are|was|were|has been|have been|had been|is being|are being|could be|would be|will be|should be|is expected to be|are expected to be|is likely to be)\s+finali[sz]ed\b"), TalksStage.Final, false),
        (Rx(@"\b(?:nearly|almost|all but)\s+(?:sealed|finali[sz]ed|done|complete|completed|agreed|closed)\b"), TalksStage.Final, false),
        (Rx(@"\b(?:announcement|deal|agreement)\s+(?:could|may|might|would|is expected to|is likely to)\s+(?:come|be announced|be signed|be unveiled)\s+as\s+(?:soon|early)\s+as\b"), TalksStage.Final, false),
        (Rx(@"\b(?:could|may|might)\s+be\s+announced\s+as\s+(?:soon|early)\s+as\b"), TalksStage.Final, false),
        (Rx($@"\b{DealNoun}\s+(?:is|are|was|were)\s+(?:expected|likely|set|slated|scheduled)\s+to\s+(?:close|complete|be completed|be finali[sz]ed|be signed)\b"), TalksStage.Final, false),

        // Final: a deal done.
        (Rx($@"\b(?:(?:has|have|had)\s+(?:(?:now|just|finally|already)\s+)?)?(?:completed|closed|sealed|concluded|finali[sz]ed)\s+(?:its|the|a|an|their|his|her|this|that)\s+(?:\S+\s+){{0,4}}{DealNoun}\b"), TalksStage.Final, false),
        (Rx($@"\b{DealNoun}\s+(?:(?:has|had)\s+been\s+|was\s+|were\s+|is\s+|is\s+now\s+)?(?:completed|closed|concluded|sealed)\b"), TalksStage.Final, false),
        (Rx(@"\b(?:signed|inked|struck|reached|sealed|agreed)\s+(?:a|an|the)\s+(?:\S+\s+){0,3}(?:deal|agreement|pact|terms|term[- ]sheet)\b"), TalksStage.Final, false),
        (Rx(@"\b(?:deal|agreement|pact)s?\s+(?:has|have|had)\s+been\s+(?:reached|signed|struck|agreed)\b"), TalksStage.Final, false),
        (Rx($@"\b(?:(?:has|have|had)\s+)?agreed\s+to\s+{AgreedDeal}\b"), TalksStage.Final, false),
        (Rx($@"\b{DealNoun}\s+(?:in|with|between|for|of|by)\s+(?:[^\s,;]+\s+){{1,6}}?{DealDone}\b"), TalksStage.Final, false),
    ];

    /// <summary>
    /// A sentence about talks or a deal, which "in the early stages" / "at an advanced stage" needs to be read as the talks' stage
    /// ("The market for hydrogen is still in its early stages" is not).
    /// </summary>
    private static readonly Regex _dealWord = Rx(@"\b(?:talks|discussions|negotiations|negotiating|deal|agreement|terms|transaction|invest|investment|investing|raise|raising|funding|round|stake|acquisition|acquire|merger|sale|sell|buy|bid|diligence|financing|fundraising|backers|investors)\b");

    /// <summary>
    /// A negation or a condition within the three words before the phrase: "not close to", "No final", "isn't", "if the deal"; and a
    /// distance that denies it: "nowhere near finalizing", "far from a deal", "a long way from".
    /// </summary>
    private static readonly Regex _negation = Rx(@"(?:\bnot|n[’']t|\bno|\bnever|\bno longer|\byet to|\bif|\bunless|\bwhether|\bonce|\buntil|\bnowhere|\bfar from|\bfar off|\blong way from)\s+(?:\S+\s+){0,3}$");

    /// <summary>Words that may follow "… stage(s)" / "… phase(s)" when it describes talks; any other word makes it an adjective ("early-stage startups").</summary>
    private static readonly HashSet<string> _afterStage = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "with", "as", "while", "after", "before", "in", "on", "at", "for", "so", "since", "because", "though",
        "although", "when", "where", "which", "that", "according", "said", "say", "says", "talks", "discussions", "negotiations", "now",
        "yet", "still", "and/or", "or", "to", "between", "about", "over", "amid", "the", "a", "an", "people", "sources", "reported",
    };

    /// <summary>What "… stages of" may name for the stage to be the talks': "the final stages of negotiations", "of due diligence".</summary>
    private static readonly HashSet<string> _talksOrDeal = new(StringComparer.OrdinalIgnoreCase)
    {
        "talks", "discussions", "negotiations", "negotiation", "negotiating", "conversations", "deal", "deals", "agreement", "transaction",
        "due", "diligence", "process", "sale", "acquisition", "bidding", "bid", "merger", "investment", "fundraising", "financing",
        "securing", "finalizing", "finalising", "closing", "signing", "completing",
    };

    public static void Find(string text, int start, int end, List<StageMention> stages)
    {
        var sentence = text[start..end];
        var found = new List<StageMention>();
        var aboutADeal = _dealWord.IsMatch(sentence);
        foreach (var (pattern, stage, needsDealWord) in _patterns)
        {
            if (needsDealWord && !aboutADeal)
            {
                continue;
            }

            foreach (Match match in pattern.Matches(sentence))
            {
                var lead = sentence[Math.Max(0, match.Index - 30)..match.Index];
                if (_negation.IsMatch(lead) || DescribesSomethingElse(sentence, match) || EndedAfter(sentence, match.Index) || DeniedOrDoubted(sentence, match))
                {
                    continue;
                }

                found.Add(new StageMention(stage, match.Value, start + match.Index, match.Length));
            }
        }

        stages.AddRange(Longest(found, text));
    }

    /// <summary>"an early-stage investor", "late-stage startups": a stage word followed by a noun it describes.</summary>
    private static bool DescribesSomethingElse(string sentence, Match match)
    {
        var value = match.Value;
        if (!(value.EndsWith("stage", StringComparison.OrdinalIgnoreCase) || value.EndsWith("stages", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith("phase", StringComparison.OrdinalIgnoreCase) || value.EndsWith("phases", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var rest = sentence.AsSpan(match.Index + match.Length).TrimStart(' ');
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return false;
        }

        var next = FirstWord(rest);
        if (!next.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return !_afterStage.Contains(next);
        }

        // "in the final stages of negotiations" describes talks; "in an early stage of growth" does not.
        var after = rest[2..].TrimStart(' ');
        var word = FirstWord(after);
        while (word.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "this" or "that" or "these" or "those")
        {
            after = after[word.Length..].TrimStart(' ');
            word = FirstWord(after);
        }

        return !_talksOrDeal.Contains(word);
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetter(text[length]) || text[length] is '/' or '-'))
        {
            length++;
        }

        return text[..length].ToString();
    }

    /// <summary>
    /// Overlapping phrases of one stage join ("close to finalizing" and "finalizing its investment" are "close to finalizing its
    /// investment"); of two stages, the longer stays. In text order.
    /// </summary>
    private static IEnumerable<StageMention> Longest(List<StageMention> found, string text)
    {
        var kept = new List<StageMention>();
        foreach (var mention in found.OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            var overlapping = kept.FindIndex(k => mention.Start < k.Start + k.Length && k.Start < mention.Start + mention.Length);
            if (overlapping < 0)
            {
                kept.Add(mention);
            }
            else if (kept[overlapping].Stage == mention.Stage)
            {
                var other = kept[overlapping];
                var start = Math.Min(other.Start, mention.Start);
                var end = Math.Max(other.Start + other.Length, mention.Start + mention.Length);
                kept[overlapping] = other with { Start = start, Length = end - start, Wording = text[start..end] };
            }
        }

        return kept.OrderBy(m => m.Start);
    }

    private static Regex Rx(string pattern) => new(pattern, Options);
}
