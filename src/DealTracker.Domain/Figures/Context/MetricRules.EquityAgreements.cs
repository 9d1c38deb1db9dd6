namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// An equity agreement with a giver (the clause-reading sweep, branch inv73): "Perth-based Firmware Technologies has secured a $34 million
/// equity agreement with Equity Partners Fund SPC", "entered into a $25 million equity line of credit agreement with White Lion Capital",
/// "a $X funding / equity purchase / subscription agreement with X": the giver after "with" puts the money in, so it is that giver's
/// investment. A loan, debt or credit agreement without "equity" stays to the other rules, and so does "an investment deal with X" (X is as often the
/// company invested in: "CVC inked a $300 million investment deal with International Volleyball Federation").
/// </summary>
internal static partial class MetricRules
{
    private static readonly HashSet<string> _agreementKinds = new(StringComparer.Ordinal)
    {
        "equity", "funding", "subscription",
    };

    private static readonly HashSet<string> _agreementNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "line", "facility", "arrangement",
    };

    /// <summary>The word index of the giver after "with" in "a $X equity … agreement with X", or -1 when the figure opens no such agreement.</summary>
    internal static int EquityAgreementGiver(SentenceWords sentence, int first, int last)
    {
        var words = sentence.Words;
        var after = SkipConversion(words, last);
        var kind = false;
        for (var i = after; i < words.Count && i <= after + 7; i++)
        {
            var lower = words[i].Lower;
            if (lower is "loan" or "debt" or "bond" or "bonds" or "notes" or "lease" or "supply" or "offtake" or "purchase" && !kind)
            {
                return -1;
            }

            kind |= _agreementKinds.Contains(lower);
            if (lower == "with" && i > after)
            {
                // "equity agreement with X": the noun just before "with" (brackets aside: "agreement (ELOC) with").
                var noun = i - 1;
                while (noun > after && words[noun].InBrackets)
                {
                    noun--;
                }

                return kind && _agreementNouns.Contains(words[noun].Lower) && i + 1 < words.Count
                    && sentence.NameAt[i + 1] is { Kind: NameKind.Organisation } && !words[i + 1].InBrackets ? i + 1 : -1;
            }

            if (words[i].EndsPhrase && !words[i].InBrackets)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The giver's name of an equity agreement <see cref="EquityAgreementGiver"/> reads, or null.</summary>
    internal static string? EquityAgreementInvestor(SentenceWords sentence, int first, int last) =>
        EquityAgreementGiver(sentence, first, last) is var g and >= 0 ? sentence.NameAt[g]!.Text : null;
}
