namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the thirty-fifth session, two citations the other rules could not read:
/// <list type="bullet">
/// <item>"according to X" inside brackets, where the name finder reads no names: "(the Cowboys are the first team with an estimated
/// valuation of more than $10 billion, according to Forbes)", "(and has been for years, according to Gallup)". The words after "to" up
/// to the bracket's end are the source when they are a listed outlet or a run of one to four capitalised words that is no person;</item>
/// <item>a researcher cited with the firm they work at, or a writer with where they write: "according to Kyle Walters, associate analyst,
/// private equity at PitchBook" (convention S6: analysts of a named firm make the firm a named source), "according to Rory Smith, writing
/// in the latest issue of Four Four Two". The organisation is the source, not the person. A partner, manager or executive at a firm
/// speaks for it (S3): "according to Mamoon Hamid, a partner at Kleiner Perkins" is left as the other rules read it.</item>
/// </list>
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Roles of a researcher cited at a firm (S6): "analyst", "economist", "strategist"; a partner or an executive speaks for their party (S3).</summary>
    private static readonly HashSet<string> _affiliationRoles = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers",
    };

    private static void BracketedAndAffiliatedSources(string text, SentenceWords sentence, List<SourceMention> found)
    {
        var words = sentence.Words;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i].Lower != "according" || words[i + 1].Lower != "to")
            {
                continue;
            }

            var source = words[i].InBrackets && words[i + 2].InBrackets ? BracketedCited(text, words, i + 2) : AffiliationCited(sentence, i + 2);
            if (source is not null && !found.Any(s => s.Start < source.Start + source.Length && source.Start < s.Start + s.Length))
            {
                // A person read as the source before ("according to Kyle Walters") gives way to the organisation.
                found.RemoveAll(s => s.Kind == SourceKind.Named && s.Start >= words[i + 2].Start && s.Start < source.Start);
                found.Add(source);
            }
        }
    }

    /// <summary>"(…, according to Forbes)": a listed outlet or one to four capitalised words, no person, closing the bracket.</summary>
    private static SourceMention? BracketedCited(string text, List<Word> words, int from)
    {
        var first = from < words.Count && words[from].Lower == "the" ? from + 1 : from;
        var last = first;
        while (last < words.Count && words[last].InBrackets && !words[last].EndsPhrase && last - first < 5)
        {
            last++;
        }

        if (last >= words.Count || !words[last].InBrackets || words[last].After != ')' || last - first > 3)
        {
            return null;
        }

        var name = text[words[first].Start..words[last].End];
        var listed = KnownOutlet(name) is not null;
        var capitalised = Enumerable.Range(first, last - first + 1).All(k => words[k].IsCapitalised) && !Lexicon.FirstNames.Contains(words[first].Core)
            && !_affiliationRoles.Contains(words[first].Lower);
        return listed || capitalised ? Span(text, SourceKind.Named, words[first].Start, words[last].End) : null;
    }

    /// <summary>"according to Kyle Walters, associate analyst, private equity at PitchBook": the organisation after the person's role.</summary>
    private static SourceMention? AffiliationCited(SentenceWords sentence, int from)
    {
        var words = sentence.Words;
        if (from >= words.Count || sentence.NameAt[from] is not { } person || person.First != from || person.Last - person.First is < 1 or > 2
            || words[person.Last].After != ',' || person.Last + 2 >= words.Count)
        {
            return null;
        }

        // The role, then "at", "of", "with" or "writing in" and the organisation, within ten words and two commas.
        var role = false;
        var commas = 0;
        for (var k = person.Last + 1; k < words.Count && k <= person.Last + 10; k++)
        {
            role |= _affiliationRoles.Contains(words[k].Lower) || words[k].Lower == "writing";
            if (role && words[k].Lower is "at" or "of" or "with" or "in" && !words[k].EndsPhrase && k + 1 < words.Count)
            {
                var at = k + 1;
                while (at < words.Count && at <= k + 6 && words[at].Lower is "the" or "latest" or "issue" or "edition" or "of" or "a")
                {
                    at++;
                }

                if (at < words.Count && sentence.NameAt[at] is { Kind: not NameKind.Person } organisation && organisation.First == at)
                {
                    return new SourceMention(organisation.Text, SourceKind.Named, organisation.Start, organisation.End - organisation.Start);
                }

                return null;
            }

            commas += words[k].After == ',' ? 1 : 0;
            if (commas > 2 || (words[k].EndsPhrase && words[k].After != ','))
            {
                return null;
            }
        }

        return null;
    }
}
