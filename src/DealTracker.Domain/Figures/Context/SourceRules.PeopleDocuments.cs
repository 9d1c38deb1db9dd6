namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the people-and-documents sweep (<c>SourcePeopleDocumentsSweepTests</c>), read last of the rounds' rules. Three shapes:
/// <list type="bullet">
/// <item>journalists and third parties' people cited for the fact: the outlet or firm they are written with ("reports Pamela Barbaglia
/// of Reuters", "the Athletic's George Caulkin claimed", "Bloomberg columnist Matt Levine wrote", "said Toni Sacconaghi, an analyst at
/// Bernstein", "said X, the head of JPMorgan Chase's sovereign wealth funds advisory team"), or the journalist when no outlet is written
/// ("according to Saudi Arabian journalist Tariq Al Nofal"). A party's own head ("said John Smith, chief executive of Amazon" of an
/// Amazon deal) is no source: a firm written elsewhere in the sentence is a party;</item>
/// <item>unnamed people known by a modifier, an organisation or a role, as subject, after "said" or cited ("pension officials said",
/// "officials at the ministry told reporters", "an official of the Japanese bank said", "according to a board member"). A party's own
/// people stay no source: a capitalised name right before the role ("a Naver official"), an owner ("the company's officials", "its
/// executives"), "from" and a name ("an official from Viva Republica"), or a describing word the sentence uses again as a noun
/// ("government officials said" of a deal the government makes);</item>
/// <item>documents cited for the fact, named by the document as written ("court papers", "loan documents", "minutes") or by the registry
/// it was filed with ("Companies House"): showing ("Documents from the pension fund show"), revealing, or cited ("according to minutes of the
/// board meeting", "as board minutes show"). A document an outlet saw names the outlet (older rules); a press release or note, the
/// party's own word, stays no source (the corpus convention).</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>What a journalist is: "journalist", "columnist", "reporter", "correspondent", "editor", "writer".</summary>
    private static readonly HashSet<string> _journalistRoles = new(StringComparer.Ordinal)
    {
        "journalist", "columnist", "reporter", "correspondent", "editor", "writer", "commentator", "blogger",
    };

    /// <summary>Roles of a third party's person, the firm named after "at / for / with / of": analysts, strategists, economists, journalists.</summary>
    private static readonly HashSet<string> _thirdPartyRoles = new(StringComparer.Ordinal)
    {
        "analyst", "strategist", "economist", "journalist", "columnist", "reporter", "correspondent", "editor", "writer", "researcher",
        "professor", "commentator",
    };

    /// <summary>Verbs a journalist reports with, after the name: "claimed", "reported", "wrote".</summary>
    private static readonly HashSet<string> _journalistVerbs = new(StringComparer.Ordinal)
    {
        "claimed", "claims", "reported", "reports", "wrote", "writes", "said", "says", "revealed", "reveals", "noted", "notes", "tweeted",
        "added", "understands", "suggested", "suggests",
    };

    /// <summary>Unnamed people by role for this sweep: the speaker roles and "member" (of "a board member").</summary>
    private static readonly HashSet<string> _unnamedPeopleRoles = new(StringComparer.Ordinal)
    {
        "official", "officials", "executive", "executives", "banker", "bankers", "adviser", "advisers", "advisor", "advisors", "insider",
        "insiders", "member", "members", "person", "people", "source", "sources",
    };

    /// <summary>Verbs unnamed people speak with as a subject.</summary>
    private static readonly HashSet<string> _unnamedPeopleVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "tell", "tells", "added", "claimed", "claim", "claims", "confirmed", "explained", "noted",
    };

    /// <summary>Document nouns: "documents", "papers", "minutes", "memo", "sheet" (of "term sheet").</summary>
    private static readonly HashSet<string> _documentNouns = new(StringComparer.Ordinal)
    {
        "document", "documents", "papers", "minutes", "memo", "memos", "memorandum", "sheet", "sheets", "prospectus",
    };

    /// <summary>
    /// A capitalised word that is a name. The sentence's first word is capitalised anyway: it is a name when the name finder reads one
    /// there, unless it is a word that describes people or documents ("Senior officials", "Ministry officials", "Loan documents", which
    /// the name finder reads as names) rather than names their organisation ("Naver officials" speak for Naver).
    /// </summary>
    private static bool IsCapitalisedName(SentenceWords sentence, int k) =>
        sentence.Words[k].IsCapitalised && (k > 0 || (sentence.NameAt[0] is not null && !_describingOpeners.Contains(sentence.Words[0].Lower)) || sentence.Words[0].Lower is "the");

    /// <summary>"IPO" of "the draft IPO prospectus", "SEC" of "SEC documents": a short all-capital word describing a document.</summary>
    private static bool IsAcronym(Word word) => word.Core.Length is >= 2 and <= 5 && word.Core.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Words that describe people or documents at a sentence's start: "Senior officials said", "Court papers show".</summary>
    private static readonly HashSet<string> _describingOpeners = new(StringComparer.Ordinal)
    {
        "senior", "top", "junior", "former", "current", "ministry", "government", "pension", "central", "bank", "banking", "board", "tender",
        "loan", "court", "legal", "internal", "regulatory", "state", "company", "industry", "fund", "club", "league", "city", "council",
        "federal", "local", "foreign", "finance", "treasury", "union", "investment", "management", "deal", "draft", "confidential", "leaked",
        "financial", "tax", "bankruptcy", "merger", "offering", "trust", "insurance", "team", "university", "party", "cabinet", "agency",
        "regulator", "exchange", "stock", "trade", "defence", "defense", "army", "police", "airline", "hospital", "health", "energy", "oil",
        "county", "provincial", "municipal", "national", "public", "private", "equity", "buyout", "hedge", "sovereign", "wealth", "family",
        "several", "other", "some", "many", "two", "three", "four", "five",
    };

    /// <summary>Words opening a document's description: "from the pension fund", "of the board meeting", "filed at Companies House".</summary>
    private static readonly HashSet<string> _documentDescriptionOpeners = new(StringComparer.Ordinal)
    {
        "from", "of", "filed", "submitted", "at", "with", "in", "on", "dated", "prepared", "sent", "for", "to", "issued", "published",
        "released", "lodged", "presented", "circulated", "seen", "reviewed", "obtained", "viewed", "provided", "supplied",
    };

    /// <summary>Verbs a document shows with.</summary>
    private static readonly HashSet<string> _documentVerbs = new(StringComparer.Ordinal)
    {
        "show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated", "state", "states", "stated",
        "suggest", "suggests", "suggested", "confirm", "confirms", "confirmed", "disclose", "discloses", "disclosed", "detail", "details",
        "detailed", "say", "says", "said",
    };

    /// <summary>Adds the sweep's sources; true when it added unnamed people.</summary>
    private static bool PeopleDocumentSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames, bool anonymous)
    {
        JournalistSources(text, sentence, found, seenNames);
        DocumentSources(text, sentence, found, seenNames);
        if (anonymous || found.Any(f => f.Kind == SourceKind.Anonymous))
        {
            return false;
        }

        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if (UnnamedPeopleAt(text, sentence, i) is { } people)
            {
                found.Add(people);
                return true;
            }
        }

        return false;
    }

    // ---- Journalists and third parties' people ----

    /// <summary>Reads journalists and third parties' people at every word.</summary>
    private static void JournalistSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if ((OutletPossessiveWriter(sentence, i) ?? PersonOfOutlet(sentence, i) ?? OutletRoleWriter(sentence, i) ?? AppositiveThirdParty(sentence, i)) is { } hit)
            {
                Replace(text, words, hit.Source, hit.Whole, found, seenNames);
            }
        }
    }

    /// <summary>Puts <paramref name="source"/> in place of any named source inside <paramref name="whole"/> (the person read as a name).</summary>
    private static void Replace(string text, List<Word> words, (int First, int Last) source, (int First, int Last) whole, List<SourceMention> found, HashSet<int> seenNames)
    {
        var mention = Span(text, SourceKind.Named, words[source.First].Start, words[source.Last].End);
        var span = Span(text, SourceKind.Named, words[whole.First].Start, words[whole.Last].End);
        if (found.Any(f => f.Kind == SourceKind.Named && f.Start == mention.Start && f.Length == mention.Length))
        {
            return;
        }

        // "The Globe and Mail's Katie Roof reported": a name already read over the outlet ("The Globe and Mail") is kept whole.
        // The rest of the frame (the journalist) must lie outside it: "Pamela Barbaglia of Reuters" read whole gives way to Reuters.
        var rest = source.First > whole.First ? Span(text, SourceKind.Named, words[whole.First].Start, words[source.First - 1].End)
            : source.Last < whole.Last ? Span(text, SourceKind.Named, words[source.Last + 1].Start, words[whole.Last].End) : null;
        var covering = found.FirstOrDefault(f => f.Kind == SourceKind.Named && f.Start <= mention.Start && f.Start + f.Length >= mention.Start + mention.Length
            && (rest is null || !Overlaps(f, rest)));
        found.RemoveAll(f => f.Kind == SourceKind.Named && Overlaps(f, span) && f != covering);
        if (covering is null)
        {
            found.Add(mention);
            seenNames.Add(mention.Start);
        }
    }

    /// <summary>"the Athletic's George Caulkin claimed", "Reuters' Pamela Barbaglia reported that": the outlet.</summary>
    private static ((int First, int Last) Source, (int First, int Last) Whole)? OutletPossessiveWriter(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!words[i].Possessive || !words[i].IsCapitalised || PersonRunFrom(words, i + 1) is not { } person || person.Last + 1 >= words.Count
            || !_journalistVerbs.Contains(words[person.Last + 1].Lower) || words[person.Last].EndsPhrase)
        {
            return null;
        }

        var first = i;
        while (first > 0 && words[first - 1].IsCapitalised && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            first--;
        }

        first -= first > 0 && words[first - 1].Lower == "the" && !words[first - 1].EndsPhrase ? 1 : 0;

        // "Abu Dhabi's Mubadala …", "India's Bharti …", "Billionaire Mukesh Ambani's Reliance …": a place's or a person's, no outlet's.
        if (Enumerable.Range(first, i - first + 1).Any(k => Lexicon.Places.Contains(words[k].Core)) || sentence.NameAt[i] is { Kind: NameKind.Person })
        {
            return null;
        }

        return first == 0 || words[first - 1].EndsPhrase || words[first - 1].Lower is "that" or "but" or "and" ? ((first, i), (first, person.Last)) : null;
    }

    /// <summary>"reports Pamela Barbaglia of Reuters", "according to Kim Jae-won of Bloomberg": the outlet.</summary>
    private static ((int First, int Last) Source, (int First, int Last) Whole)? PersonOfOutlet(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var cites = words[i].Lower is "reports" or "reported" or "wrote" or "writes" or "said" or "says" or "claimed" or "claims"
            || (words[i].Lower == "to" && i > 0 && words[i - 1].Lower == "according");
        if (!cites || words[i].EndsPhrase || PersonRunFrom(words, i + 1) is not { } person || words[person.Last].EndsPhrase
            || person.Last + 2 >= words.Count || words[person.Last + 1].Lower != "of" || OutletRunFrom(words, person.Last + 2) is not { } outlet)
        {
            return null;
        }

        // "said John Smith of Amazon" of an Amazon deal: a party.
        return IsWrittenElsewhere(words, outlet, (i, outlet.Last)) ? null : (outlet, (person.First, outlet.Last));
    }

    /// <summary>
    /// "Bloomberg columnist Matt Levine wrote", "according to Reuters reporter Kim Jae-won": the outlet; "according to Saudi Arabian
    /// journalist Tariq Al Nofal", "Veteran journalist X reported": the journalist.
    /// </summary>
    private static ((int First, int Last) Source, (int First, int Last) Whole)? OutletRoleWriter(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_journalistRoles.Contains(words[i].Lower) || words[i].EndsPhrase || PersonRunFrom(words, i + 1) is not { } person)
        {
            return null;
        }

        var after = person.Last + 1;
        var cited = after >= words.Count || (words[person.Last].EndsPhrase && words[person.Last].After != ',')
            || (after < words.Count && _journalistVerbs.Contains(words[after].Lower) && !words[person.Last].EndsPhrase);
        var opener = i - 1;
        while (opener >= 0 && !words[opener].EndsPhrase && (words[opener].IsCapitalised || words[opener].Lower is "the" or "veteran" or "senior" or "freelance" or "investigative"))
        {
            opener--;
        }

        var citing = opener < 0 || words[opener].EndsPhrase || words[opener].Lower is "to" or "by" or "that" or "citing" or "per";
        if (!cited && !(opener >= 0 && words[opener].Lower == "to"))
        {
            return null;
        }

        if (!citing && !(opener >= 1 && words[opener].Lower is not ("to" or "by") && LowerDescriptorsToCitation(words, opener)))
        {
            return null;
        }

        // The capitalised run right before the role is the outlet ("Bloomberg columnist"); "Saudi Arabian journalist" is a place, not one.
        var outletLast = i - 1;
        var outletFirst = outletLast;
        while (outletFirst >= 0 && outletFirst > opener && words[outletFirst].IsCapitalised)
        {
            outletFirst--;
        }

        outletFirst++;
        if (outletFirst <= outletLast && !IsPlaceWords(words, outletFirst, outletLast) && !(outletFirst == 0 && outletFirst == outletLast && words[0].Lower is "veteran" or "senior"))
        {
            return ((outletFirst, outletLast), (outletFirst, person.Last));
        }

        return (person, (i, person.Last));
    }

    /// <summary>"according to Saudi Arabian journalist": lower-case and place words back to "according to".</summary>
    private static bool LowerDescriptorsToCitation(List<Word> words, int k)
    {
        for (var j = k; j >= 1 && k - j < 4; j--)
        {
            if (words[j].Lower == "to" && words[j - 1].Lower == "according")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Saudi Arabian", "British": words of a place or nationality, not an outlet.</summary>
    private static bool IsPlaceWords(List<Word> words, int first, int last) =>
        Enumerable.Range(first, last - first + 1).All(k => words[k].Lower.EndsWith("an", StringComparison.Ordinal) || words[k].Lower.EndsWith("ese", StringComparison.Ordinal)
            || words[k].Lower.EndsWith("ish", StringComparison.Ordinal) || words[k].Lower.EndsWith("ic", StringComparison.Ordinal) || words[k].Lower is "saudi" or "veteran" or "senior" or "us" or "uk");

    /// <summary>
    /// "said Toni Sacconaghi, an analyst at Bernstein", "X, a strategist at JPMorgan Chase, said", "according to X, an economist at Y",
    /// "said X, the head of JPMorgan Chase's advisory team", "said X, a journalist who covers the club" (the journalist).
    /// </summary>
    private static ((int First, int Last) Source, (int First, int Last) Whole)? AppositiveThirdParty(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (PersonRunFrom(words, i) is not { } person || !words[person.Last].EndsPhrase || words[person.Last].After != ',' || person.Last + 2 >= words.Count)
        {
            return null;
        }

        var before = i - 1;
        var inverted = before >= 0 && words[before].Lower is "said" or "says" or "wrote" or "writes" or "added" or "estimated" or "noted" or "explained";
        var cited = before >= 1 && words[before].Lower == "to" && words[before - 1].Lower == "according";
        var opens = before < 0 || words[before].EndsPhrase;
        var j = person.Last + 1;
        j += words[j].Lower is "a" or "an" or "the" ? 1 : 0;
        var roleAt = -1;
        for (var k = j; k < words.Count && k <= j + 3; k++)
        {
            if (_thirdPartyRoles.Contains(words[k].Lower) || words[k].Lower is "head" or "chief")
            {
                roleAt = k;
                break;
            }

            if (words[k].EndsPhrase || words[k].IsCapitalised)
            {
                break;
            }
        }

        if (roleAt < 0 || roleAt + 1 >= words.Count)
        {
            return null;
        }

        var end = roleAt;
        while (end + 1 < words.Count && !words[end].EndsPhrase && end - roleAt < 10)
        {
            end++;
        }

        // After the appositive: ", said" when the person opens the clause; the sentence's end when inverted or cited.
        var closes = end + 1 >= words.Count || (words[end].After == '.' && !words[end].EndsPhrase) || words[end].After is '.';
        var thenSaid = end + 1 < words.Count && _unnamedPeopleVerbs.Contains(words[end + 1].Lower);
        if (!((inverted || cited) && (closes || words[end].EndsPhrase)) && !(opens && thenSaid))
        {
            return null;
        }

        var third = _thirdPartyRoles.Contains(words[roleAt].Lower);
        var firm = FirmIn(words, roleAt + 1, end);
        if (firm is null)
        {
            // "a journalist who covers the club": the journalist, by name.
            return _journalistRoles.Contains(words[roleAt].Lower) ? (person, (person.First, end)) : null;
        }

        // "the head of JPMorgan Chase's … advisory team" is a third party only when said or cited, when the firm owns a part ("'s … team")
        // and is not written elsewhere: "Gareth Burns, head of BP Ventures, told The Times" speaks for BP; a party's head is the party.
        if (!third && (IsWrittenElsewhere(words, firm.Value, (i, end)) || words[roleAt].Lower is "chief" || !(inverted || cited) || !words[firm.Value.Last].Possessive))
        {
            return null;
        }

        return third || !IsWrittenElsewhere(words, firm.Value, (i, end)) ? (firm.Value, (person.First, end)) : null;
    }

    /// <summary>The firm of a role's description: after "at / for / with / of" ("an analyst at Bernstein", "the head of JPMorgan Chase's").</summary>
    private static (int First, int Last)? FirmIn(List<Word> words, int from, int end)
    {
        for (var k = from; k < end + 1 && k < words.Count; k++)
        {
            if (words[k].Lower is "at" or "for" or "with" or "of" && k + 1 <= end && OutletRunFrom(words, k + 1) is { } run && run.Last <= end)
            {
                return run;
            }

            if (words[k].Lower is "who" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A person's name: two to four capitalised words from <paramref name="j"/> ("Pamela Barbaglia", "Tariq Al Nofal").</summary>
    private static (int First, int Last)? PersonRunFrom(List<Word> words, int j)
    {
        if (j >= words.Count || !words[j].IsCapitalised || words[j].InBrackets || words[j].Lower is "the" or "a" or "an" || words[j].Possessive)
        {
            return null;
        }

        var last = j;
        while (last + 1 < words.Count && last - j < 3 && !words[last].EndsPhrase && !words[last].Possessive && words[last + 1].IsCapitalised && !words[last + 1].InBrackets)
        {
            last++;
        }

        var orgLike = Enumerable.Range(j, last - j + 1).Any(k => _orgWords.Contains(words[k].Lower) || Lexicon.CorporateSuffixes.Contains(words[k].Core)
            || Lexicon.OrganisationEndings.Contains(words[k].Core) || Lexicon.Places.Contains(words[k].Core));
        return last > j && !words[last].Possessive && !orgLike ? (j, last) : null;
    }

    /// <summary>Words that make a capitalised run an organisation, not a person.</summary>
    private static readonly HashSet<string> _orgWords = new(StringComparer.Ordinal)
    {
        "bank", "group", "capital", "partners", "fund", "news", "times", "journal", "post", "research", "economics", "holdings", "inc", "corp",
        "ltd", "ventures", "securities", "media", "press", "agency", "sachs", "chase", "stanley", "information", "reuters", "bloomberg",
        "enterprises", "industries", "limited", "company", "investment", "authority", "health", "healthcare", "energy", "motors", "airways",
        "telecom", "systems", "labs", "technologies", "platforms", "school", "university", "institute", "economics",
    };

    /// <summary>An outlet or firm: "Reuters", "the Financial Times", "JPMorgan Chase" (possessive ends it).</summary>
    private static (int First, int Last)? OutletRunFrom(List<Word> words, int j)
    {
        j += j < words.Count && words[j].Lower == "the" && j + 1 < words.Count && words[j + 1].IsCapitalised ? 1 : 0;
        if (j >= words.Count || !words[j].IsCapitalised || words[j].InBrackets)
        {
            return null;
        }

        var last = j;
        while (last + 1 < words.Count && !words[last].EndsPhrase && !words[last].Possessive)
        {
            if (words[last + 1].IsCapitalised && !words[last + 1].InBrackets)
            {
                last++;
            }
            else if (last + 2 < words.Count && words[last + 1].Lower is "of" && words[last + 2].IsCapitalised && !words[last + 1].EndsPhrase)
            {
                last += 2; // "London School of Economics"
            }
            else
            {
                break;
            }
        }

        return (j, last);
    }

    /// <summary>True when the run's words are written again outside <paramref name="span"/> (a party of the deal).</summary>
    private static bool IsWrittenElsewhere(List<Word> words, (int First, int Last) run, (int First, int Last) span)
    {
        var first = words[run.First].Core;
        return Enumerable.Range(0, words.Count).Any(k => (k < span.First || k > span.Last) && string.Equals(words[k].Core, first, StringComparison.Ordinal));
    }

    /// <summary>
    /// "received a £37m cash injection from an investor, said Thanh Ha Pham, …": the deal's own object read as a speaker before a named
    /// one is dropped (an anonymous person right after "from" whose "said" names someone).
    /// </summary>
    internal static void DropPartyObjectsBeforeSaid(SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        found.RemoveAll(f => f.Kind == SourceKind.Anonymous && words.FindIndex(w => w.Start == f.Start) is var k and > 0 && words[k - 1].Lower is "from" or "by"
            && words.FindIndex(w => w.End == f.Start + f.Length) is var e and >= 0 && e + 2 < words.Count && words[e].After == ',' && words[e + 1].Lower == "said"
            && words[e + 2].IsCapitalised);
    }

    // ---- Unnamed people by modifier, organisation or role ----

    /// <summary>
    /// "pension officials said", "officials at the ministry told", "an official of the Japanese bank said", "…, said senior officials.",
    /// "according to a board member", "X, who asked not to be identified, said": the people, anonymous.
    /// </summary>
    private static SourceMention? UnnamedPeopleAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (!_unnamedPeopleRoles.Contains(words[i].Lower) || words[i].InBrackets)
        {
            return null;
        }

        var role = words[i].Lower;
        if (role is "member" or "members" && !(i > 0 && words[i - 1].Lower == "board"))
        {
            return null;
        }

        // Back over describing words to a count or the clause's opening.
        var first = i;
        while (first > 0 && i - first < 4 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive && !IsCapitalisedName(sentence, first - 1)
            && !_speakerNotDescribing.Contains(words[first - 1].Lower) && words[first - 1].Lower is not ("said" or "told" or "says" or "that" or "but" or "while"))
        {
            first--;
        }

        // "a Naver official", "the company's officials", "its executives": the party's own.
        if ((first > 0 && !words[first - 1].EndsPhrase && (IsCapitalisedName(sentence, first - 1) || words[first - 1].Possessive))
            || (first > 0 && words[first - 1].Lower is "its" or "their" or "his" or "her" or "our" or "the"))
        {
            return null;
        }

        // "Leo Clancy, chief executive of Enterprise Ireland, told": a named person's title, not unnamed people.
        if (Enumerable.Range(first, i - first).Any(k => words[k].Lower is "chief" or "managing" or "vice" or "deputy" or "general" or "non-executive"))
        {
            return null;
        }

        var modifiers = Enumerable.Range(first, i - first).Where(k => !_speakerCounts.Contains(words[k].Lower)).ToList();
        var bare = first == i || modifiers.Count == i - first && !_speakerCounts.Contains(words[first].Lower);

        // "people" and "sources" only with a describing word the older rules lack ("people at the bank" is read there).
        if (role is "people" or "person" or "source" or "sources" && modifiers.Count == 0 && !(i + 1 < words.Count && words[i + 1].Lower is "at"))
        {
            return null;
        }

        // A describing word the sentence uses again as a noun is the party: "government officials said" of a deal the government makes.
        if (modifiers.Any(k => words[k].Lower is not ("senior" or "top" or "junior" or "former" or "current" or "industry")
            && Enumerable.Range(0, words.Count).Any(m => (m < first || m > i) && words[m].Lower == words[k].Lower)))
        {
            return null;
        }

        // Forward over a description: "at the ministry", "of the Japanese bank", "with direct knowledge", "involved in the deal".
        var end = i;
        if (!words[i].EndsPhrase && i + 1 < words.Count && (_roleDescriptionOpeners.Contains(words[i + 1].Lower) || words[i + 1].Lower is "of" or "from"))
        {
            if (words[i + 1].Lower == "from" && i + 2 < words.Count && (words[i + 2].IsCapitalised || words[i + 2].Lower is "the" && i + 3 < words.Count && words[i + 3].IsCapitalised))
            {
                return null;
            }

            end = i + 1;
            while (end + 1 < words.Count && !words[end].EndsPhrase && end - i < 9 && !_unnamedPeopleVerbs.Contains(words[end + 1].Lower)
                && !_speakerNotAfter.Contains(words[end + 1].Lower) || (end + 1 < words.Count && words[end + 1].Lower is "to" or "and" && !words[end].EndsPhrase && end - i < 9))
            {
                end++;
            }
        }

        var span = Span(text, SourceKind.Anonymous, words[first].Start, words[end].End);
        var before = first - 1;

        // Cited: "according to officials at the ministry", "citing a board member".
        if (before >= 1 && words[before].Lower == "to" && words[before - 1].Lower == "according" && (words[end].EndsPhrase || end + 1 == words.Count))
        {
            return span;
        }

        // Inverted: "…, said senior officials." (the description runs to the clause's end).
        if (before >= 0 && words[before].Lower is "said" or "says" && before >= 1 && words[before - 1].EndsPhrase && (words[end].EndsPhrase || end + 1 == words.Count))
        {
            // "said one executive, who …" (a counted role alone) is read by the older rules.
            return modifiers.Count == 0 && end == i ? null : span;
        }

        // Subject: opening its clause, then a speaking verb (past ", who asked not to be identified,").
        var opens = before < 0 || words[before].EndsPhrase || words[before].Lower is "but" or "and" or "while";
        if (!opens)
        {
            return null;
        }

        var verb = end + 1;
        if (words[end].EndsPhrase && words[end].After == ',' && verb < words.Count && words[verb].Lower is "who")
        {
            while (verb < words.Count && !words[verb].EndsPhrase)
            {
                verb++;
            }

            verb++;
        }
        else if (words[end].EndsPhrase)
        {
            return null;
        }

        verb += verb < words.Count && words[verb].Lower is "have" or "has" or "had" ? 1 : 0;
        if (verb >= words.Count || !_unnamedPeopleVerbs.Contains(words[verb].Lower))
        {
            return null;
        }

        // A bare plural role with no description ("Officials said") is read by the older rules or left to the parties.
        return first == i && end == i && role != "insiders" ? null : span;
    }

    // ---- Documents ----

    /// <summary>Reads documents cited for the fact at every document noun.</summary>
    private static void DocumentSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (DocumentAt(text, sentence, i) is not { } document)
            {
                continue;
            }

            // "a 31-page document filed at Companies House revealed": the registry read in part ("House") gives way to it whole.
            found.RemoveAll(f => f.Kind == SourceKind.Named && f.Start > document.Start && f.Start + f.Length <= document.Start + document.Length);
            if (!found.Any(f => Overlaps(f, document)) && seenNames.Add(document.Start))
            {
                found.Add(document);
            }
        }
    }

    /// <summary>"Documents from the pension fund show", "according to court papers filed in Delaware", "as board minutes show".</summary>
    private static SourceMention? DocumentAt(string text, SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        var noun = words[i].Lower;
        if (!_documentNouns.Contains(noun) || words[i].InBrackets)
        {
            return null;
        }

        // Back over describing words: "court", "loan", "31-page", "internal", "draft", "board".
        var first = i;
        while (first > 0 && i - first < 3 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive
            && (!IsCapitalisedName(sentence, first - 1) || IsAcronym(words[first - 1]))
            && !_speakerNotDescribing.Contains(words[first - 1].Lower) && words[first - 1].Lower is not ("a" or "an" or "these" or "those" or "that" or "as" or "said" or "per"))
        {
            first--;
        }

        var describing = Enumerable.Range(first, i - first).Select(k => words[k].Lower).ToList();
        if (describing.Contains("press") || (noun is "sheet" or "sheets" && !describing.Contains("term")) || (noun == "papers" && describing.Count == 0 && !(i + 1 < words.Count && words[i + 1].Lower == "filed"))
            || (noun == "minutes" && describing.Count == 0 && !(i + 3 < words.Count && words[i + 1].Lower == "of" && Enumerable.Range(i + 2, Math.Min(4, words.Count - i - 2)).Any(k => words[k].Lower is "meeting" or "board"))))
        {
            return null;
        }

        var determiner = first - 1;
        determiner -= determiner >= 0 && words[determiner].Lower is "a" or "an" or "the" or "these" or "those" && !words[determiner].EndsPhrase ? 1 : 0;

        // Forward over a description to the verb: "from the pension fund", "of the board meeting", "filed at Companies House".
        var end = i;
        var nameEnd = i;
        var described = i + 1 < words.Count && !words[i].EndsPhrase && _documentDescriptionOpeners.Contains(words[i + 1].Lower);
        while (described && end + 1 < words.Count && !words[end].EndsPhrase && end - i < 9 && !_documentVerbs.Contains(words[end + 1].Lower))
        {
            end++;

            // Seen by an outlet (the outlet is the source, older rules); provided by a named provider (the provider is); a verb of its own.
            if (words[end].Lower is "seen" or "reviewed" or "obtained" or "viewed" or "provided" or "supplied" or "did" or "does" or "not" or "has" or "had"
                or "is" or "was" or "were" or "are" or "will" or "would" or "could" or "may")
            {
                return null;
            }
        }

        // "filed at Companies House", "filed with the Registrar of Companies": the registry is the name (as the data-sources sweep reads it).
        var nameStart = first;
        if (i + 3 < words.Count && words[i + 1].Lower is "filed" or "submitted" or "lodged" && words[i + 2].Lower is "at" or "with" or "to")
        {
            var registry = i + 3 + (words[i + 3].Lower == "the" ? 1 : 0);
            for (var k = registry; k <= end; k++)
            {
                if (words[k].IsCapitalised || (words[k].Lower is "of" or "and" && k + 1 <= end && words[k + 1].IsCapitalised))
                {
                    nameStart = registry;
                    nameEnd = k;
                }
                else
                {
                    break;
                }
            }
        }

        // "the draft IPO prospectus": the prospectus, as the older rules name it.
        (nameStart, nameEnd) = noun == "prospectus" ? (i, i) : (nameStart, nameEnd);

        // "the memo confirms", "a document shows": a document left unspecified is no source, like "the report said".
        if (first == i && end == i && noun is not "minutes")
        {
            return null;
        }

        var name = Span(text, SourceKind.Named, words[nameStart].Start, words[nameEnd].End);
        var opens = determiner < 0 || words[determiner].EndsPhrase || words[determiner].Lower is "as" or "and" or "but";
        var cited = determiner >= 1 && ((words[determiner].Lower == "to" && words[determiner - 1].Lower == "according") || words[determiner].Lower is "per" or "citing");
        if (cited && (words[end].EndsPhrase || end + 1 == words.Count))
        {
            return name;
        }

        var verb = end + 1;
        return opens && !words[end].EndsPhrase && verb < words.Count && _documentVerbs.Contains(words[verb].Lower) ? name : null;
    }
}
