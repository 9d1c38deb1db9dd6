namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Givers after "by", the agent of the money: "in which $2 million were invested by PETRONAS Ventures", "an investment of Rs 7,558 crore by
/// the Abu Dhabi Investment Authority", "was backed with $2 billion by Microsoft", "a $700-million investment, led by Amazon", "$350 million
/// infusion by Google", "about $250m in funding supplied by DFJ, Rothenberg Ventures and Founders Fund".
/// </summary>
internal static partial class InvestorRules
{
    /// <summary>
    /// "in which $2 million were invested by PETRONAS Ventures" (the passive's agent), "an investment of Rs 7,558 crore by the Abu
    /// Dhabi Investment Authority" (the one making it).
    /// </summary>
    private static string? AgentAfter(SentenceWords sentence, int last, int afterFigure)
    {
        var words = sentence.Words;
        if (afterFigure + 3 < words.Count && words[afterFigure].Lower is "was" or "were" or "is" or "are" or "will")
        {
            var verb = words[afterFigure + 1].Lower == "be" ? afterFigure + 2 : afterFigure + 1;
            if (verb + 2 < words.Count && words[verb].Lower is "invested" or "contributed" or "provided" or "committed" && words[verb + 1].Lower == "by")
            {
                return sentence.GiverAfterDescriptor(words[verb + 2].Lower == "the" ? verb + 3 : verb + 2)?.Text;
            }
        }

        // "$500 million would come from others" (none named), "… will come from Temasek".
        if (afterFigure + 3 < words.Count && words[afterFigure].Lower is "will" or "would" or "could" or "is" or "was"
            && words[afterFigure + 1].Lower is "come" or "comes" && words[afterFigure + 2].Lower == "from")
        {
            return sentence.GiverAfterDescriptor(afterFigure + 3)?.Text ?? "";
        }

        if (afterFigure + 1 < words.Count && words[afterFigure].Lower == "by" && (InvestmentOf(words, first: last) || BackedWith(words, last)))
        {
            return sentence.GiverAfterDescriptor(words[afterFigure + 1].Lower == "the" ? afterFigure + 2 : afterFigure + 1)?.Text;
        }

        return null;
    }

    /// <summary>"was backed with $2 billion by Microsoft", "funded with": a passive money verb whose agent follows the figure.</summary>
    private static bool BackedWith(List<Word> words, int last)
    {
        for (var i = last; i >= Math.Max(1, last - 6); i--)
        {
            if (words[i].Lower == "with" && words[i - 1].Lower is "backed" or "funded" or "financed" or "bankrolled")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "an investment of" comes right before the figure ending at <paramref name="first"/>'s amount.</summary>
    private static bool InvestmentOf(List<Word> words, int first)
    {
        for (var i = first; i >= Math.Max(1, first - 6); i--)
        {
            if (words[i].Lower == "of" && words[i - 1].Lower is "investment" or "investments" or "injection" or "infusion")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a $700-million investment, led by Amazon"; "a $12.4 billion investment in its pipelines by a U.S.-led consortium" (none named).</summary>
    private static string? LedOrMadeBy(SentenceWords sentence, int noun)
    {
        var words = sentence.Words;
        for (var j = noun + 1; j < words.Count && j <= noun + 8; j++)
        {
            // "a $9.2 billion investment in Vantage Data Centers in June by DigitalBridge", "will be made through the agency X".
            // "a $6 billion investment backed by Japan's SoftBank Group Corp".
            if ((words[j].Lower == "by" && j > 0 && (words[j - 1].Lower is "led" or "backed" or "funded" or "financed" || j - noun >= 2
                    || (j == noun + 1 && j + 1 < words.Count && words[j + 1].IsCapitalised)))
                || (words[j].Lower == "through" && words[j - 1].Lower == "made"))
            {
                var at = j + 1 < words.Count && words[j + 1].Lower == "the" ? j + 2 : j + 1;
                at += at < words.Count && words[at].Possessive && Lexicon.PlaceLength(words, at) == 1 ? 1 : 0;
                return sentence.GiverAfterDescriptor(at)?.Text
                    ?? (j + 1 < words.Count && words[j + 1].Lower is "a" or "an" ? "" : null);
            }

            if (words[j].EndsPhrase && words[j].After != ',' || (words[j].After == ',' && !(j + 1 < words.Count && words[j + 1].Lower == "led")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"$350 million infusion by Google", "a $2 billion injection by the state fund Temasek": the agent after the noun.</summary>
    private static string? InfusionBy(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        return next + 2 < words.Count && words[next].Lower is "infusion" or "injection" or "investment" && words[next + 1].Lower == "by" && !words[next].EndsPhrase
            ? sentence.GiverAfterDescriptor(words[next + 2].Lower == "the" ? next + 3 : next + 2)?.Text
            : null;
    }

    /// <summary>"about $250m in funding supplied by DFJ, Rothenberg Ventures and Founders Fund": the first of those who supplied it.</summary>
    private static string? SuppliedBy(SentenceWords sentence, int last)
    {
        var words = sentence.Words;
        var next = MetricRules.SkipConversion(words, last);
        return next + 3 < words.Count && words[next].Lower is "in" && words[next + 1].Lower is "funding" or "capital"
            && words[next + 2].Lower is "supplied" or "provided" or "contributed" && words[next + 3].Lower == "by"
            ? sentence.GiverAfterDescriptor(next + 4)?.Text : null;
    }
}
