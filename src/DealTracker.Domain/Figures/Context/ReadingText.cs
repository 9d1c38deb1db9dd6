using System.Text;
using System.Text.RegularExpressions;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the twenty-seventh session: the text the rules read, the article with things that say nothing about a figure blanked out
/// (each character replaced by a space, so every offset, figure and name keeps its place):
/// <list type="bullet">
/// <item>a wire's dateline at the start of a paragraph: "LONDON, May 3 (Reuters) - ", "NEW YORK (AP) — ", "DUBAI - ", "BEIJING (Jan 23):
/// ", "[JAKARTA] ", "(Reuters) - ". It is the outlet itself, no source (the issue), and its place is no investor;</item>
/// <item>a conversion in brackets right after a figure: "$1 million (€0.9 million) pre-seed investment", "106.4 trillion won ($77
/// billion)", "(about $4.9 billion; £3.8 billion)". The conversion takes the reading of the figure it converts (the issue), so the
/// words around that figure are read as if the brackets were not there. A comma or other mark right after the bracket moves up to the
/// figure ("the 2 billion euro ($2.1 billion), 10-month-old business" reads "the 2 billion euro, …"). Since the thirtieth session also a
/// conversion between commas (", equivalent to $69.04 million,", ", or about $2.1 billion,"), with its closing comma when the phrase goes
/// on after it;</item>
/// <item>since the twenty-eighth session, an opening name's appositive ("Samsung Electronics, South Korea's biggest chipmaker, has
/// revealed …") and an opening owner's unit ("LG Chem's LG Energy Solution unit will invest …"): the name is read as the subject of the
/// verb after it. The names they hold are still the text's organisations, and sources are also read with the appositive kept.</item>
/// </list>
/// Found by a metamorphic check (the same corpus sentences with a dateline put before them, or a conversion after a figure, must read
/// the same): before, 30 readings differed in 2,926 sentences behind a dateline and 89 in 2,163 with a conversion added.
/// </summary>
internal static partial class ReadingText
{
    /// <summary>The text with datelines, bracketed conversions and opening appositives blanked; the text itself when it has none.</summary>
    public static string Of(string text, IReadOnlyList<ExtractedFigure> figures) => Of(text, figures, out _, out _);

    /// <summary>
    /// The text with datelines, bracketed conversions and opening appositives blanked, and the spans of the appositives blanked (their
    /// names are still the text's organisations), and the text with only its datelines and conversions blanked (an appositive can say
    /// what its name is: "FnGuide, a financial information firm, expects …", so sources are read with it too).
    /// </summary>
    public static string Of(string text, IReadOnlyList<ExtractedFigure> figures, out IReadOnlyList<(int Start, int Length)> appositives, out string withAppositives)
    {
        char[]? blanked = null;
        foreach (Match dateline in DatelinePattern().Matches(text))
        {
            Blank(ref blanked, text, dateline.Index, dateline.Length);
        }

        for (var f = 0; f < figures.Count; f++)
        {
            if (ConversionBracket(text, figures, f) is var (start, length) && length > 0)
            {
                Blank(ref blanked, text, start, length);

                // "the 2 billion euro ($2.1 billion), 10-month-old business": the mark after the bracket stays with the figure.
                var after = start + length;
                if (after < text.Length && text[after] is ',' or ';' or ':' or '.' && start > 0 && text[start - 1] == ' ')
                {
                    blanked![start - 1] = text[after];
                    blanked[after] = ' ';
                }
            }
            else if (ConversionBetweenCommas(text, figures, f) is var (from, count, closing) && count > 0)
            {
                Blank(ref blanked, text, from, count);
                if (closing)
                {
                    blanked![from + count] = ' ';
                }

                // The figures it holds (and their own brackets) are blanked with it.
                while (f + 1 < figures.Count && figures[f + 1].Start < from + count)
                {
                    f++;
                }
            }
        }

        var found = new List<(int Start, int Length)>();
        var read = blanked is null ? text : new string(blanked);
        withAppositives = read;
        foreach (var sentence in SentenceSplitter.Split(read))
        {
            foreach (var (start, length) in OpeningAppositive(read, sentence.Start, sentence.Start + sentence.Length, figures)
                .Concat(OwnersUnit(read, sentence.Start, sentence.Start + sentence.Length)))
            {
                Blank(ref blanked, text, start, length);
                found.Add((start, length));
            }
        }

        appositives = found;
        return blanked is null ? text : new string(blanked);
    }

    /// <summary>
    /// The bracket right after figure <paramref name="f"/> that holds only figures in other currencies and words of conversion
    /// ("about", "or", "US", ";"), from its "(" to its ")"; (0, 0) when there is none.
    /// </summary>
    private static (int Start, int Length) ConversionBracket(string text, IReadOnlyList<ExtractedFigure> figures, int f)
    {
        var figure = figures[f];
        var open = figure.End;
        while (open < text.Length && open < figure.End + 2 && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] is not ('(' or '['))
        {
            return (0, 0);
        }

        var close = text.IndexOf(text[open] == '(' ? ')' : ']', open + 1);
        if (close < 0 || close - open > 80)
        {
            return (0, 0);
        }

        // What the bracket holds once its figures are taken out: only words of conversion may remain, and at least one figure, in
        // another currency than the one it converts.
        var inside = new StringBuilder();
        var at = open + 1;
        var held = 0;
        for (var g = f + 1; g < figures.Count && figures[g].Start < close; g++)
        {
            if (figures[g].Start < at || figures[g].End > close)
            {
                return (0, 0);
            }

            held += figures[g].Money.Currency == figure.Money.Currency ? 0 : 1;
            inside.Append(text, at, figures[g].Start - at).Append(' ');
            at = figures[g].End;
        }

        inside.Append(text, at, close - at);
        return held > 0 && ConversionWordsPattern().IsMatch(inside.ToString()) ? (open, close - open + 1) : (0, 0);
    }

    /// <summary>
    /// Words after a conversion's closing comma that open another clause, so the comma stays: ", a person familiar with the matter said",
    /// ", which values", ", valuing the company at", ", according to", ", it said".
    /// </summary>
    private static readonly HashSet<string> _clauseOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "which", "who", "whose", "where", "when", "while", "whereas", "as", "although",
        "though", "because", "since", "if", "after", "before", "according", "said", "says", "say", "told", "tells", "reported", "reports",
        "it", "they", "he", "she", "we", "its", "their", "his", "her", "valuing", "bringing", "making", "marking", "taking", "giving",
        "putting", "including", "excluding", "compared", "sources", "people", "analysts", "one", "two", "three", "some", "many", "most",
        "but", "yet", "so", "then", "than", "per", "plus", "up", "down", "respectively",
    };

    /// <summary>
    /// Since the thirtieth session: a conversion between commas right after figure <paramref name="f"/>, ", or about $2.1 billion," or
    /// ", equivalent to $69.04 million,": one figure (or more) in other currencies after "or" or "equivalent/equal to". Returns the span
    /// from the first comma to the end of the last figure, and whether the closing comma goes too (when the words after it go on with the
    /// converted figure's phrase: "will pump two billion euros, or about $2.1 billion, into the AI vendor" reads "… euros into the AI
    /// vendor", "a $1.53 billion, or roughly €1.53 billion, cash deal" reads "a $1.53 billion cash deal"); (0, 0, false) when there is
    /// none. A comma that also opens another clause (a determiner, a relative or saying word, a pronoun, a participle or a capitalised name
    /// after it: "…, or about $6.2 billion, a person familiar with the matter said") stays.
    /// </summary>
    private static (int Start, int Length, bool Closing) ConversionBetweenCommas(string text, IReadOnlyList<ExtractedFigure> figures, int f)
    {
        var figure = figures[f];
        if (f + 1 >= figures.Count || figure.End >= text.Length || text[figure.End] != ',' || figures[f + 1].Start <= figure.End
            || figures[f + 1].Start - figure.End > 24 || figures[f + 1].Money.Currency == figure.Money.Currency)
        {
            return (0, 0, false);
        }

        var gap = text[(figure.End + 1)..figures[f + 1].Start].TrimStart();
        if (!(gap.StartsWith("or ", StringComparison.OrdinalIgnoreCase) || gap.StartsWith("equivalent to ", StringComparison.OrdinalIgnoreCase)
              || gap.StartsWith("equal to ", StringComparison.OrdinalIgnoreCase)) || !ConversionWordsPattern().IsMatch(gap))
        {
            return (0, 0, false);
        }

        // "…, equivalent to $69.04 million (€69.04 million), from …": the converted figure's own bracketed conversion goes with it.
        var end = figures[f + 1].End;
        if (ConversionBracket(text, figures, f + 1) is var (open, length) && length > 0)
        {
            end = open + length;
        }

        if (end < text.Length && text[end] is not (',' or '.' or ';'))
        {
            return (0, 0, false);
        }

        var closing = false;
        if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ')
        {
            var next = end + 2;
            var stop = next;
            while (stop < text.Length && char.IsLetter(text[stop]))
            {
                stop++;
            }

            var word = text[next..stop];
            closing = word.Length > 0 && !_clauseOpeners.Contains(word) && (char.IsLower(word[0]) || word is "Series" or "Pre-Series");
        }

        return (figure.End, end - figure.End, closing);
    }

    /// <summary>
    /// Since the twenty-eighth session: the appositive after a sentence's opening name, from the comma before it to the comma after it
    /// ("Samsung Electronics, South Korea's biggest chipmaker, has revealed plans to invest …", "Canva, an affiliate of X, was valued
    /// at …", "Greentech Media, a US trade site, reported …"). It describes the name and says nothing about the sentence's figures, so
    /// the name is read as the subject of the verb after it. Left alone: an appositive holding a figure, a quote, a reporting verb or a
    /// person's role ("Masayoshi Son, SoftBank's chief executive, said"), one before "and" or "or" (a list: "Google, Amazon's AWS, and
    /// Microsoft"), and an opening word that is no name ("Meanwhile, …", "Currently, …"). Nothing when there is none.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> OpeningAppositive(string read, int start, int end, IReadOnlyList<ExtractedFigure> figures)
    {
        var window = Opening(read, ref start, end, 200);
        var match = AppositivePattern().Match(window);
        if (!match.Success)
        {
            return [];
        }

        var head = match.Groups["head"].Value;
        var body = match.Groups["body"].Value;
        var after = match.Groups["after"].Value;
        var comma = start + match.Groups["head"].Length;
        var close = start + match.Groups["body"].Index + match.Groups["body"].Length;
        if (_notNameOpeners.Contains(head) || (!head.Contains(' ') && head.EndsWith("ly", StringComparison.Ordinal))
            || _notPredicateStarts.Contains(after)
            || AgentFree(body).Split(' ').Any(w => _appositiveStops.Contains(w.ToLowerInvariant().TrimEnd('.')))
            || figures.Any(f => f.Start < close + 1 && f.End > comma))
        {
            return [];
        }

        // From the comma after the name to the comma before the verb, both included: "Samsung Electronics has revealed".
        return [(comma, close + 1 - comma)];
    }

    /// <summary>
    /// Since the twenty-ninth session: an appositive up to its first "by", where a participle's agent starts ("the seed-focused venture
    /// firm founded by former Google executive Samir Sood"): a role after it is the agent's, not the opening name's, so it keeps nothing.
    /// </summary>
    private static string AgentFree(string body)
    {
        var by = body.IndexOf(" by ", StringComparison.Ordinal);
        return by < 0 ? body : body[..by];
    }

    /// <summary>
    /// Since the twenty-eighth session: an opening unit named with its owner, "LG Chem's LG Energy Solution unit will invest …", read as
    /// the unit alone ("LG Energy Solution will invest …"): the owner's name with its "'s", and the word "unit", "arm", "subsidiary",
    /// "affiliate" or "division" after the unit's name. Either is right as the investor (convention V1), and the owner is still one of
    /// the text's organisations. Nothing when the sentence does not open so.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> OwnersUnit(string read, int start, int end)
    {
        var window = Opening(read, ref start, end, 160);
        var match = OwnersUnitPattern().Match(window);
        if (!match.Success || _notNameOpeners.Contains(match.Groups["owner"].Value))
        {
            // "LG Chem's battery unit will invest …": the unit has no name of its own, so the owner is read as the subject.
            var described = OwnersDescribedUnitPattern().Match(window);
            return described.Success && !_notNameOpeners.Contains(described.Groups["owner"].Value)
                ? [(start + described.Groups["owner"].Length, described.Groups["unit"].Index + described.Groups["unit"].Length - described.Groups["owner"].Length)]
                : [];
        }

        var arm = match.Groups["arm"];
        var unit = match.Groups["unit"];
        return [(start, arm.Index), (start + arm.Index + arm.Length, unit.Index + unit.Length - arm.Index - arm.Length)];
    }

    /// <summary>A sentence's first <paramref name="length"/> characters from its first word on; <paramref name="start"/> moves to that word.</summary>
    private static string Opening(string read, ref int start, int end, int length)
    {
        while (start < end && char.IsWhiteSpace(read[start]))
        {
            start++;
        }

        return read.Substring(start, Math.Min(end - start, length));
    }

    /// <summary>Capitalised openers that are no name: "Meanwhile, …", "Separately, …".</summary>
    private static readonly HashSet<string> _notNameOpeners = new(StringComparer.Ordinal)
    {
        "Meanwhile", "Separately", "However", "Also", "So", "Still", "Instead", "Now", "Then", "Today", "Yesterday", "Overall", "Together",
        "Additionally", "Moreover", "Furthermore", "Besides", "Nevertheless", "Nonetheless", "Thus", "Hence", "Indeed", "Earlier", "Later",
        "Last", "Next", "First", "Second", "Third", "Finally", "Previously", "Since", "After", "Before", "In", "On", "At", "For", "By", "With",
        "From", "As", "But", "And", "Or", "Yet", "Total", "Media", "Industry", "Startups", "Investors", "Analysts", "Sources", "Experts",
        "Forecasters", "Officials", "Executives", "Critics", "Others", "Some", "Many", "Most", "All", "Both", "This", "That", "These",
        "Those", "It", "Its", "They", "We", "He", "She", "The", "A", "An", "Globally", "Elsewhere", "Here", "There", "Similarly", "Likewise",
        "Again", "Once", "Recently", "Currently", "Notably", "Importantly", "Ultimately", "Initially", "Cumulatively", "Collectively",
        "Accepted", "Beating", "Valuing", "Including", "Excluding", "According", "Mainland", "Local", "State", "Chinese", "Indian",
        "Japanese", "American", "British", "European", "German", "French",
    };

    /// <summary>Words after the closing comma that start no predicate: a list goes on ("and", "or") or the clause is not the subject's.</summary>
    private static readonly HashSet<string> _notPredicateStarts = new(StringComparer.Ordinal)
    {
        "and", "or", "nor", "but", "plus", "as", "while", "whereas", "including", "with", "without", "said", "says", "told", "according",
        "which", "who", "whose", "where", "when", "if", "though", "although", "because", "since", "after", "before", "than", "then", "so",
        "respectively", "etc", "among", "alongside",
    };

    /// <summary>Words that keep an appositive: a person's role, reporting, a quote's say.</summary>
    private static readonly HashSet<string> _appositiveStops = new(StringComparer.Ordinal)
    {
        "chief", "executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair",
        "president", "vice", "head", "director", "minister", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "partner",
        "officer", "billionaire", "professor", "economist", "secretary", "governor", "manager", "managing", "boss", "owner", "said", "says",
        "say", "told", "reported", "reports", "according", "citing", "report", "first", "wrote", "noted", "added", "his", "her", "man",
        "woman", "entrepreneur", "tycoon", "magnate", "prince", "king", "sheikh", "mr", "ms", "mrs", "dr", "son", "daughter", "wife",
        "husband", "brother", "sister", "father", "mother", "family", "and", "or",
    };

    private static void Blank(ref char[]? blanked, string text, int start, int length)
    {
        blanked ??= text.ToCharArray();
        for (var i = start; i < start + length && i < blanked.Length; i++)
        {
            blanked[i] = ' ';
        }
    }

    /// <summary>
    /// A dateline at the start of the text or of a line: a place in capitals, an optional date, an optional agency or date in brackets,
    /// then a dash or a colon ("LONDON, May 3 (Reuters) - ", "SAN FRANCISCO, Calif. — ", "BEIJING (Jan 23): "); or the agency alone in
    /// brackets ("(Reuters) - "); or a place in square brackets ("[JAKARTA] "). Both patterns run without backtracking, as the
    /// reader's others do, so a hostile text costs linear time.
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|[A-Z]{2,}))?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^()\n]{1,40}\))? ?[-–—:]+ |\((?:Reuters|AP|AFP|Bloomberg|Reuters Breakingviews)\) ?[-–—]+ |\[[A-Z][A-Z .]{1,30}\] )", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex DatelinePattern();

    /// <summary>
    /// A sentence's opening name (up to six capitalised words, "of", "and", "&amp;" between them), a comma, an appositive opening with
    /// a determiner, "one of", a relative pronoun, a participle or an owner's name ("Japan's"), a comma, and a lowercase word: the verb
    /// or the adverb that starts the predicate. The appositive holds no comma, bracket, quote or currency sign.
    /// </summary>
    [GeneratedRegex(@"^(?<head>[A-Z][\w&.'’\-]*(?: (?:[A-Z][\w&.'’\-]*|of|and|&|de|du|la|del|von|van)){0,5}), (?<body>(?:a|an|the|one of|its|which|who|whose|founded|based|owned|backed|headquartered|formerly|known|part of|[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3}['’]s) [^,;:()\[\]""“”$€£¥₹\n]{1,90}), (?<after>[a-z]+)\b", RegexOptions.NonBacktracking)]
    private static partial Regex AppositivePattern();

    /// <summary>An owner's name with "'s", a unit's capitalised name, the word for a unit, and a lowercase word: "LG Chem's LG Energy Solution unit will".</summary>
    [GeneratedRegex(@"^(?<owner>[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3})['’]s (?<arm>[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,4}) (?<unit>unit|arm|subsidiary|affiliate|division) [a-z]", RegexOptions.NonBacktracking)]
    private static partial Regex OwnersUnitPattern();

    /// <summary>An owner's name with "'s", one to four lowercase words and the word for a unit: "LG Chem's battery unit will".</summary>
    [GeneratedRegex(@"^(?<owner>[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3})['’]s (?:[a-z][a-z\-]* ){1,4}(?<unit>unit|arm|subsidiary|affiliate|division) [a-z]", RegexOptions.NonBacktracking)]
    private static partial Regex OwnersDescribedUnitPattern();

    /// <summary>Words a conversion bracket may hold besides its figures: "about", "or", "US", "approximately", ";".</summary>
    [GeneratedRegex(@"^[\s;,/~≈.]*(?:(?:about|around|roughly|approximately|approx|nearly|almost|some|over|more than|or|c|ca|circa|US|U\.S\.|equivalent to|equal to|at (?:the )?current (?:exchange )?rates?|at today['’]s (?:exchange )?rates?|at current prices)[\s;,/~≈.]*)*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ConversionWordsPattern();
}
