namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Subjects and what stands for them: a state or its government ("Saudi Arabia may put in", "the Japanese government will invest", "it was
/// the municipal government of Hefei that stepped in"), a description or pronoun standing for a company ("leading the German automaker to
/// claim a stake", "It will invest $1 billion"), the name opening the clause right before its money verb, the one in talks to invest, an
/// undisclosed party (none named), and a new subject putting money in between two figures.
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>Words between a verb and its subject: "will", "has agreed to", "this year".</summary>
    private static readonly HashSet<string> _ninthAuxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "has", "had", "have", "agreed", "to", "plans", "also", "already", "then", "is", "was", "set", "expected", "recently",
        "this", "last", "year", "week", "month",
    };

    /// <summary>
    /// "Sir Alan Rix is to commit $300m from his fortune to the club", "LONDON - Harlow Capital will invest up to $50m in": the name
    /// opening the clause, right before its money verb, invests (not the one the money goes to).
    /// </summary>
    private static string? SubjectOpeningTheClause(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "up" or "to" or "about" or "around" or "some" or "nearly" or "roughly" or "than" or "more" or "over")
        {
            verb--;
        }

        if (verb < 1 || words[verb].Lower is not ("invest" or "invests" or "invested" or "commit" or "commits" or "committed" or "inject" or "injected"
                or "pour" or "poured" or "pump" or "pumped"))
        {
            return null;
        }

        var s = verb - 1;
        while (s > 0 && _ninthAuxiliaries.Contains(words[s].Lower) && !words[s].EndsPhrase)
        {
            s--;
        }

        return sentence.NameAt[s] is { Possessive: false, Kind: not NameKind.Outlet } subject && subject.Last == s && !words[s].EndsPhrase
            && (subject.First == 0 || words[subject.First - 1].EndsPhrase) ? subject.Text : null;
    }

    /// <summary>"invest up to $X", "committed about $X": the money verb right before the figure, or -1.</summary>
    private static int NinthMoneyVerbBefore(List<Word> words, int first)
    {
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "up" or "to" or "about" or "around" or "some" or "nearly" or "roughly" or "than" or "more" or "over")
        {
            verb--;
        }

        return verb >= 0 && words[verb].Lower is "invest" or "invests" or "invested" or "commit" or "inject" ? verb : -1;
    }

    /// <summary>"a deal for an undisclosed party to invest up to $X": the investor is said to be unnamed, so none is named.</summary>
    private static string? UndisclosedParty(List<Word> words, int verb) =>
        verb >= 3 && words[verb - 1].Lower == "to" && words[verb - 2].Lower is "party" or "investor" or "buyer" or "investors"
        && words[verb - 3].Lower is "undisclosed" or "unnamed" or "unidentified" or "anonymous" ? "" : null;

    /// <summary>"Ghana's Minerals Fund (MF) is in talks with Atlas Lithium to invest up to $30 million": the one in talks invests.</summary>
    private static string? InTalksToInvest(SentenceWords sentence, int verb)
    {
        var words = sentence.Words;
        if (words[verb - 1].Lower != "to" || sentence.NameAt[verb - 2] is not { } partner || partner.First < 5
            || words[partner.First - 1].Lower != "with" || words[partner.First - 2].Lower is not ("talks" or "discussions" or "negotiations")
            || words[partner.First - 3].Lower != "in" || words[partner.First - 4].Lower is not ("is" or "are" or "was" or "were"))
        {
            return null;
        }

        var s = partner.First - 5;
        while (s > 0 && words[s].InBrackets)
        {
            s--;
        }

        return sentence.NameAt[s] is { Possessive: false, Kind: NameKind.Organisation } talker && talker.Last == s ? talker.Text : null;
    }

    /// <summary>"it was the municipal government of Hefei that stepped in … by investing $1 billion": the one the cleft puts first.</summary>
    private static string? TenthCleftSubject(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        for (var t = first - 1; t >= 3 && first - t <= 16; t--)
        {
            if (words[t].EndsPhrase && t < first - 1)
            {
                return null;
            }

            if (words[t].Lower is not ("that" or "who"))
            {
                continue;
            }

            for (var i = t - 1; i >= 1 && t - i <= 9; i--)
            {
                if (words[i].Lower is "was" or "is" or "were" && words[i - 1].Lower == "it")
                {
                    return sentence.Names.LastOrDefault(n => n.First > i && n.Last < t && n.Kind == NameKind.Organisation)?.Text ?? TenthGovernmentOfAPlace(sentence, i + 1, t);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"the government of Abu Dhabi", "the state of Bavaria": the place whose government the words from <paramref name="from"/> to <paramref name="to"/> name.</summary>
    private static string? TenthGovernmentOfAPlace(SentenceWords sentence, int from, int to)
    {
        var words = sentence.Words;
        for (var j = from; j + 2 < to + 1 && j + 2 < words.Count; j++)
        {
            if (words[j].Lower is "government" or "ministry" or "state" or "treasury" && words[j + 1].Lower == "of" && Lexicon.PlaceLength(words, j + 2) is var length and > 0)
            {
                return Text(sentence, j + 2, length);
            }
        }

        return null;
    }

    /// <summary>"Saudi Arabia may put in as much as $45bn": a place right before the verb is a state investing.</summary>
    private static string? StateAsSubject(SentenceWords sentence, int i)
    {
        var words = sentence.Words;

        // "Japan's industry ministry decided to invest": a state's ministry or government as the subject is the state.
        if (GovernmentOf(sentence, i) is { } state)
        {
            return state;
        }

        var start = i > 0 && Lexicon.PlaceLength(words, i - 1) == 2 ? i - 1 : i;
        var length = Lexicon.PlaceLength(words, start);

        // "The Caisse de dépôt et placement du Québec plans": a place ending an organisation's name is not the state.
        if (sentence.NameAt[i] is { } whole && whole.First < start)
        {
            return null;
        }

        if (length == 0 || start + length - 1 != i || i + 1 >= words.Count || words[i].EndsPhrase || words[i].Possessive)
        {
            return null;
        }

        var before = start > 0 ? words[start - 1].Lower : "";
        return IsStateVerb(words, i + 1) && !Lexicon.Prepositions.Contains(before) ? Text(sentence, start, length) : null;
    }

    /// <summary>
    /// "Saudi Arabia will invest", "South Korea plans", "Saudi Arabia last year said it would invest": a state's verb at word
    /// <paramref name="at"/>, past a time phrase set between them ("last year", "on Monday", "earlier").
    /// </summary>
    private static bool IsStateVerb(List<Word> words, int at)
    {
        if (at + 1 < words.Count && words[at].Lower is "last" or "this" or "on" && !words[at].EndsPhrase
            && (words[at + 1].Lower is "year" or "week" or "month" || Lexicon.Weekdays.Contains(words[at + 1].Lower)))
        {
            at += 2;
        }
        else if (at < words.Count && words[at].Lower is "earlier" or "also" or "recently" or "previously" or "already")
        {
            at++;
        }

        return at < words.Count && !words[at - 1].EndsPhrase && (words[at].Lower is "may" or "will" or "would" or "could" or "has" or "have" or "agreed"
            or "plans" or "pledged" or "committed" or "invested" or "invests" or "put" or "puts" or "is" or "was" or "pledges" or "promises" or "vows"
            or "agrees" or "decided" or "intends" or "aims"
            || (words[at].Lower is "said" or "says" or "announced" && at + 1 < words.Count && words[at + 1].Lower is "it" or "that"));
    }

    /// <summary>"Japan’s industry ministry decided", "Norway's government will": the place whose body is the subject ending at word <paramref name="i"/>.</summary>
    private static string? GovernmentOf(SentenceWords sentence, int i)
    {
        var words = sentence.Words;
        if (i + 1 >= words.Count || words[i].EndsPhrase || words[i].Lower is not ("ministry" or "government" or "treasury" or "cabinet" or "state"))
        {
            return null;
        }

        // "The Japanese government will invest": a nationality before the body.
        if (i >= 2 && words[i - 2].Lower == "the" && !words[i - 1].Possessive && Lexicon.PlaceLength(words, i - 1) == 1 && words[i + 1].Lower is not ("of" or "and"))
        {
            // Named so when the name finder reads it whole ("Japanese government").
            return i >= 3 && Lexicon.Prepositions.Contains(words[i - 3].Lower) && !words[i - 3].EndsPhrase ? null
                : sentence.NameAt[i] is { } named && named.First == i - 1 ? named.Text : words[i - 1].Core;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (words[j].Possessive && Lexicon.PlaceLength(words, j) == 1)
            {
                var before = j > 0 ? words[j - 1].Lower : "";
                return Lexicon.Prepositions.Contains(before) || words[i + 1].Lower is "of" or "and" ? null : words[j].Core;
            }

            if (words[j].EndsPhrase || !char.IsLower(words[j].Core.FirstOrDefault()))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "talks with Volkswagen Group fell through, leading the German automaker to claim a stake for $700 million", "Riyadh said the
    /// kingdom will invest": a description ("the company", "the Japanese car firm", "the lender") standing where the subject does
    /// stands for the nearest organisation (or, for "the kingdom / country", the nearest place) named before it. Empty when nothing is
    /// named before it ("The company could invest $5 billion"); null when word <paramref name="i"/> ends no such description.
    /// </summary>
    private static string? DescribedSubject(SentenceWords sentence, int i, int figure)
    {
        var words = sentence.Words;
        var noun = words[i].Lower;
        var state = noun is "kingdom" or "country" or "emirate" or "nation";
        if (!(state || Lexicon.CompanyNouns.Contains(noun)) || sentence.NameAt[i] is not null || i + 1 >= figure)
        {
            return null;
        }

        var the = i - 1;
        while (the >= 0 && i - the <= 4 && words[the].Lower != "the" && !words[the].EndsPhrase && sentence.NameAt[the] is null
               && (char.IsLower(words[the].Core.FirstOrDefault()) || Lexicon.Places.Contains(words[the].Core)))
        {
            the--;
        }

        // Not the object of a preposition ("a stake in the company"), nor of a money verb ("backed the company"); not "the company's
        // unit"; a subject is followed by its verb, not by a preposition.
        // Nor an appositive after a comma or dash ("in Jio Platforms – the firm that houses …"), a relative clause's head or an owner
        // ("the automaker's unit"). A semicolon opens a new clause, not an appositive ("…; the sovereign wealth fund has recently invested").
        var before = the > 0 ? words[the - 1].Lower : "";
        if (the < 0 || words[the].Lower != "the" || (Lexicon.Prepositions.Contains(before) && !words[the - 1].EndsPhrase) || words[i].EndsPhrase
            || (the > 0 && words[the - 1].EndsPhrase && words[the - 1].After != ';') || words[i].Possessive || words[i + 1].Lower is "that" or "which" or "who"
            || before is "backed" or "funded" or "bought" or "acquired" or "valued" or "values" or "valuing"
            || Lexicon.Prepositions.Contains(words[i + 1].Lower) && words[i + 1].Lower != "to")
        {
            return null;
        }

        for (var j = the - 1; j >= 0; j--)
        {
            if (state && Lexicon.PlaceLength(words, j) > 0)
            {
                var start = j > 0 && Lexicon.PlaceLength(words, j - 1) == 2 ? j - 1 : j;
                return Text(sentence, start, Lexicon.PlaceLength(words, start));
            }

            // "Analysts at Morgan Stanley said the fund would …": where the speakers work is not what the description stands for;
            // "sold its stake in Uber, and the Japanese group will invest": nor is what money went into.
            if (!state && sentence.NameAt[j] is { Kind: NameKind.Organisation } name && name.Last == j && !words[name.First].InBrackets
                && !(name.First > 0 && words[name.First - 1].Lower is "at" or "in" or "into" or "of" or "to" or "for" or "from" or "by"))
            {
                return name.Text;
            }
        }

        return "";
    }

    /// <summary>
    /// "It will invest $1 billion", "The Japanese carmaker plans to invest", "The company said it would put in": the sentence opens
    /// with a pronoun or a description standing for a company, right before its money verb, and names no organisation before the figure.
    /// </summary>
    public static bool OpensWithStandIn(SentenceWords sentence, int figure)
    {
        var words = sentence.Words;
        if (words.Count == 0 || sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First < figure))
        {
            return false;
        }

        var verb = -1;
        if (words[0].Lower == "it")
        {
            verb = 1;
        }
        else if (words[0].Lower == "the")
        {
            for (var j = 1; j < Math.Min(figure, 5); j++)
            {
                if (Lexicon.CompanyNouns.Contains(words[j].Lower) && !words[j].Possessive && !words[j].EndsPhrase)
                {
                    verb = j + 1;
                    break;
                }
            }
        }

        if (verb < 0 || verb >= figure)
        {
            return false;
        }

        // "The company said it would invest".
        if (words[verb].Lower is "said" or "says" && verb + 2 < figure && words[verb + 1].Lower is "it" or "that")
        {
            verb += words[verb + 1].Lower == "that" && words[verb + 2].Lower == "it" ? 3 : 2;
        }

        return PutsMoneyIn(words, verb, figure);
    }

    /// <summary>The organisation a sentence opens with as its subject (not the object of a preposition, not in brackets); null when none.</summary>
    public static string? SubjectOf(SentenceWords sentence)
    {
        var words = sentence.Words;
        var name = sentence.Names.FirstOrDefault(n => n.Kind == NameKind.Organisation && !words[n.First].InBrackets);
        return name is not null && !(name.First > 0 && Lexicon.Prepositions.Contains(words[name.First - 1].Lower) && !words[name.First - 1].EndsPhrase)
            && !name.Possessive
            ? name.Text
            : null;
    }

    /// <summary>Whether an organisation between the two figures puts money in itself: "with Nvidia and Salesforce committing another €120 million".</summary>
    public static bool NamesNewSubject(SentenceWords sentence, int from, int figure) =>
        sentence.Names.Any(n => n.Kind == NameKind.Organisation && n.First >= from && n.Last < figure && PutsMoneyIn(sentence.Words, n.Last + 1, figure));

    /// <summary>Words that open a clause set before its sentence's subject: "With a potential $15-25 billion investment, SoftBank aims …".</summary>
    private static readonly HashSet<string> _frontedOpeners = new(StringComparer.Ordinal)
    {
        "with", "after", "having", "following", "through", "by", "besides", "beyond", "alongside",
    };

    /// <summary>
    /// "With a potential $15-25 billion investment, SoftBank aims to …", "Now, after investing more than $13 billion into OpenAI …, Microsoft is
    /// …": a figure in a clause set before the sentence's subject is that subject's, when the subject is an organisation followed by its verb.
    /// </summary>
    internal static string? SubjectAfterFrontedClause(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var open = words.Count > 2 && words[0].Lower is "now" or "then" or "later" && words[0].After == ',' ? 1 : 0;
        if (open >= first || !_frontedOpeners.Contains(words[open].Lower) || words.Take(first).Skip(open).Any(w => w.EndsPhrase))
        {
            return null;
        }

        var comma = first;
        while (comma < words.Count && !words[comma].EndsPhrase)
        {
            comma++;
        }

        if (comma + 2 >= words.Count || words[comma].After != ',' || sentence.NameAt[comma + 1] is not { Kind: NameKind.Organisation, Possessive: false } subject
            || subject.First != comma + 1 || subject.Last + 1 >= words.Count || words[subject.Last].EndsPhrase)
        {
            return null;
        }

        var verb = words[subject.Last + 1];
        return verb.Core.Length > 0 && char.IsLower(verb.Core[0]) && verb.Lower is not ("and" or "or" or "of" or "in" or "to" or "for") ? subject.Text : null;
    }
}
