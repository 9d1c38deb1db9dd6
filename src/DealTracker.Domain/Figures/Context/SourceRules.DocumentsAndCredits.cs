namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-third session (docs/issue-reading/conventions.md, S1, S2, S4, S5), read after the thirty-second session's report
/// subjects. Each rule reads a class of citation, not one sentence's words.
/// <para>Named:</para>
/// <list type="bullet">
/// <item>a filing or disclosure named with whom it was filed (S5, as the corpus writes it): "a filing to the Hong Kong bourse",
/// "filings with the government-run companies registry", "a regulatory filing with the U.S. securities regulator", "documents filed
/// with the US Securities and Exchange Commission"; and a company's statement, disclosure or notice to an exchange, a filing in all but
/// name (S2): "according to a statement to the stock exchange", "a disclosure shared with exchanges";</item>
/// <item>a credit in brackets: "(hat tip: TechCrunch)", "(h/t Axios)", "(news from Forbes)", "(source: Crunchbase)";</item>
/// <item>an outlet not listed, spoken to or telling the news: "told The Spoon", "spoke with The Spoon", ", reported VegNews (June 15)";</item>
/// <item>the outlet's own tracker or data: "according to our internal tracker";</item>
/// <item>a provider not listed, by its data or report: "numbers from the Good Food Institute show", "in accordance to Partech stats",
/// "Savca recently released a report showing", "as stated in the NECIPS database", "Sky Information reporting pegged it at".</item>
/// </list>
/// <para>Dropped: a market index moving ("the Nasdaq Composite Index has plunged 25%") is no source.</para>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Document nouns a filing's recipient may follow: "a filing to", "a disclosure with", "documents filed with".</summary>
    private static readonly HashSet<string> _filedDocumentNouns = new(StringComparer.Ordinal)
    {
        "filing", "filings", "disclosure", "disclosures", "documents", "notice", "notices", "statement", "statements", "announcement",
        "notification",
    };

    /// <summary>Lower-case words a recipient of filings is written with: "the government-run companies registry", "the stock market regulator".</summary>
    private static readonly HashSet<string> _recipientWords = new(StringComparer.Ordinal)
    {
        "stock", "stocks", "exchange", "exchanges", "bourse", "bourses", "market", "securities", "regulator", "regulators", "registry",
        "registrar", "companies", "company", "government-run", "state-run", "financial", "markets", "commission", "local", "national",
        "capital", "of", "and", "u.s.", "us", "u.s", "the", "corporate", "affairs",
    };

    /// <summary>The lower-case words a recipient may end on: an exchange, a regulator, a registry.</summary>
    private static readonly HashSet<string> _recipientHeads = new(StringComparer.Ordinal)
    {
        "exchange", "exchanges", "bourse", "bourses", "regulator", "regulators", "registry", "registrar", "commission",
    };

    /// <summary>Data nouns a provider's name stands before or after: "Partech stats", "numbers from the Good Food Institute".</summary>
    private static readonly HashSet<string> _providerDataNouns = new(StringComparer.Ordinal)
    {
        "data", "stats", "statistics", "numbers", "figures", "estimates", "research", "database", "reporting", "information", "tally",
    };

    /// <summary>Verbs data tells with: "show", "pegged", "found".</summary>
    private static readonly HashSet<string> _dataTellingVerbs = new(StringComparer.Ordinal)
    {
        "show", "shows", "showed", "shown", "pegged", "pegs", "put", "puts", "found", "finds", "suggest", "suggests", "suggested", "reveal",
        "reveals", "revealed", "indicate", "indicates", "indicated",
    };

    /// <summary>The thirty-third session's sources (see the class summary), read last.</summary>
    private static void DocumentAndCreditSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(f => f.Kind == SourceKind.Named && IsMovingIndex(sentence, f));
        foreach (var source in found.Where(f => f.Kind == SourceKind.Named).ToList())
        {
            if (found.Contains(source) && FiledWithRecipient(text, sentence, source) is { } whole)
            {
                // The recipient read alone ("US Securities and Exchange Commission") is inside the whole and is replaced by it.
                found.RemoveAll(f => f.Kind == SourceKind.Named && f.Start < whole.Start + whole.Length && whole.Start < f.Start + f.Length);
                found.Add(whole);
            }
        }

        // "according to a bourse filing Thursday": a filing is named without the day after it.
        for (var k = 0; k < found.Count; k++)
        {
            var (first, last) = WordsOf(sentence, found[k]);
            if (found[k].Kind == SourceKind.Named && first < last && last < words.Count && IsDayOrMonth(words[last])
                && words[last - 1].Lower is "filing" or "filings" or "disclosure" or "statement")
            {
                found[k] = Span(text, SourceKind.Named, found[k].Start, words[last - 1].End);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            // The exchange read alone ("Philippine Stock Exchange") is inside the statement's whole name and is replaced by it.
            if (StatementToAnExchange(text, sentence, found, i) is { } statement)
            {
                found.RemoveAll(f => f.Kind == SourceKind.Named && f.Start >= statement.Start && f.Start + f.Length <= statement.Start + statement.Length);
                AddUnlessCovered(found, statement);
            }
            else if ((BracketedCredit(text, sentence, i) ?? UnlistedOutletSpokenTo(text, sentence, i)
                ?? ReportedByUnlisted(text, sentence, i) ?? OwnTracker(text, words, i) ?? ProviderByItsData(text, sentence, i)
                ?? PlaceOrSectorReports(text, sentence, found, i) ?? CitedByTheReport(text, sentence, found, i)) is { } source)
            {
                AddUnlessCovered(found, source);
            }
        }
    }

    /// <summary>
    /// A named source read as a filing or disclosure widened to the body it went to (S5): "filing" → "filing to the Hong Kong bourse",
    /// "regulatory filing" → "regulatory filing with the U.S. securities regulator"; a form or prospectus only when "filed with" it
    /// (<see cref="FormFiledWith"/>): "Form 13F" → "Form 13F filed with the U.S. Securities and Exchange Commission".
    /// </summary>
    private static SourceMention? FiledWithRecipient(string text, SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var (first, last) = WordsOf(sentence, source);
        if (first >= words.Count || words[last].EndsPhrase)
        {
            return null;
        }

        var end = words[last].Lower is "filing" or "filings" or "disclosure" or "disclosures" ? RecipientEnd(sentence, last + 1) : FormFiledWith(sentence, first, last);
        if (end < 0)
        {
            return null;
        }

        // "an S-1 form filed with …" is named without its article, as the other filings are.
        var start = words[first].Lower is "a" or "an" or "the" && first < last ? first + 1 : first;

        // "a formal disclosure with the stock exchanges", "a preliminary prospectus filed with the SEC": the words of its kind before it
        // belong to it.
        while (start > 0 && !words[start - 1].EndsPhrase && words[start - 1].Lower is "formal" or "regulatory" or "securities" or "quarterly" or "annual" or "stock"
               or "exchange" or "bourse" or "company" or "corporate" or "preliminary" or "draft" or "revised" or "amended" or "updated")
        {
            start--;
        }

        return Span(text, SourceKind.Named, words[start].Start, words[end].End);
    }

    /// <summary>
    /// The recipient's last word after a form or prospectus the text cites "filed with" a body, as filings are named (S5): "a Form 13F
    /// filed with the U.S. Securities and Exchange Commission", "an S-1 form filed with the Securities and Exchange Commission", "a
    /// prospectus filed with the Hong Kong stock exchange"; -1 for a party's own one by its possessive ("its 10-Q filed with the SEC" is
    /// the 10-Q, as the conventions' tests hold) or any other document.
    /// </summary>
    private static int FormFiledWith(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var head = words[last];
        var form = head.Lower is "prospectus" or "form" or "forms" || (first < last && words[first].Core == "Form") || IsFormCode(head.Core);
        if (!form || words[first].Lower is "its" or "their" || words[first].Possessive || (first > 0 && (words[first - 1].Lower is "its" or "their" || words[first - 1].Possessive)))
        {
            return -1;
        }

        // "an S-1 form filed with": the form's noun after its code.
        var at = last + 1;
        if (at < words.Count && words[at].Lower is "form" or "forms" && IsFormCode(head.Core) && !words[at].EndsPhrase)
        {
            at++;
        }

        return at + 1 < words.Count && words[at].Lower == "filed" && !words[at].EndsPhrase && words[at + 1].Lower is "with" or "to"
            ? RecipientEnd(sentence, at + 1)
            : -1;

        // "S-1", "10-Q", "13F", "6-K", "20-F", "424B2": a securities form's code, a letter and digits.
        static bool IsFormCode(string core) =>
            core.Length is >= 3 and <= 6 && core.Any(char.IsDigit) && core.Any(char.IsUpper) && core.All(c => char.IsDigit(c) || char.IsUpper(c) || c is '-' or '\u2011');
    }

    /// <summary>
    /// The last word of "with / to / on [the] &lt;recipient&gt;" opening at word <paramref name="at"/>: capitalised words, and the lower-case
    /// words of exchanges, regulators and registries, ending on a name or on such a head ("the stock market regulator"); -1 when there is none
    /// or it is a date ("on Monday", "on Dec. 15").
    /// </summary>
    private static int RecipientEnd(SentenceWords sentence, int at)
    {
        var words = sentence.Words;
        if (at + 1 >= words.Count || words[at].Lower is not ("with" or "to" or "on"))
        {
            return -1;
        }

        var k = at + 1;
        if (IsDayOrMonth(words[k]))
        {
            return -1;
        }

        var end = -1;
        for (; k < words.Count && k - at <= 9; k++)
        {
            var word = words[k];
            var capitalised = word.IsCapitalised && !IsDayOrMonth(word);

            // "the Philippine Stock Exchange (PSE)": a short form in brackets is not part of the name; "and" joins a body's words
            // ("Securities and Exchange Commission") but not a body and the next clause ("a filing with the SEC and Apple said").
            if (word.InBrackets || (!capitalised && !_recipientWords.Contains(word.Lower))
                || (word.Lower == "and" && !words.Skip(k + 1).Take(3).Any(w => w.Core is "Exchange" or "Commission" or "Authority" or "Affairs" or "Regulatory" or "Markets"
                    || _recipientHeads.Contains(w.Lower))))
            {
                break;
            }

            if (capitalised || _recipientHeads.Contains(word.Lower))
            {
                end = k;
            }

            if (word.EndsPhrase)
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// "according to a statement to the stock exchange", "In a disclosure to the Philippine Stock Exchange", "a disclosure shared with
    /// exchanges", "documents filed with the US Securities and Exchange Commission": a party's statement, notice, disclosure or documents
    /// to an exchange or regulator are a filing (S2, S5), named as written with the body, whether the text names the body or not ("in a
    /// statement to the Hong Kong Stock Exchange", since the thirty-sixth session); a statement to an outlet or on a day is not read here.
    /// </summary>
    private static SourceMention? StatementToAnExchange(string text, SentenceWords sentence, List<SourceMention> found, int i)
    {
        var words = sentence.Words;
        if (!_filedDocumentNouns.Contains(words[i].Lower) || words[i].EndsPhrase || i + 2 >= words.Count)
        {
            return null;
        }

        var at = i + 1;
        if (words[at].Lower is "shared" or "filed" or "made" or "submitted" or "sent" && !words[at].EndsPhrase && words[i].Lower != "statement")
        {
            at++;
        }

        var end = RecipientEnd(sentence, at);
        if (end < 0 || !words.Skip(at + 1).Take(end - at).Any(w => _recipientHeads.Contains(w.Lower) || w.Core == "Market"))
        {
            return null;
        }

        // Cited: "according to a …", "in a …", "a … showed"; a statement by its kind alone stays unread.
        var start = i;
        while (start > 0 && i - start < 4 && !words[start - 1].EndsPhrase && words[start - 1].Lower is "a" or "an" or "the" or "its" or "their" or "separate" or "disclosure"
               or "formal" or "regulatory" or "company" or "company's" or "shareholders'" or "latest" or "recent" or "new")
        {
            start--;
        }

        var cited = (start >= 2 && words[start - 1].Lower == "to" && words[start - 2].Lower == "according") || (start >= 1 && words[start - 1].Lower is "in" or "per" or "filed" or "made");
        if (!cited || found.Any(f => f.Kind == SourceKind.Named && f.Start <= words[i].Start && words[end].End <= f.Start + f.Length))
        {
            return null;
        }

        var nameStart = start;
        while (nameStart < i && words[nameStart].Lower is "a" or "an" or "the" or "its" or "their" or "separate")
        {
            nameStart++;
        }

        return Span(text, SourceKind.Named, words[nameStart].Start, words[end].End);
    }

    /// <summary>"(hat tip: TechCrunch)", "(h/t Axios)", "(hat-tip The Next Web)", "(news from Forbes)", "(source: Crunchbase)".</summary>
    private static SourceMention? BracketedCredit(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!words[i].InBrackets || words[i].Before != '(')
        {
            return null;
        }

        var k = i;
        var lower = words[i].Lower;
        if (lower is "hat" && k + 1 < words.Count && words[k + 1].Lower == "tip")
        {
            k += 2;
        }
        else if (lower is "hat-tip" or "h/t" or "ht" or "source" or "sources" or "credit")
        {
            k += 1;
        }
        // "(news from Forbes)"; a wire's credit line ("(Reporting by Yilei Sun …; Editing by …)") names its own reporters, no source.
        else if (lower == "news" && k + 1 < words.Count && words[k + 1].Lower is "from" or "via")
        {
            k += 2;
        }
        else
        {
            return null;
        }

        if (k >= words.Count || !words[k].InBrackets || !words[k].IsCapitalised && KnownOutlet(words[k].Core) is null)
        {
            return null;
        }

        var end = k;
        while (end + 1 < words.Count && !words[end].EndsPhrase && words[end + 1].IsCapitalised && words[end + 1].InBrackets)
        {
            end++;
        }

        return Span(text, SourceKind.Named, words[k].Start, words[end].End);
    }

    /// <summary>
    /// "told The Spoon", "spoke with The Spoon about", "Garner shared with CNBC": an outlet not listed, written with its "The", spoken to; or a
    /// listed outlet something was shared with.
    /// </summary>
    private static SourceMention? UnlistedOutletSpokenTo(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var lower = words[i].Lower;
        var at = lower is "told" or "tells" ? i + 1
            : lower is "spoke" or "speaking" or "talking" or "talked" or "shared" or "emailed" && i + 1 < words.Count && words[i + 1].Lower is "with" or "to" ? i + 2
            : -1;
        if (at < 0 || at >= words.Count || words[at - 1].EndsPhrase
            || (lower == "shared" && i > 0 && words[i - 1].Lower is "statement" or "statements" or "email" or "release" or "memo" or "letter"))
        {
            return null;
        }

        // "told The Spoon": the name read with its "The" or after it.
        var the = words[at].Core == "The" && at + 1 < words.Count;
        var name = sentence.NameAt[at] ?? (the ? sentence.NameAt[at + 1] : null);
        if (name is null || name.Kind == NameKind.Person || name.Possessive || (name.First != at && !(the && name.First == at + 1)))
        {
            return null;
        }

        if (the)
        {
            return Span(text, SourceKind.Named, words[at].Start, name.End);
        }

        return lower == "shared" && (name.Kind == NameKind.Outlet || KnownOutlet(name.Text) is not null)
            ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : null;
    }

    /// <summary>"…, reported VegNews (June 15).", "…, reported Bizcommunity.": an outlet, listed or not, after ", reported" closing the sentence.</summary>
    private static SourceMention? ReportedByUnlisted(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (words[i].Lower is not ("reported" or "reports") || i == 0 || words[i - 1].After != ',' || i + 1 >= words.Count
            || sentence.NameAt[i + 1] is not { } name || name.First != i + 1 || name.Kind == NameKind.Person || name.Possessive)
        {
            return null;
        }

        var closes = name.Last + 1 == words.Count || words[name.Last + 1].InBrackets || (words[name.Last].EndsPhrase && words[name.Last].After is '.' or ',');
        if (!closes)
        {
            return null;
        }

        // "reports Pamela Barbaglia of Reuters": the reporter's outlet.
        var of = name.Text.LastIndexOf(" of ", StringComparison.Ordinal);
        return of < 0 ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start)
            : KnownOutlet(name.Text[(of + 4)..]) is not null ? new SourceMention(name.Text[(of + 4)..], SourceKind.Named, name.Start + of + 4, name.End - name.Start - of - 4)
            : null;
    }

    /// <summary>"according to our tracker", "according to our internal tracker", "our data shows": the outlet's own data, named as written.</summary>
    private static SourceMention? OwnTracker(string text, List<Word> words, int i)
    {
        if (words[i].Lower != "our" || i + 1 >= words.Count)
        {
            return null;
        }

        var k = i + 1;
        if (words[k].Lower is "internal" or "own" or "latest" && k + 1 < words.Count && !words[k].EndsPhrase)
        {
            k++;
        }

        if (words[k].Lower is not ("tracker" or "data" or "database" or "analysis" or "records" or "count" or "tally" or "research"))
        {
            return null;
        }

        var cited = (i >= 2 && words[i - 1].Lower == "to" && words[i - 2].Lower == "according")
            || (k + 1 < words.Count && !words[k].EndsPhrase && _dataTellingVerbs.Contains(words[k + 1].Lower));
        return cited ? Span(text, SourceKind.Named, words[i].Start, words[k].End) : null;
    }

    /// <summary>
    /// A provider not listed, by its data or report: "numbers from the Good Food Institute show", "according to data compiled by X",
    /// "in accordance to Partech stats", "as stated in the NECIPS database", "Sky Information reporting pegged it", "Savca recently released
    /// a report showing". The provider is an organisation's name (not a person, not a place, not a party whose own figures these are: the
    /// sentence must cite, show or state).
    /// </summary>
    private static SourceMention? ProviderByItsData(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (sentence.NameAt[i] is not { } name || name.First != i || name.Kind == NameKind.Person || Lexicon.Places.Contains(name.Text))
        {
            return null;
        }

        var next = name.Last + 1 < words.Count && !words[name.Last].EndsPhrase ? words[name.Last + 1].Lower : "";
        var before = i >= 1 ? words[i - 1].Lower : "";
        var before2 = i >= 2 ? words[i - 2].Lower : "";
        var beforeThe = before == "the" && i >= 3 ? words[i - 2].Lower : before;
        var beforeThe2 = before == "the" && i >= 3 ? words[i - 3].Lower : before2;

        // "numbers from the Good Food Institute show", "data compiled by X", "information released by X".
        if (beforeThe is "from" or "by" && (_providerDataNouns.Contains(beforeThe2) || (beforeThe2 is "compiled" or "released" or "published" or "collected" && i >= 3
            && words.Take(i).Reverse().Skip(2).Take(3).Any(w => _providerDataNouns.Contains(w.Lower)))))
        {
            var shows = words.Skip(name.Last + 1).Take(3).Any(w => _dataTellingVerbs.Contains(w.Lower))
                || words.Take(i).Reverse().Take(8).Any(w => w.Lower == "according");
            return shows ? new SourceMention(WithoutPossessive(name.Text), SourceKind.Named, name.Start, WithoutPossessive(name.Text).Length) : null;
        }

        // "in accordance to Partech stats", "according to Savca data", "as stated in the NECIPS database", "Sky Information reporting pegged".
        if (_providerDataNouns.Contains(next) && !(name.Last + 2 < words.Count && words[name.Last + 2].Lower is "firm" or "company" or "group" or "house" or "provider" or "platform" or "body"))
        {
            var cited = beforeThe is "to" && beforeThe2 is "according" or "accordance"
                || (beforeThe == "in" && beforeThe2 is "stated" or "shown" or "listed" or "recorded")
                || (name.Last + 2 < words.Count && !words[name.Last + 1].EndsPhrase && _dataTellingVerbs.Contains(words[name.Last + 2].Lower));
            return cited && !name.Possessive ? new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start) : null;
        }

        // "Savca recently released a report showing that", "X published data showing".
        var v = name.Last + 1;
        if (v < words.Count && words[v].Lower is "recently" or "also" or "has" or "have" or "just")
        {
            v++;
        }

        if (v + 2 < words.Count && words[v].Lower is "released" or "published" or "issued" && words[v + 1].Lower is "a" or "its" or "new"
            && words[v + 2].Lower is "report" or "study" or "survey" or "data" or "research" && v + 3 < words.Count && words[v + 3].Lower is "showing" or "that" or "which")
        {
            return new SourceMention(name.Text, SourceKind.Named, name.Start, name.End - name.Start);
        }

        return null;
    }

    /// <summary>
    /// "US reports have also linked KKR to a bid", "sector studies have suggested": reports or studies known only by their place or field
    /// telling something, named as written (S4), when no other named source is read.
    /// </summary>
    private static SourceMention? PlaceOrSectorReports(string text, SentenceWords sentence, List<SourceMention> found, int i)
    {
        var words = sentence.Words;
        if (i + 2 >= words.Count || words[i].EndsPhrase || words[i + 1].Lower is not ("reports" or "studies") || words[i + 1].EndsPhrase
            || found.Any(f => f.Kind == SourceKind.Named)
            || !(Lexicon.Places.Contains(words[i].Core) || words[i].Core is "US" or "U.S." or "UK" or "EU" || words[i].Lower is "sector" or "industry" or "press"
                 or "foreign" or "international" or "several" or "recent"))
        {
            return null;
        }

        var k = i + 2;
        while (k < words.Count && k - i < 5 && words[k].Lower is "have" or "has" or "also" or "had" or "previously" or "recently")
        {
            k++;
        }

        return k < words.Count && (_reportTellingVerbs.Contains(words[k].Lower) || words[k].Lower is "linked" or "said" or "say" or "tipped" or "named")
            ? Span(text, SourceKind.Named, words[i].Start, words[i + 1].End)
            : null;
    }

    /// <summary>"said a separate NDRC representative cited by the report.": a speaker cited by a report with no publisher, the report named as written (S4).</summary>
    private static SourceMention? CitedByTheReport(string text, SentenceWords sentence, List<SourceMention> found, int i)
    {
        var words = sentence.Words;
        if (i + 3 >= words.Count || words[i].Lower is not ("cited" or "quoted") || words[i + 1].Lower is not ("by" or "in") || words[i + 2].Lower != "the"
            || words[i + 3].Lower is not ("report" or "article" or "story") || found.Any(f => f.Kind == SourceKind.Named)
            || sentence.Names.Any(n => Lexicon.OutletName(n.Text) is not null))
        {
            return null;
        }

        return Span(text, SourceKind.Named, words[i + 2].Start, words[i + 3].End);
    }

    /// <summary>"Monday", "Dec.", "December": a day or a month (<see cref="IsDate"/>, or a month shortened), no recipient's or source's name.</summary>
    private static bool IsDayOrMonth(Word word) =>
        IsDate(word) || word.Lower.TrimEnd('.') is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec";

    /// <summary>The first and last words of a source read in the sentence (as <c>IsNoSource</c> reads them).</summary>
    private static (int First, int Last) WordsOf(SentenceWords sentence, SourceMention source)
    {
        var first = sentence.WordAtOrAfter(source.Start);
        return (first, Math.Max(first, sentence.WordAtOrAfter(source.Start + source.Length) - 1));
    }

    /// <summary>"the Nasdaq Composite Index has plunged 25%": an index moving is no source.</summary>
    private static bool IsMovingIndex(SentenceWords sentence, SourceMention source)
    {
        var words = sentence.Words;
        var (first, last) = WordsOf(sentence, source);
        if (first >= words.Count || words[last].Lower != "index" && !(last + 1 < words.Count && words[last + 1].Lower is "index" or "composite"))
        {
            return false;
        }

        var k = words[last].Lower == "index" ? last + 1 : last + 2;
        k += k < words.Count && words[k].Lower is "index" ? 1 : 0;
        k += k < words.Count && words[k].Lower is "has" or "have" or "had" or "was" or "also" ? 1 : 0;
        return k < words.Count && words[k].Lower is "plunged" or "fell" or "rose" or "gained" or "dropped" or "climbed" or "slipped" or "jumped"
            or "closed" or "ended" or "added" or "lost" or "surged" or "tumbled" or "declined" or "advanced";
    }
}
