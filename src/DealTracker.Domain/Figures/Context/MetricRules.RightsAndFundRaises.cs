using DealTracker.Domain.Claims;

namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// The metric-and-investor gaps sweep's readings of relabelled corpus figures the rules did not yet read (ContextCorpusTests' comments),
/// each as a class:
/// <list type="bullet">
/// <item>a named holder's right, option or ability to invest is its investment: "the agreement gives MAM the right to invest another
/// $4.1B in future projects", "the Canadian pension plan has the option to invest another $150 million";</item>
/// <item>"with SoftBank planning to invest ¥2 trillion over six years": the investor of an absolute clause after "with";</item>
/// <item>one organisation's fund raise: "the fund aims to raise around 20 billion yen in total", "SoftBank’s Vision Fund, which has so
/// far secured $97.7bn", and money raised "from its founding partners" no name names ("The joint venture has raised about $50 billion
/// from its founding partners, which also include Oracle").</item>
/// </list>
/// </summary>
internal static partial class MetricRules
{
    /// <summary>"the right to invest another $4.1B", "has the option to invest up to $150 million", "its ability to invest".</summary>
    internal static bool IsRightToInvest(List<Word> words, int first)
    {
        var v = first - 1;
        while (v > 0 && words[v].Lower is "another" or "an" or "additional" or "further" or "up" or "to" or "a" or "about" or "around" or "some" or "more"
                   or "than" or "as" or "much" && !(words[v].Lower == "to" && v > 0 && words[v - 1].Lower is "invest" or "commit"))
        {
            v--;
        }

        return v >= 3 && words[v].Lower is "invest" or "commit" && words[v - 1].Lower == "to" && words[v - 2].Lower is "right" or "rights" or "option" or "ability";
    }

    /// <summary>
    /// "the fund aims to raise around 20 billion yen in total", "Vision Fund, which has so far secured $97.7bn": a fund (a lower-case
    /// "fund" or a name ending in Fund) raising the figure.
    /// </summary>
    private static bool IsFundRaise(SentenceWords sentence, int first)
    {
        var words = sentence.Words;
        var v = first - 1;
        while (v > 0 && words[v].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "up" or "to" or "as" or "much" or "more" or "than" or "over"
                   && !(words[v].Lower == "to" && v > 0 && words[v - 1].Lower is "raise" or "secure" or "close"))
        {
            v--;
        }

        // Not a participle after a comma ("sold part of its stake … to the Public Investment Fund, raising $80-90 million").
        if (v < 1 || words[v - 1].EndsPhrase || words[v].Lower is not ("raise" or "raised" or "raises" or "raising" or "secure" or "secured" or "secures" or "securing"))
        {
            return false;
        }

        var s = v - 1;
        var relative = false;
        while (s > 0 && words[s].Lower is "aims" or "aim" or "to" or "has" or "have" or "had" or "so" or "far" or "already" or "which" or "that" or "plans"
                   or "hopes" or "seeks" or "is" or "was" or "looking" or "expected" or "will" or "would" or "now" && !words[s].EndsPhrase)
        {
            relative |= words[s].Lower == "which";
            s--;
        }

        // A fund named by its name only before a relative clause ("Vision Fund, which has"): "Founders Fund raised £400m across two new
        // funds" is a firm raising funds, not one fund's raise.
        return s >= 0 && ((words[s].Lower is "fund" or "vehicle" && words[s].Core != "Fund" && (!words[s].EndsPhrase || relative))
            || (relative && words[s].Core == "Fund" && sentence.NameAt[s] is not null));
    }

    /// <summary>"has raised about $50 billion from its founding partners", "secured roughly $50 billion in funding from its founding partners".</summary>
    private static bool IsRaisedFromItsPartners(List<Word> words, int first, int last)
    {
        var verb = first - 1;
        while (verb > 0 && words[verb].Lower is "about" or "around" or "roughly" or "nearly" or "some" or "over" or "more" or "than")
        {
            verb--;
        }

        // "has so far secured … from its founding partners": a total to date, other (RoundSizeAndTotalsSweepTests).
        if (verb < 1 || words[verb].Lower is not ("raised" or "secured" or "raises" or "secures") || (verb > 1 && words[verb - 1].Lower is "far" or "date"))
        {
            return false;
        }

        var from = SkipConversion(words, last);
        if (from + 1 < words.Count && words[from].Lower == "in" && words[from + 1].Lower is "funding" or "financing" or "capital" or "commitments")
        {
            from += 2;
        }

        return from + 3 < words.Count && words[from].Lower == "from" && words[from + 1].Lower is "its" or "their"
            && (words[from + 2].Lower is "founding" or "existing" or "original" or "anchor" ? words[from + 3] : words[from + 2]).Lower is "partners" or "backers" or "shareholders" or "investors";
    }
}
