namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the labelling conventions (issue 12, docs/issue-reading/conventions.md, clauses S1-S3): the sources a party's own words
/// are not, and the outlets, filings and data the earlier rules left unread.
/// <list type="bullet">
/// <item>S2, not a source: a party's own statement, press release, blog post, post, website or announcement, cited by its noun
/// ("according to a statement", "according to a joint statement", "its website shows", "as per the company website") or by its
/// owner ("according to Fortera's WeChat post", "a blog post by Microsoft CMO Judson Althoff", "a press note by KKR said"). Kept: a
/// government's, ministry's, regulator's, exchange's or court's ("a government statement"), a financial statement, a named
/// publication ("MarketWatch news release", "the Web site").</item>
/// <item>S2, a named source: a statement, notice or disclosure made to a stock exchange, named by the exchange ("it said in a
/// statement to the Dubai Financial Market", "in a notice to the Korea Exchange"); a regulatory form ("according to its 10-Q");
/// court documents that show or reveal ("Court documents recently obtained by The New York Times reveal"); a data firm or its data
/// cited back ("the data firm said", "the data showed", "according to the data").</item>
/// <item>S1, a named source: an outlet that understands or has learned, closing the sentence after a comma (", Sifted understands.",
/// ", The Ken has learned.") or opening it ("Sifted understands that"): whichever outlet the text comes from.</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Nouns of a party's own words: "a statement", "a press release", "a blog post", "its website".</summary>
    private static readonly HashSet<string> _ownWordNouns = new(StringComparer.Ordinal)
    {
        "statement", "statements", "release", "releases", "announcement", "announcements", "post", "posts", "blog", "website", "site",
        "note", "communique", "communiqué",
    };

    /// <summary>Nouns of a party's own words that need an owner to be its own ("its website", "the company's blog").</summary>
    private static readonly HashSet<string> _ownedOnlyNouns = new(StringComparer.Ordinal) { "website", "site", "post", "posts", "blog", "note" };

    /// <summary>Words that make a statement or notice someone else's than a party's: "a government statement", "the exchange announcement".</summary>
    private static readonly HashSet<string> _thirdPartyWords = new(StringComparer.Ordinal)
    {
        "government", "governments", "ministry", "ministerial", "minister", "regulator", "regulatory", "regulators", "exchange", "bourse",
        "court", "financial", "contract", "police", "parliament", "parliamentary", "presidential", "cabinet", "treasury", "state", "official",
        "department", "commission", "authority", "agency", "council", "embassy", "white", "kremlin", "palace", "central", "bank's",
        "consolidated", "annual", "quarterly", "audited", "interim",
    };

    /// <summary>Words of a public body's name: "the Ministry of Finance", "the Department of Investment" (a fund's "Authority" is a party).</summary>
    private static readonly HashSet<string> _publicBodyWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Government", "Commission", "Court", "Council", "Parliament", "Treasury", "Office", "Bureau", "Agency",
        "Regulator", "Exchange", "Bourse",
    };

    /// <summary>A word making a statement or notice a public body's: small ("government", "ministry") or in a body's name ("Ministry").</summary>
    private static bool IsPublicBodyWord(Word word) =>
        word.IsCapitalised && word.Lower != "the" ? _publicBodyWords.Contains(word.Core) : _thirdPartyWords.Contains(word.Lower);

    /// <summary>Owners that make a note, post, blog or website a party's own: "its website", "the company's blog".</summary>
    private static readonly HashSet<string> _ownerWords = new(StringComparer.Ordinal)
    {
        "its", "their", "his", "her", "company", "corporate", "official", "press",
    };

    /// <summary>Words an exchange's name ends with: "the Dubai Financial Market", "the Korea Exchange", "the Tel Aviv Stock Exchange".</summary>
    private static readonly HashSet<string> _exchangeEndings = new(StringComparer.Ordinal) { "Exchange", "Market", "Bourse", "Exchanges" };

    /// <summary>What a party sends an exchange: "a statement to", "a notice to", "a disclosure to".</summary>
    private static readonly HashSet<string> _exchangeNoticeNouns = new(StringComparer.Ordinal)
    {
        "statement", "notice", "disclosure", "announcement", "letter", "notification", "communication", "release", "circular",
    };

    /// <summary>What an outlet does that makes it the text's source: "Sifted understands", "The Ken has learned".</summary>
    private static readonly HashSet<string> _outletLearningVerbs = new(StringComparer.Ordinal) { "understands", "learned", "learnt", "understood" };

    /// <summary>Adds the conventions' sources to <paramref name="found"/> and drops a party's own words; run after every other rule.</summary>
    private static void ConventionSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        var added = new List<SourceMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if ((ConventionExchangeNotice(text, sentence, i) ?? ConventionOutletLearning(text, sentence, i)) is { } name)
            {
                added.Add(new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start));
            }

            if ((ConventionFormOrCourtDocument(text, words, i) ?? ConventionDataBackReference(text, words, i, found)) is { } document)
            {
                added.Add(document);
            }
        }

        foreach (var source in added.Where(a => !found.Any(f => f.Kind == a.Kind && f.Start < a.Start + a.Length && a.Start < f.Start + f.Length)))
        {
            found.Add(source);
        }

        found.RemoveAll(s => s.Kind == SourceKind.Named && IsPartysOwnWords(text, sentence, s));
    }

    /// <summary>
    /// True when the named source <paramref name="source"/> is a party's own words: the noun itself ("a statement", "its website") or
    /// its owner or author ("Fortera" of "Fortera's WeChat post", "KKR" of "a press note by KKR").
    /// </summary>
    private static bool IsPartysOwnWords(string text, SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var first = sentence.WordAtOrAfter(source.Start);
        var last = sentence.WordAtOrAfter(source.Start + source.Length) - 1;
        if (first > last || last >= words.Count)
        {
            return false;
        }

        // An outlet or a public body is never a party's own words: "a Reuters statement", "a statement from the Ministry of Finance".
        if (Lexicon.OutletName(source.Name) is not null || KnownOutlet(source.Name) is not null || HasThirdPartyWord(words, first, last))
        {
            return false;
        }

        // A document the party put out: "according to documents on its website", "figures published on the company's blog".
        if (last + 2 < words.Count && !words[last].EndsPhrase && words[last + 1].Lower is "on" or "from" or "in"
            && (words[last + 2].Lower is "its" or "their" || words[last + 2].Possessive || (words[last + 2].Lower == "the" && last + 3 < words.Count && words[last + 3].Possessive))
            && words.Skip(last + 2).Take(3).Any(w => w.Lower is "website" or "site" or "blog" or "page"))
        {
            return true;
        }

        // The noun itself: "a statement", "the joint statement", "its website", "the company's website".
        if (_ownWordNouns.Contains(words[last].Lower))
        {
            return IsOwnNounPhrase(words, first, last) && !ByThirdPartyAfter(words, last);
        }

        // The owner: "Fortera's WeChat post", "Acme's press release"; "a post on ByteDance's official Weibo account".
        if (words[last].Possessive)
        {
            if (first >= 2 && words[first - 1].Lower == "on" && words[first - 2].Lower is "post" or "posts" or "statement" or "announcement" or "message")
            {
                return true;
            }

            for (var k = last + 1; k < words.Count && k <= last + 3; k++)
            {
                if (_ownWordNouns.Contains(words[k].Lower))
                {
                    return words[k].Lower is not ("note" or "site") || words[k - 1].Lower is "press" or "web";
                }

                if (words[k].EndsPhrase)
                {
                    break;
                }
            }

            return false;
        }

        // The author: "a blog post by Microsoft CMO Judson Althoff", "A press note by KKR said".
        return first >= 2 && words[first - 1].Lower is "by" or "from" && _ownWordNouns.Contains(words[first - 2].Lower)
            && (words[first - 2].Lower is "statement" or "statements" or "announcement" || words[first - 3 >= 0 ? first - 3 : first - 2].Lower is "press" or "blog" or "news" or "linkedin" or "wechat")
            && !words[first - 2].EndsPhrase && !words.Skip(first).Take(last - first + 1).Any(w => _publicBodyWords.Contains(w.Core));
    }

    /// <summary>True when a word of the source (or the two before it) makes it a public body's or a document's: "government", "financial".</summary>
    private static bool HasThirdPartyWord(List<Word> words, int first, int last)
    {
        for (var k = Math.Max(0, first - 1); k <= last; k++)
        {
            if (IsPublicBodyWord(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the noun phrase <c>words[first..last]</c> is a party's own words: only small words before the noun ("a joint
    /// statement", "an e-mailed statement", "the company statement"), an owner for a website, post, blog or note ("its website",
    /// "the fund's website", "a press note"); a capitalised word not owning it names a publication ("the Web site").
    /// </summary>
    private static bool IsOwnNounPhrase(List<Word> words, int first, int last)
    {
        var noun = words[last].Lower;

        // The words before the noun, with an owner or article just outside the source's span ("its website" read as "website").
        var from = first;
        while (from > 0 && first - from < 2 && !words[from - 1].EndsPhrase && (_ownerWords.Contains(words[from - 1].Lower) || (words[from - 1].Possessive && !words[from - 1].IsCapitalised) || words[from - 1].Lower is "the" or "a" or "an"))
        {
            from--;
        }

        var before = words.Skip(from).Take(last - from).ToList();
        if (before.Any(w => w.IsCapitalised && !w.Possessive && w.Lower is not ("the" or "a" or "an" or "its" or "their")))
        {
            return false;
        }

        if (noun == "release" || noun == "releases")
        {
            return before.Any(w => w.Lower is "press" or "news" or "media");
        }

        if (_ownedOnlyNouns.Contains(noun))
        {
            // "the company website", "its website", "Acme's website", "a press note", "a blog post"; "The website further quoted" is an outlet.
            return before.Any(w => _ownerWords.Contains(w.Lower) || w.Possessive)
                || (noun is "post" or "posts" && before.Any(w => w.Lower is "blog" or "linkedin" or "wechat"));
        }

        return true;
    }

    /// <summary>True when the noun at word <paramref name="noun"/> is followed by a public body: "a statement from the Ministry of Finance".</summary>
    private static bool ByThirdPartyAfter(List<Word> words, int noun)
    {
        if (noun + 1 >= words.Count || words[noun].EndsPhrase || words[noun + 1].Lower is not ("from" or "by" or "of" or "issued" or "released"))
        {
            return false;
        }

        for (var k = noun + 2; k < words.Count && k <= noun + 7; k++)
        {
            if (IsPublicBodyWord(words[k]))
            {
                return true;
            }

            if (words[k].EndsPhrase)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "said in a statement to the Dubai Financial Market", "in a notice to the Korea Exchange", "a disclosure with the Tel Aviv Stock
    /// Exchange": the exchange, named after the notice made to it (a stock-exchange filing).
    /// </summary>
    private static Name? ConventionExchangeNotice(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var cited = i >= 2 && words[i - 2].Lower == "according" && words[i - 1].Lower == "to";
        if (!(_exchangeNoticeNouns.Contains(words[i].Lower) || (cited && words[i].Lower is "information" or "data" or "disclosures" or "filings" or "notices"))
            || words[i].EndsPhrase)
        {
            return null;
        }

        // "to the …" right after the noun, or after who made it: "disclosures made by these companies to the stock exchanges".
        var to = i + 1;
        if (to < words.Count && words[to].Lower is "made" or "provided" or "submitted" or "sent" or "given" or "filed")
        {
            to++;
            if (to < words.Count && words[to].Lower == "by")
            {
                var stop = Math.Min(words.Count, to + 6);
                while (to < stop && words[to].Lower is not ("to" or "with") && !words[to].EndsPhrase)
                {
                    to++;
                }
            }
        }

        if (to + 1 >= words.Count || words[to].Lower is not ("to" or "with") || words[to - 1].EndsPhrase)
        {
            return null;
        }

        var j = to + 1;
        if (words[j].Lower == "the" && !words[j].EndsPhrase && j + 1 < words.Count)
        {
            j++;
        }

        // A small "the stock exchanges", "the bourse": the notice itself is the source, named by its noun.
        if (!words[j].IsCapitalised)
        {
            var small = words[j].Lower is "stock" && j + 1 < words.Count ? words[j + 1].Lower : words[j].Lower;
            return small is "exchange" or "exchanges" or "bourse" or "bourses" && !_exchangeNoticeNouns.Contains(words[i].Lower) || small is "exchanges" or "bourses"
                ? new Name(i, i, words[i].Start, words[i].End, words[i].Core, false, NameKind.Organisation)
                : null;
        }

        if (FitCapitalRun(text, sentence, j) is not { } run)
        {
            return null;
        }

        // The run may go on past the exchange ("the Korea Exchange KRX"): the exchange ends at its last ending word, or at a small
        // "stock exchange" after the run ("the Shanghai stock exchange").
        var end = -1;
        for (var k = run.First; k <= run.Last; k++)
        {
            if (_exchangeEndings.Contains(words[k].Core))
            {
                end = k;
            }
        }

        for (var k = run.Last + 1; end < 0 && k < words.Count && k <= run.Last + 2 && !words[k - 1].EndsPhrase; k++)
        {
            if (words[k].Lower is "exchange" or "bourse")
            {
                end = k;
            }
            else if (words[k].Lower != "stock")
            {
                break;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var start = words[run.First].Start;
        return new Name(run.First, end, start, words[end].End, text[start..words[end].End], false, NameKind.Organisation);
    }

    /// <summary>
    /// ", Sifted understands.", ", The Ken has learned.", "Sky News has learnt that": an outlet that understands or has learned what
    /// the sentence says, closing it after a comma (any capitalised name) or opening it (a listed outlet).
    /// </summary>
    private static Name? ConventionOutletLearning(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_outletLearningVerbs.Contains(words[i].Lower) || i == 0)
        {
            return null;
        }

        var subjectEnd = words[i - 1].Lower is "has" or "have" or "had" ? i - 2 : i - 1;
        if (subjectEnd < 0 || words[subjectEnd].EndsPhrase || !IsOutletNameWord(words[subjectEnd]))
        {
            return null;
        }

        // The subject: the run of name words ending right before the verb, with its "The" ("The Ken").
        var subjectStart = subjectEnd;
        while (subjectStart > 0 && subjectEnd - subjectStart < 4 && !words[subjectStart - 1].EndsPhrase && IsOutletNameWord(words[subjectStart - 1]))
        {
            subjectStart--;
        }

        var runStart = subjectStart;
        if (words[subjectStart].Lower == "the" && subjectStart < subjectEnd)
        {
            subjectStart++;
        }

        var start = words[subjectStart].Start;
        var end = words[subjectEnd].End;
        var subject = text[start..end];
        var closing = runStart > 0 && words[runStart - 1].EndsPhrase && words[runStart - 1].After == ','
            && (i == words.Count - 1 || words[i].EndsPhrase);
        var opening = runStart == 0;
        var listed = Lexicon.OutletName(subject) is not null || KnownOutlet(subject) is not null;

        // "understood" only as "X understood that" is no outlet's: "it is understood" has no capitalised subject anyway.
        if (!(closing || (opening && listed && i + 1 < words.Count && words[i + 1].Lower == "that")) || (words[i].Lower == "understood" && !listed)
            || Lexicon.PersonTitles.Contains(words[subjectStart].Core) || words[subjectEnd].Possessive)
        {
            return null;
        }

        return new Name(subjectStart, subjectEnd, start, end, subject, false, NameKind.Outlet);
    }

    /// <summary>A word of an outlet's name: capitalised ("Sifted"), a brand with a digit ("e27", "36kr") or the "The" opening it.</summary>
    private static bool IsOutletNameWord(Word word) => word.IsCapitalised || (word.Core.Any(char.IsDigit) && word.Core.Any(char.IsLetter));

    /// <summary>
    /// "according to its 10-Q", "in its annual 10-K": a regulatory form cited; "Court documents (recently obtained by X) reveal",
    /// "according to court papers": court documents cited.
    /// </summary>
    private static SourceMention? ConventionFormOrCourtDocument(string text, List<Word> words, int i)
    {
        // A form: "10-Q", "10‑K" (a non-breaking hyphen), "8-K", "20-F", "6-K", "S-1", "F-1", "DRHP", cited after "according to / per / in".
        if (IsRegulatoryForm(words[i].Core) && i >= 1)
        {
            var k = i - 1;
            while (k > 0 && i - k < 3 && words[k].Lower is "its" or "their" or "the" or "a" or "an" or "annual" or "quarterly" or "latest" or "recent" or "draft")
            {
                k--;
            }

            var cited = (k >= 1 && words[k].Lower == "to" && words[k - 1].Lower == "according") || words[k].Lower is "per" or "in" or "citing";
            if (cited && k < i)
            {
                var start = words[k + 1].Start;
                return new SourceMention(text[start..words[i].End], SourceKind.Named, start, words[i].End - start);
            }
        }

        // Court documents that tell: "Court documents recently obtained by The New York Times reveal", "according to court papers".
        if (words[i].Lower == "court" && i + 1 < words.Count && words[i + 1].Lower is "documents" or "papers" or "records" or "filings" or "filing")
        {
            var citedBefore = i >= 2 && ((words[i - 2].Lower == "according" && words[i - 1].Lower == "to") || words[i - 1].Lower is "per" or "citing")
                || (i >= 3 && words[i - 3].Lower == "according" && words[i - 1].Lower is "the" or "recent" or "new");
            var telling = words.Skip(i + 2).Take(8).TakeWhile(w => !w.EndsPhrase || w.Lower is "show" or "shows" or "showed" or "reveal" or "reveals" or "revealed")
                .Any(w => w.Lower is "show" or "shows" or "showed" or "reveal" or "reveals" or "revealed" or "indicate" or "indicates" or "indicated");
            if (citedBefore || telling)
            {
                var start = words[i].Start;
                return new SourceMention(text[start..words[i + 1].End], SourceKind.Named, start, words[i + 1].End - start);
            }
        }

        return null;
    }

    /// <summary>A regulatory form's name: "10-Q", "10‑K", "8-K", "20-F", "6-K", "S-1", "F-1", "DRHP".</summary>
    private static bool IsRegulatoryForm(string core)
    {
        var plain = core.Replace('\u2011', '-').Replace('\u2010', '-');
        return plain is "10-Q" or "10-K" or "8-K" or "20-F" or "6-K" or "S-1" or "F-1" or "S-4" or "13F" or "13D" or "13G" or "DRHP" or "RHP";
    }

    /// <summary>
    /// "the data firm said", "the data showed", "according to the data", "according to the data provider": a data firm, or its data,
    /// cited back when no named source comes before it.
    /// </summary>
    private static SourceMention? ConventionDataBackReference(string text, List<Word> words, int i, List<SourceMention> found)
    {
        if (words[i].Lower != "the" || i + 1 >= words.Count || words[i + 1].Lower != "data" || found.Any(f => f.Kind == SourceKind.Named && f.Start < words[i].Start))
        {
            return null;
        }

        var noun = i + 1;
        if (noun + 1 < words.Count && !words[noun].EndsPhrase && words[noun + 1].Lower is "firm" or "provider" or "tracker" or "company" or "platform")
        {
            noun++;
        }

        var cited = i >= 2 && words[i - 2].Lower is "according" or "as" && words[i - 1].Lower is "to" or "per";
        var telling = noun + 1 < words.Count && !words[noun].EndsPhrase
            && words[noun + 1].Lower is "showed" or "shows" or "show" or "said" or "says" or "revealed" or "reveals" or "indicated" or "indicates"
                or "estimated" or "estimates" or "noted" or "found" or "suggests" or "suggested";
        var endsCitation = words[noun].EndsPhrase || noun == words.Count - 1;
        if (!(telling || (cited && endsCitation)))
        {
            return null;
        }

        var start = words[i].Start;
        return new SourceMention(text[start..words[noun].End], SourceKind.Named, start, words[noun].End - start);
    }
}
