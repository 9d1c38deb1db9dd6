using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The outlets, wires, data providers and research brands listed in <c>Lexicon.Outlets</c> since the sixth session: written
/// sentences (none from the corpus) where a listed name in a reporting role is a named source, and the list's own hygiene.
/// </summary>
public sealed class OutletLexiconTests
{
    [Theory]
    [InlineData("Lagos-based payments startup Moniepoint raised $110 million in new funding (Reuters, TechCabal).", "Reuters|TechCabal")]
    [InlineData("Startups in Saudi Arabia raised $750 million in the first half, Magnitt said.", "Magnitt")]
    [InlineData("The lender confirmed the $50 million raise to CNBC-TV18.", "CNBC-TV18")]
    [InlineData("Egyptian fintech startups raised $300 million last year, Wamda said.", "Wamda")]
    [InlineData("The club was sold at a $6 billion valuation, reported Sportico on Monday.", "Sportico")]
    [InlineData("The chip designer is raising 100 billion won in a Series C round, reported Maeil Business Newspaper.", "Maeil Business Newspaper")]
    [InlineData("The neobank's secondary share sale values it at $75 billion, City AM reported.", "City AM")]
    [InlineData("The neobank's secondary share sale values it at $75 billion, according to City A.M.", "City A.M.")]
    [InlineData("Median annual growth of subscription software startups slowed to 20% last year, ChartMogul said.", "ChartMogul")]
    [InlineData("India's quick-commerce market could be worth $40 billion by 2030, Bernstein said.", "Bernstein")]
    [InlineData("The retailer is in advanced talks to sell a 2% stake for $1 billion, reported Times Now.", "Times Now")]
    [InlineData("The founder confirmed the $20 million round to Disrupt Africa.", "Disrupt Africa")]
    [InlineData("A company official told Business Line that the plant would cost Rs 2,000 crore.", "The Hindu BusinessLine")]
    [InlineData("Secondary prices for the AI lab's shares rose 40% this year, Forge Global said.", "Forge Global")]
    public void Read_ListedOutletInAReportingRole_IsANamedSource(string sentence, string outlets)
    {
        Assert.Equal(outlets.Split('|'), Named(sentence));
    }

    [Fact]
    public void Outlets_KeysAddedSinceTheSixthSession_AreNoNotNameAndNoShorterThanThreeCharacters()
    {
        // Listed before the sixth session and kept as they were: two short forms and "Insider" (also an unnamed person opening a sentence).
        string[] earlier = ["FT", "AP", "Insider"];
        var offending = Lexicon.Outlets.Keys
            .Where(key => !earlier.Contains(key, StringComparer.Ordinal) && (key.Length < 3 || Lexicon.NotNames.Contains(key)))
            .ToList();

        Assert.Empty(offending);
    }
}
