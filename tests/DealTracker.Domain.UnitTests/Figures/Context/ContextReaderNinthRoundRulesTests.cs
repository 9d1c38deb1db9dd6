using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind21 and blind22 showed on their first runs (the ninth round): givers named after
/// "from" past words saying what the money is, investments made by an owner's affiliate, and "X, which invested".
/// Sentences written for these tests rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderNinthRoundRulesTests
{
    private static ContextReading Read(string text) => ContextReader.Read(text, FigureExtractor.Extract(text));

    private static FigureReading Figure(string text, string at) =>
        Read(text).Figures.First(r => r.Figure.Text.Contains(at, StringComparison.Ordinal));

    // ---------------------------------------------------------------- investor

    [Theory]
    [InlineData("Battery maker Voltra will raise $400 million in capital from an affiliate of Qatar’s Investment Authority.", "$400 million", "Investment Authority")]
    [InlineData("The robotics startup secured $2.5 million of investment from Siemens in its seed round.", "$2.5 million", "Siemens")]
    [InlineData("Medtech firm Curalink received a €2 million (US$2.2 million) convertible loan from Norway’s Innovation Fund (NIF) last month.", "€2 million", "Innovation Fund")]
    [InlineData("The lender got $80 million in fresh equity from Temasek Holdings this week.", "$80 million", "Temasek Holdings")]
    public void Read_CapitalFromAGiver_NamesTheGiver(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The carmaker closed a $2 billion raise, including a $900 million investment by a QIA affiliate.", "$900 million", "QIA")]
    [InlineData("The round included a $50 million stake by a Tencent unit.", "$50 million", "Tencent")]
    public void Read_InvestmentByAnOwnersAffiliate_NamesTheOwner(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("The round was led by chip maker Veldtron, which invested €900 million in the startup.", "€900 million", "Veldtron")]
    [InlineData("The biggest backer is Northwind Capital, which has already invested about $120 million.", "$120 million", "Northwind Capital")]
    public void Read_NamedBeforeWhichInvested_NamesIt(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }
}
