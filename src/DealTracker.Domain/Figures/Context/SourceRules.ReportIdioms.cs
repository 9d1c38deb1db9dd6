namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-first session (docs/issue-reading/conventions.md, S1, S4–S7), read after every other source rule.
/// <para>Added:</para>
/// <list type="bullet">
/// <item>reporting the news moved on, named as written (S4): "amid reports that", "on a media report that" (not "after reports that":
/// the corpus labels it both ways);</item>
/// <item>a survey or a report cited back (S4): "according to a survey released today", "the survey reveals", "as per the report's
/// findings";</item>
/// <item>analysts' estimates (S6): "the 21.4 billion yuan average estimate from analysts", "analysts' estimates";</item>
/// <item>an outlet that shared, obtained or tipped something (S1): "the email shared by Axios", "was tipped by Bloomberg";</item>
/// <item>a listed outlet or provider before a description and its verb: "CB Insights, the research firm, published".</item>
/// </list>
/// <para>Dropped:</para>
/// <list type="bullet">
/// <item>an outlet no one would speak to is cited for nothing (S7): "were not immediately available for comment when contacted by
/// Reuters";</item>
/// <item>a bracketed short form after its source's name (S5): "the National Venture Capital Association (NVCA)";</item>
/// <item>a name inside a quotation that no list knows as an outlet: "“Strategics have learned it’s hard to grow brands,”".</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Cues before reporting the news moved on: "amid reports that", "on a media report that".</summary>
    private static readonly HashSet<string> _movedOnCues = new(StringComparer.Ordinal)
    {
        "amid", "on",

        // Since the forty-sixth session: "hit a one-year high today following reports that", "clamoured to buy … after reports that".
        "after", "following",
    };

    /// <summary>Since the forty-sixth session: a price moving on bare reports ("jumped on reports that"), not "pushing back on reports".</summary>
    private static readonly HashSet<string> _movedVerbs = new(StringComparer.Ordinal)
    {
        "jumped", "jumps", "rose", "rises", "fell", "falls", "surged", "surges", "slumped", "slumps", "climbed", "climbs", "dropped", "drops",
        "soared", "soars", "gained", "gains", "tumbled", "tumbles", "rallied", "rallies", "slid", "slides", "sank", "sinks", "spiked", "spikes",
        "plunged", "plunges", "advanced", "advances", "declined", "declines",
    };

    /// <summary>Verbs of a survey or a study cited back: "the survey reveals", "the study found".</summary>
    private static readonly HashSet<string> _surveyFindingVerbs = new(StringComparer.Ordinal)
    {
        "reveals", "revealed", "shows", "showed", "found", "finds", "suggests", "suggested", "indicates", "indicated", "says", "said",
    };

    /// <summary>Verbs of an outlet passing a document on or tipping a story: "shared by Axios", "tipped by Bloomberg".</summary>
    private static readonly HashSet<string> _passedOnVerbs = new(StringComparer.Ordinal)
    {
        "shared", "obtained", "seen", "reviewed", "viewed", "tipped", "published", "broken",
    };

    /// <summary>Verbs a listed outlet or provider tells with after a description: "CB Insights, the research firm, published".</summary>
    private static readonly HashSet<string> _appositiveOutletVerbs = new(StringComparer.Ordinal)
    {
        "published", "reported", "reports", "said", "says", "found", "wrote", "estimated", "cited", "noted",
    };

    /// <summary>The thirty-first session's sources (see the class summary), read last.</summary>
    private static void ReportIdiomSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        var dropped = found.Where(f => f.Kind == SourceKind.Named
            && (IsAskedForComment(sentence, f) || IsBracketedShortForm(sentence, f, found) || IsQuotedUnknownName(text, sentence, f)

                // Since the forty-seventh session: a participle opening the sentence is no name ("Beating analysts' estimates by one
                // percentage point, LVMH reported").
                || f.Name is "Beating" or "Missing" or "Topping" or "Exceeding" or "Surpassing" or "Trailing" or "Lagging" or "Matching")).ToList();
        found.RemoveAll(dropped.Contains);

        // "According to the NVCA, the survey found": a survey cited back is the named source's, already read.
        var namedCited = found.Any(f => f.Kind == SourceKind.Named);
        var anonymous = found.Any(f => f.Kind == SourceKind.Anonymous);
        for (var i = 0; i < words.Count; i++)
        {
            if ((MovedOnReports(text, sentence, i) ?? (namedCited ? null : CitedSurvey(text, sentence, i)) ?? PassedOnByOutlet(sentence, i)
                ?? OutletBeforeDescription(sentence, i)) is { } named)
            {
                AddUnlessCovered(found, named);
            }
            else if (!anonymous && (AnalystsEstimate(sentence, i) ?? (namedCited ? null : AnalystExpectations(sentence, i))) is { } analysts)
            {
                found.Add(analysts);
                anonymous = true;
            }
        }
    }

    /// <summary>"amid reports that", "amid media reports that", "on a media report that": the reporting, as written.</summary>
    private static SourceMention? MovedOnReports(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 1 || !_movedOnCues.Contains(words[i - 1].Lower) || words[i - 1].EndsPhrase)
        {
            return null;
        }

        var noun = i;
        while (noun < words.Count && noun - i < 3 && words[noun].Lower is "a" or "media" or "press" or "news" or "local" or "unconfirmed" or "earlier"
            && !words[noun].EndsPhrase)
        {
            noun++;
        }

        // "on a media report that", not "pushing back on reports that" (no source in the corpus); bare "reports" after "amid", or a
        // market's move on or after them ("jumped on reports that", "the share price hit a one-year high following reports that",
        // "Investors clamoured to buy the stock after reports that"), not news that merely came after them ("This comes just days
        // after reports that", "confirmed the plan after reports that": no source in the corpus).
        var bareCue = words[i - 1].Lower == "amid"
            || (words[i - 1].Lower == "on" && i >= 2 && _movedVerbs.Contains(words[i - 2].Lower))
            || (words[i - 1].Lower is "after" or "following" && words.Take(i - 1).Any(w => _movedVerbs.Contains(w.Lower)
                || w.Lower is "stock" or "stocks" or "shares" or "share" or "price" or "prices" or "investors" or "traders" or "market"));
        return noun + 1 < words.Count && words[noun].Lower is "report" or "reports" && !words[noun].EndsPhrase && words[noun + 1].Lower == "that"
            && (noun > i || (words[noun].Lower == "reports" && bareCue))
            ? Span(text, SourceKind.Named, words[i].Start, words[noun].End)
            : null;
    }

    /// <summary>"according to a survey released today", "the survey reveals", "as per the report's findings": a survey or report cited, as written.</summary>
    private static SourceMention? CitedSurvey(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i + 1 >= words.Count || words[i].Lower is not ("a" or "the") || words[i + 1].Lower is not ("survey" or "study" or "report"))
        {
            return null;
        }

        var according = i >= 2 && words[i - 2].Lower == "according" && words[i - 1].Lower == "to" && words[i + 1].Lower is "survey" or "study";
        var asPer = i >= 2 && words[i - 2].Lower == "as" && words[i - 1].Lower == "per";
        var finds = words[i].Lower == "the" && words[i + 1].Lower is "survey" or "study" && i + 2 < words.Count && !words[i + 1].EndsPhrase
            && _surveyFindingVerbs.Contains(words[i + 2].Lower);
        // "according to a study by consultancy EY", "as per a report in Business Standard": the publisher is the source, read by the older rules.
        if (!words[i + 1].Possessive && words.Skip(i + 2).Take(3).Any(w => w.Lower is "by" or "from" or "in" or "of" or "conducted" or "commissioned"))
        {
            return null;
        }

        var end = words[i + 1].Possessive ? words[i + 1].Start + words[i + 1].Core.Length : words[i + 1].End;
        return according || asPer || finds ? Span(text, SourceKind.Named, words[i].Start, end) : null;
    }

    /// <summary>"the email shared by Axios", "was tipped by Bloomberg": a listed outlet after a verb of passing a document on.</summary>
    private static SourceMention? PassedOnByOutlet(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i < 2 || words[i - 1].Lower != "by" || !_passedOnVerbs.Contains(words[i - 2].Lower) || words[i - 2].EndsPhrase)
        {
            return null;
        }

        return sentence.NameAt[i] is { } name && name.First == i && Lexicon.OutletName(name.Text) is not null
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }

    /// <summary>"CB Insights, the research firm, published": a listed outlet or provider, a lower-case description between commas, and its verb.</summary>
    private static SourceMention? OutletBeforeDescription(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (sentence.NameAt[i] is not { } name || name.First != i || words[name.Last].After != ',' || Lexicon.OutletName(name.Text) is null)
        {
            return null;
        }

        var k = name.Last + 1;
        while (k < words.Count && k - name.Last <= 6 && !words[k].EndsPhrase && !words[k].IsCapitalised)
        {
            k++;
        }

        return k + 1 < words.Count && k > name.Last + 1 && words[k].After == ',' && !words[k].IsCapitalised && _appositiveOutletVerbs.Contains(words[k + 1].Lower)
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }

    /// <summary>"the 21.4 billion yuan average estimate from analysts", "analysts' estimates": unnamed analysts (S6).</summary>
    private static SourceMention? AnalystsEstimate(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var fromAnalysts = i >= 2 && words[i].Lower is "analysts" && words[i - 1].Lower == "from" && words[i - 2].Lower is "estimate" or "estimates" or "forecast" or "forecasts"
            && (i + 1 >= words.Count || words[i].EndsPhrase || !words[i + 1].IsCapitalised && words[i + 1].Lower is not ("at" or "from" or "of"));
        var analystsEstimates = i + 1 < words.Count && words[i].Lower == "analysts" && words[i].Possessive
            && words[i + 1].Lower is "estimate" or "estimates" or "forecast" or "forecasts" or "average" or "consensus" or "expectations";
        return fromAnalysts || analystsEstimates ? new SourceMention("analysts", SourceKind.Anonymous, words[i].Start, "analysts".Length) : null;
    }

    /// <summary>
    /// Since the forty-seventh session: analysts' expectations in more shapes (S6), when no outlet or provider is cited for them: "beating
    /// analyst estimates", "surpassed analyst expectations of $41.38 billion", "Analyst had expected revenue of $3.75 billion", "surprising
    /// analysts who had expected a loss", "below analysts' estimates of ₹2,447 crore". Not "analyst expectations compiled by LSEG" (the
    /// provider is the source).
    /// </summary>
    private static SourceMention? AnalystExpectations(SentenceWords sentence, int i)
    {
        var words = sentence.Words;

        // "analysts' estimates": the plural's apostrophe is peeled off the word as a closing quote would be.
        var plural = words[i].Lower == "analysts" && (words[i].Possessive || words[i].After is '\'' or '’');
        if (i + 1 >= words.Count || words[i].Lower is not ("analyst" or "analysts") || (words[i].EndsPhrase && !plural))
        {
            return null;
        }

        var next = words[i + 1].Lower;
        var estimates = (words[i].Lower == "analyst" || plural)
            && next is "estimates" or "estimate" or "expectations" or "forecasts" or "forecast" or "consensus" or "views" or "average";
        var expected = (next == "had" && i + 2 < words.Count && words[i + 2].Lower == "expected" && (i == 0 || words[i - 1].EndsPhrase))
            || (words[i].Lower == "analysts" && next == "who" && i + 3 < words.Count && words[i + 2].Lower is "had" or "have"
                && words[i + 3].Lower is "expected" or "forecast" or "predicted" or "estimated");
        if (!(estimates || expected) || words.Skip(i + 1).Take(5).Any(w => w.Lower is "compiled" or "polled" or "surveyed" or "according"))
        {
            return null;
        }

        return new SourceMention(words[i].Core, SourceKind.Anonymous, words[i].Start, words[i].Core.Length);
    }

    /// <summary>"not immediately available for comment when contacted by Reuters", "could not be reached by Reuters": an outlet cited for nothing (S7).</summary>
    private static bool IsAskedForComment(SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var at = sentence.WordAtOrAfter(source.Start);
        if (at < 2 || at >= words.Count || words[at - 1].Lower != "by" || words[at - 2].Lower is not ("contacted" or "reached" or "approached"))
        {
            return false;
        }

        var before = words.Take(at - 2).Select(w => w.Lower).ToList();
        return before.Contains("available") && before.Contains("comment") || before.Contains("reached") || before.Contains("unavailable");
    }

    /// <summary>"the National Venture Capital Association (NVCA)": a bracketed short form right after its source's name (S5).</summary>
    private static bool IsBracketedShortForm(SentenceWords sentence, SourceMention source, List<SourceMention> found)
    {
        var words = sentence.Words;
        var at = sentence.WordAtOrAfter(source.Start);
        return at >= 1 && at < words.Count && words[at].InBrackets && !words[at - 1].InBrackets
            && found.Any(f => f.Kind == SourceKind.Named && f.Start + f.Length == words[at - 1].Start + words[at - 1].Core.Length);
    }

    /// <summary>A name inside a quotation that no list knows as an outlet, read as having learned (S1): "“Strategics have learned it’s hard to grow brands,”".</summary>
    private static bool IsQuotedUnknownName(string text, SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var last = sentence.WordAtOrAfter(source.Start + source.Length) - 1;
        if (Lexicon.OutletName(source.Name) is not null || words.Count == 0 || source.Start > text.Length || last < 0 || last + 2 >= words.Count
            || words[last + 1].Lower is not ("have" or "has") || words[last + 2].Lower is not ("learned" or "learnt"))
        {
            return false;
        }

        var start = words[0].Start;
        var opened = false;
        for (var p = Math.Max(0, start - 1); p < source.Start; p++)
        {
            opened = text[p] switch
            {
                '“' => true,
                '”' => false,
                _ => opened,
            };
        }

        return opened;
    }
}
