namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// A firm's name ending in "Investors" (the clause-reading sweep, branch inv73): "QED Investors", "Insight Venture Investors", "Vitruvian
/// Investors". "Investors" opens no name on its own ("Investors poured $2 billion"), but after a name's word, in the same run of
/// capitals, it ends the firm's name: "raised $75 million in its Series C round from QED Investors" is QED Investors' money, not "QED"'s.
/// </summary>
internal static partial class NameFinder
{
    /// <summary>Whether word <paramref name="next"/> is "Investors" ending the name run whose last word is <paramref name="last"/>.</summary>
    private static bool EndsWithInvestors(IReadOnlyList<Word> words, int last, int next) =>
        words[next].Core == "Investors" && !words[next].InBrackets && !words[last].Possessive && !words[last].EndsPhrase
        && words[last].IsCapitalised && !Lexicon.NotNames.Contains(words[last].Core) && !Lexicon.Places.Contains(words[last].Core);
}
