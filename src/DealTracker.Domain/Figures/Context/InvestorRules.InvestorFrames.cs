namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The investor-frames sweep: frames where the investor is not simply the subject right before "will invest $X", read before every
/// round's rules. A per-investor bracket in a list of givers ("including B Capital ($77 million)"); money that came (in) from one giver
/// ("$500 million of which came from Silver Lake", "a further $2 billion came in from G42"); the money a relative clause says a name put
/// in ("The $11bn that Microsoft has reportedly put into OpenAI"); money added to an investment ("KKR added $500 million to its
/// investment in X"); money offered to the target ("Nvidia offered $2 billion to Intel": the one offering, not the target); an owner's
/// possessive, a person's too, before its investment ("Bill Ackman's $2 billion investment"); the passive's agent, a person too
/// ("$500 million was invested by Bill Ackman"); a name before a relative clause putting the money in ("backed by Qatar Investment
/// Authority (QIA), which has invested $77 million", "Bill Ackman, who already owns 10% of X, will invest $1 billion").
/// Each returns the investor, "" when the frame reads the figure and names none, or null when it does not apply.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Auxiliaries and adverbs between a subject and its money verb: "has reportedly put", "had already invested".</summary>
    private static readonly HashSet<string> _framedAuxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "could", "may", "might", "is", "was", "are", "were", "be", "been", "reportedly", "already",
        "also", "previously", "recently", "initially", "originally", "since", "now", "so", "far", "allegedly", "later", "then", "first",
    };

    /// <summary>Verbs (with their particle) that put the money into a company: "put into", "invested in", "pumped into".</summary>
    private static readonly HashSet<string> _putVerbs = new(StringComparer.Ordinal)
    {
        "put", "invested", "poured", "pumped", "ploughed", "plowed", "injected", "committed", "sunk", "funnelled", "funneled", "pledged",
        "contributed", "provided",
    };

    /// <summary>The investor the investor-frames sweep reads for the figure at words <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static string? FramedInvestor(SentenceWords sentence, int first, int last) =>
        first < 0 || last >= sentence.Words.Count || first > last ? null : SubjectBeforeAPlace(sentence, first) ?? FramedInvestment(sentence, first, last) ?? OfferedToTheTarget(sentence, first, last) ?? OwnersPossessiveMoney(sentence, first, last)
        ?? PassivePersonAgent(sentence, last) ?? NameBeforeAGivingClause(sentence, first) ?? DealNounOwner(sentence, first, last)
        ?? SecondSweepInvestor(sentence, first, last);

    /// <summary>The frames that also make the figure an investment (MetricRules.InvestorFrames.cs): brackets, "came from", relative "put into", "added".</summary>
    public static string? FramedInvestment(SentenceWords sentence, int first, int last) =>
        first < 0 || last >= sentence.Words.Count || first > last ? null : BracketedGiver(sentence, first, last) ?? CameInFrom(sentence, last) ?? PutIntoByARelative(sentence, last) ?? AddedToItsInvestment(sentence, first, last)
            ?? MoneyVerbInvestment(sentence, first, last) ?? SecondSweepInvestment(sentence, first, last);

    /// <summary>
    /// "raised $1.2 billion from investors including B Capital ($77 million), Baron Emerging Market Fund ($80 million)": a figure alone in
    /// brackets right after an organisation in a list of givers is that organisation's part.
    /// </summary>
    private static string? BracketedGiver(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        if (first < 2 || !words[first].InBrackets || words[first - 1].InBrackets || words[last].After != ')'
            || sentence.NameAt[first - 1] is not { Kind: NameKind.Organisation, Possessive: false } name || name.Last != first - 1)
        {
            return null;
        }

        // The list is one of givers: "investors, including …", "backers such as …", "led by …" (not "raises included Celestial AI
        // (USD 75 million)", "assets … including ING Life (1.8 trillion won)", "came from two companies - NEXTDC ($937M)").
        for (var i = name.First - 1; i >= Math.Max(0, name.First - 30); i--)
        {
            if (words[i].Lower is "investors" or "backers" or "shareholders" or "participants" or "co-investors" or "contributors" or "investor"
                || (words[i].Lower == "by" && i > 0 && words[i - 1].Lower == "led"))
            {
                return name.Text;
            }

            if (words[i].Lower is "raises" or "deals" or "rounds" or "companies" or "startups" or "start-ups" or "assets" or "acquisitions")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "$500 million of which came from Silver Lake", "a further $2 billion came in from G42": money that came from one giver is its
    /// investment; several givers ("from A and B") leave it to the round rules.
    /// </summary>
    private static string? CameInFrom(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (last < 0 || words[last].EndsPhrase && i == last + 1 || i + 2 >= words.Count)
        {
            return null;
        }

        if (words[i].Lower == "of" && words[i + 1].Lower is "which" or "this" or "that" or "it")
        {
            i += 2;
        }

        if (words[i].Lower is not ("came" or "comes" or "come") || i + 2 >= words.Count)
        {
            return null;
        }

        var from = words[i + 1].Lower is "in" or "directly" or "mainly" or "largely" ? i + 2 : i + 1;
        if (from + 1 >= words.Count || words[from].Lower != "from")
        {
            return null;
        }

        var at = words[from + 1].Lower == "the" ? from + 2 : from + 1;
        var giver = sentence.GiverAfterDescriptor(at) ?? (sentence.NameAt[at] is { Kind: NameKind.Person } person && person.First == at ? person : null);
        return giver is null || IsListed(sentence, giver) ? null : giver.Text;
    }

    /// <summary>Whether another name follows the giver in a list: "from Google, Amazon and Nvidia", "from Google and Amazon".</summary>
    private static bool IsListed(SentenceWords sentence, Name giver)
    {
        var words = sentence.Words;
        var next = giver.Last + 1;
        while (next < words.Count && words[next].InBrackets)
        {
            next++;
        }

        return next + 1 < words.Count && (words[next - 1].After == ',' || words[next].Lower is "and" or "&") && sentence.NameAt[next + (words[next].Lower is "and" ? 1 : 0)] is not null
            && !(words[next - 1].After == ',' && words[next].Lower is "which" or "who" or "a" or "an" or "the");
    }

    /// <summary>"The $11bn that Microsoft has reportedly put into OpenAI", "the $2 billion which SoftBank invested": the relative clause's subject.</summary>
    private static string? PutIntoByARelative(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (last < 0 || words[last].EndsPhrase || i + 2 >= words.Count)
        {
            return null;
        }

        // "building on $1 billion Microsoft poured into OpenAI": the relative pronoun left out, the verb's particle then written.
        var pronoun = words[i].Lower is "that" or "which";
        var at = pronoun ? i + 1 : i;
        if (sentence.NameAt[at] is not { Possessive: false } name || name.First != at || name.Kind == NameKind.Outlet)
        {
            return null;
        }

        // "that Qatar Investment Authority (QIA) has put into": past the name's bracketed short form.
        var verb = name.Last + 1;
        while (verb < words.Count && (words[verb].InBrackets || _framedAuxiliaries.Contains(words[verb].Lower)))
        {
            verb++;
        }

        // "the $2 billion Snap committed to spend on Google Cloud": money committed to a purchase, not put into a company.
        var particle = verb + 1 < words.Count && words[verb + 1].Lower is "into" or "in";
        var toAVerb = verb + 2 < words.Count && words[verb + 1].Lower == "to" && char.IsLower(words[verb + 2].Core.FirstOrDefault())
            && words[verb + 2].Lower is not ("the" or "a" or "an" or "its" or "their" or "his" or "her");
        return verb < words.Count && _putVerbs.Contains(words[verb].Lower) && !words[verb - 1].EndsPhrase && (pronoun || particle) && !toAVerb ? name.Text : null;
    }

    /// <summary>"KKR added $500 million to its investment in OpenAI": the subject adding to its own investment or stake.</summary>
    private static string? AddedToItsInvestment(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (first < 1 || next + 2 >= words.Count || words[next].Lower != "to" || words[next + 1].Lower is not ("its" or "his" or "her" or "their")
            || words[next + 2].Lower is not ("investment" or "stake" or "holding" or "commitment" or "bet"))
        {
            return null;
        }

        var verb = first - 1;
        if (words[verb].Lower is "another" or "a" or "an" or "further" or "additional" or "nearly" or "about" or "almost" or "roughly" or "some")
        {
            verb--;
        }

        return verb >= 1 && words[verb].Lower is "added" or "adds" or "add" or "adding" ? FramedSubjectOf(sentence, verb) ?? "" : null;
    }

    /// <summary>The name that is the subject of the verb at <paramref name="verb"/>, past auxiliaries ("has", "will", "reportedly"); null when none.</summary>
    private static string? FramedSubjectOf(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        var i = verb - 1;
        while (i >= 0 && (words[i].InBrackets || _framedAuxiliaries.Contains(words[i].Lower)) || i >= 1 && words[i].Lower == "to" && words[i - 1].Lower is "agreed" or "plans" or "set")
        {
            i -= words[i].Lower == "to" ? 2 : 1;
        }

        return i >= 0 && sentence.NameAt[i] is { Possessive: false, Kind: not NameKind.Outlet } name && name.Last == i && !words[i].EndsPhrase
            && (name.First == 0 || words[name.First - 1].EndsPhrase || !Lexicon.Prepositions.Contains(words[name.First - 1].Lower)) ? name.Text : null;
    }

    /// <summary>"Nvidia offered $2 billion to Intel": the one offering gives the money, the one it is offered to takes it.</summary>
    private static string? OfferedToTheTarget(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        var verb = first - 1;
        while (verb >= 1 && words[verb].Lower is "up" or "to" or "as" or "much" or "about" or "around" or "roughly" or "nearly" or "some" or "another")
        {
            verb--;
        }

        return verb >= 1 && next < words.Count && words[next].Lower == "to" && words[verb].Lower is "offered" or "offers" or "offer" or "offering"
            ? FramedSubjectOf(sentence, verb) : null;
    }

    /// <summary>
    /// "CVC Capital Partners' £365m investment in Six Nations", "Bill Ackman's planned $2 billion stake": an owner's possessive (a person's
    /// too) right before the figure of its investment, stake, bet or commitment, a word or two such as "planned" between.
    /// </summary>
    private static string? OwnersPossessiveMoney(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        if (next >= words.Count || words[last].EndsPhrase && next == last + 1
            || words[next].Lower is not ("investment" or "stake" or "bet" or "commitment" or "injection" or "infusion" or "investments"))
        {
            return AnnouncedByAPossessive(sentence, first);
        }

        var owner = first - 1;
        while (owner >= 1 && first - owner <= 2 && words[owner].Lower is "planned" or "proposed" or "initial" or "fresh" or "latest" or "new"
                   or "additional" or "earlier" or "reported" or "original" or "first" or "second" or "total" or "existing")
        {
            owner--;
        }

        return owner >= 0 && OwnerEndingAt(sentence, owner) is { } name && sentence.NameAt.ElementAtOrDefault(owner + 1) is null ? name.Text : null;
    }

    /// <summary>An organisation's or a person's possessive ending at word <paramref name="i"/>: "Bill Ackman's", "CVC Capital Partners'".</summary>
    private static Name? OwnerEndingAt(SentenceWords sentence, int i) =>
        sentence.NameAt[i] is { Kind: NameKind.Organisation or NameKind.Person } name && name.Last == i
            && (name.Possessive || sentence.Words[i].After is '\'' or '’') ? name : null;

    /// <summary>
    /// "Google's announcement of up to $40 billion", "Bill Ackman's pledge of an investment of $1 billion": the owner of the announcement,
    /// pledge or plan that names the money.
    /// </summary>
    private static string? AnnouncedByAPossessive(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var i = first - 1;
        while (i >= 1 && words[i].Lower is "up" or "to" or "as" or "much" or "about" or "around" or "roughly" or "nearly" or "some" or "more" or "than")
        {
            i--;
        }

        if (i >= 3 && words[i].Lower == "of" && words[i - 1].Lower is "investment" or "injection" && words[i - 2].Lower is "an" or "a")
        {
            i -= 3;
        }

        return i >= 2 && words[i].Lower == "of" && words[i - 1].Lower is "announcement" or "pledge" or "plan" or "plans" or "commitment" or "offer" or "promise"
            && OwnerEndingAt(sentence, i - 2) is { } owner ? owner.Text : null;
    }

    /// <summary>"$500 million was invested by Bill Ackman": a person as the passive's agent (organisations are read by <c>AgentAfter</c>).</summary>
    private static string? PassivePersonAgent(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var i = MetricRules.SkipConversion(words, last);
        if (i + 3 >= words.Count || words[i].Lower is not ("was" or "were" or "is" or "will" or "has" or "had"))
        {
            return null;
        }

        i += words[i + 1].Lower is "be" or "been" ? 2 : 1;
        return i + 2 < words.Count && _putVerbs.Contains(words[i].Lower) && words[i + 1].Lower == "by"
            && sentence.NameAt[i + 2] is { Kind: NameKind.Person, Possessive: false } person && person.First == i + 2 ? person.Text : null;
    }

    /// <summary>
    /// "backed by Qatar Investment Authority (QIA), which has invested $77 million", "Bill Ackman, who already owns 10% of X, will invest
    /// $1 billion": a name right before a "which / who" clause whose verb puts the figure in, or after which the clause's verb does.
    /// </summary>
    private static string? NameBeforeAGivingClause(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var j = first - 1; j >= 2 && first - j <= 16; j--)
        {
            if (words[j].Lower is not ("which" or "who") || words[j - 1].After != ',' && !words[j - 1].InBrackets)
            {
                continue;
            }

            var end = j - 1;
            while (end > 0 && words[end].InBrackets)
            {
                end--;
            }

            if (sentence.NameAt[end] is not { Possessive: false, Kind: NameKind.Organisation or NameKind.Person } name || name.Last != end)
            {
                return null;
            }

            var clauseEnd = ClauseCommaAfter(words, j + 1, first);
            return PutsMoneyIn(words, j + 1, first) || clauseEnd > 0 && PutsMoneyIn(words, clauseEnd + 1, first) ? name.Text : null;
        }

        return null;
    }

    /// <summary>The word ending a clause with a comma between <paramref name="from"/> and the figure, or -1: "who already owns 10% of X,".</summary>
    private static int ClauseCommaAfter(List<Word> words, int from, int figure)
    {
        for (var k = from; k < figure; k++)
        {
            if (words[k].After == ',')
            {
                return k;
            }
        }

        return -1;
    }
}
