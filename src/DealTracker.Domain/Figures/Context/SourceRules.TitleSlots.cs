namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Outlet titles that hold a small word ("The Globe and Mail", "Tech in Asia", "Business in Vancouver"), read whole where a citing frame
/// puts a source's name: after "according to", "told", "citing", "reported / published / seen by", "a report in / by / from", and before
/// "reported", "first reported", "said, citing", ", citing" and ", which first reported". The name finder breaks such titles at the small
/// word (it must: "Amazon and Google", "invest in Asia"), so only the frame can say they are one name. "and" joins only after a
/// capitalised "The" and never two listed outlets ("The Information and Bloomberg"); "in" joins only a place ("Tech in Asia"), never
/// after "told" (where an interview's place follows: "told Handelsblatt in Berlin").
/// </summary>
internal static partial class SourceRules
{
    /// <summary>Adds outlet titles with a small word read from their citing frame, replacing a fragment of one found before ("Globe").</summary>
    private static void TitleSlotSources(string text, SentenceWords sentence, List<SourceMention> found, HashSet<int> seenNames)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if ((TitleAfterLead(words, i) ?? TitleBeforeVerb(words, i)) is { } run && !IsPersonRun(sentence, run)
                && !found.Any(f => f.Kind == SourceKind.Anonymous && f.Start <= words[run.First].Start && words[run.First].Start < f.Start + f.Length))
            {
                AddRun(text, words, run, found, seenNames);
            }
        }
    }

    /// <summary>A title right after a citing word at <paramref name="i"/>: "according to Tech in Asia", "as first reported by The Globe and Mail".</summary>
    private static (int First, int Last)? TitleAfterLead(List<Word> words, int i)
    {
        var lower = words[i].Lower;
        var previous = i > 0 ? words[i - 1].Lower : "";
        var lead = (lower == "to" && previous is "according" or "spoke" or "speaking" or "talking")
            || lower is "told" or "citing" or "quoting"
            || (lower == "by" && i > 0 && ReportedBy(words, i))
            || (lower is "in" or "from" or "by" && _reportNouns.Contains(previous));
        if (!lead || words[i].EndsPhrase || i + 1 >= words.Count)
        {
            return null;
        }

        var first = words[i + 1].Lower == "the" && words[i + 1].Core != "The" ? i + 2 : i + 1;
        return JoinedTitle(words, first, joinIn: lower != "told" && previous is not ("spoke" or "speaking" or "talking"));
    }

    /// <summary>A title right before its report verb at <paramref name="i"/>: "Tech in Asia reported", "The Globe and Mail, citing sources, said".</summary>
    private static (int First, int Last)? TitleBeforeVerb(List<Word> words, int i)
    {
        if (i < 3 || words[i - 1].EndsPhrase && words[i - 1].After != ',')
        {
            return null;
        }

        var lower = words[i].Lower;
        var next = i + 1 < words.Count ? words[i + 1].Lower : "";
        var comma = words[i - 1].After == ',';
        var verb = (!comma && lower is "reported" or "reports" or "revealed" && ReportedNotOwnResults(words, i))
            || (!comma && lower is "first" or "earlier" or "previously" && next is "reported" or "revealed")
            || (!comma && lower is "said" or "says" && words[i].After == ',' && next == "citing")
            || (comma && lower == "citing")
            || (comma && lower == "which" && next is "first" or "reported" or "broke" or "earlier");
        if (!verb)
        {
            return null;
        }

        // Back over capitalised words and one small word to the title's first word; past the outlet's writer ("Tech in Asia's Katie Roof").
        var end = i - 1;
        end = !comma && end > 1 && words[end].IsCapitalised && words[end - 1].IsCapitalised && words[end - 2].Possessive ? end - 2 : end;
        var first = end;
        var joined = false;
        while (first > 0 && !words[first - 1].EndsPhrase && !words[first - 1].Possessive)
        {
            if (words[first - 1].IsCapitalised || IsDigitLedName(words[first - 1].Core))
            {
                first--;
            }
            else if (!joined && first > 1 && words[first - 1].Lower is "and" or "in" or "&" && words[first - 2].IsCapitalised && !words[first - 2].EndsPhrase)
            {
                first -= 2;
                joined = true;
            }
            else
            {
                break;
            }
        }

        return JoinedTitle(words, first, joinIn: true) is { } run && run.Last == end ? run : null;
    }

    /// <summary>A capitalised title from <paramref name="first"/> holding one small word ("and", "&amp;", "in"), or null when it holds none.</summary>
    private static (int First, int Last)? JoinedTitle(List<Word> words, int first, bool joinIn)
    {
        var head = first < words.Count ? CapitalSegmentEnd(words, first) : first - 1;
        if (head < first)
        {
            return null;
        }

        var joiner = head + 1;
        var tail = joiner + 1 < words.Count ? CapitalSegmentEnd(words, joiner + 1) : joiner;
        if (words[head].EndsPhrase || words[head].Possessive || tail <= joiner)
        {
            return null;
        }

        var before = string.Join(' ', words.Skip(first).Take(head - first + 1).Select(w => w.Core));
        var after = string.Join(' ', words.Skip(joiner + 1).Take(tail - joiner).Select(w => w.Core));
        var joins = words[joiner].Lower switch
        {
            "and" or "&" => words[first].Core == "The" && head > first && Lexicon.OutletName(before) is null && Lexicon.OutletName(after) is null,
            "in" => joinIn && tail == joiner + 1 && Lexicon.Places.Contains(after) && Lexicon.OutletName(before) is null,
            _ => false,
        };
        return joins ? (first, tail) : null;
    }

    /// <summary>The last word of a run of capitalised words from <paramref name="first"/> in one phrase, or <paramref name="first"/> - 1.</summary>
    private static int CapitalSegmentEnd(List<Word> words, int first)
    {
        var last = first - 1;
        while (last + 1 < words.Count && (words[last + 1].IsCapitalised || IsDigitLedName(words[last + 1].Core)) && !words[last + 1].InBrackets
               && (last < first || (!words[last].EndsPhrase && !words[last].Possessive)))
        {
            last++;
        }

        return last;
    }

    /// <summary>"36Kr", "21Vianet": a name written from digits, a capital and small letters.</summary>
    private static bool IsDigitLedName(string core)
    {
        var digits = core.TakeWhile(char.IsDigit).Count();
        return digits >= 1 && core.Length > digits + 1 && char.IsUpper(core[digits]) && core.Skip(digits + 1).Any(char.IsLower) && core.All(char.IsLetterOrDigit);
    }
}
