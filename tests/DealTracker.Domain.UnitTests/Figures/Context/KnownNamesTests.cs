using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The names the app knows (its parties and outlets) are read whole wherever a text writes them, where the guess from capitals
/// reads less of them; where the guess reads more, it stands.
/// </summary>
public sealed class KnownNamesTests
{
    private static ContextReading Read(string text, KnownNames known) => ContextReader.Read(text, FigureExtractor.Extract(text), known);

    private static FigureReading Figure(string text, string at, KnownNames known) =>
        Read(text, known).Figures.First(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    [Theory]
    // blind41 (corpus): the guess stopped at "SK", whose next word is in lower case; since NameFinder.LowerCaseBrands it reads it whole.
    [InlineData("In January this year, SK hynix signed an investment commitment of up to $10 billion (about 15.43 trillion won) to AI Company and is leading the entity's formation.", "$10 billion", "SK hynix", "SK hynix")]
    // The guess drops a place opening a name of three words or more ("British") unless a body's word ends it.
    [InlineData("British Columbia Investment Management invested $600 million in the carrier last year.", "$600 million", "British Columbia Investment Management", "Columbia Investment Management")]
    // Written variant: a name in lower case with a hyphen; since the name-shapes sweep the guess reads it too.
    [InlineData("Chipmaker d-Matrix said on Monday that it had invested $20 million in the startup.", "$20 million", "d-Matrix", "d-Matrix")]
    public void Read_KnownPartyTheGuessCutsShort_IsTheInvestorWhole(string sentence, string at, string known, string? guessed)
    {
        Assert.Equal(guessed, Figure(sentence, at, KnownNames.None).Investor);

        Assert.Equal(known, Figure(sentence, at, KnownNames.Of([known])).Investor);
    }

    [Fact]
    public void Read_KnownPartyFollowedByItsLegalForm_TakesTheLegalFormIn()
    {
        var reading = Read("Mahindra Last Mile Mobility Ltd raised ₹400 crore from the India-Japan Fund.", KnownNames.Of(["Mahindra Last Mile Mobility"]));

        Assert.Contains(reading.Organisations, o => o.Name == "Mahindra Last Mile Mobility Ltd");
        Assert.DoesNotContain(reading.Organisations, o => o.Name == "Ltd");
    }

    [Fact]
    public void Read_GuessLongerThanTheKnownName_KeepsTheGuess()
    {
        var reading = Read("Amazon Web Services agreed to provide $38 billion of cloud computing capacity to OpenAI.", KnownNames.Of(["Amazon", "OpenAI"]));

        Assert.Equal(["Amazon Web Services", "OpenAI"], reading.Organisations.Select(o => o.Name));
        Assert.Equal(Metric.ComputeCommitment, reading.Figures.Single().Metric);
    }

    [Fact]
    public void Read_KnownCapitalisedNameWrittenInLowerCase_IsNoName()
    {
        var reading = Read("Growers sold apple orchards worth $5 million to a pension fund.", KnownNames.Of(["Apple"]));

        Assert.DoesNotContain(reading.Organisations, o => o.Name.Equals("apple", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Read_KnownNameSplitByAComma_IsNotMatchedAcrossIt()
    {
        var reading = Read("Backers include SK, hynix units and others, which invested $5 million.", KnownNames.Of(["SK hynix"]));

        Assert.DoesNotContain(reading.Organisations, o => o.Name == "SK, hynix" || o.Name == "SK hynix");
    }

    [Fact]
    public void Read_KnownOutlet_IsASourceAndNoOrganisation()
    {
        const string text = "The startup is in talks to raise $300 million, Kapitalwatch reported.";

        var guessed = Read(text, KnownNames.None);
        var known = Read(text, KnownNames.Of([], ["Kapitalwatch"]));

        Assert.Contains(guessed.Organisations, o => o.Name == "Kapitalwatch");
        Assert.DoesNotContain(known.Organisations, o => o.Name == "Kapitalwatch");
        Assert.Equal("Kapitalwatch", Assert.Single(known.Sources).Name);
    }

    [Fact]
    public void Read_KnownNamesTheGuessReadsAlikeOrTheTextLacks_ChangeNothing()
    {
        const string text = "Amazon is in talks to invest up to $50 billion in OpenAI, according to people familiar with the matter.";

        var guessed = Read(text, KnownNames.None);
        var known = Read(text, KnownNames.Of(["Amazon", "OpenAI", "Nvidia"], ["The Information"]));

        Assert.Equal(guessed.Figures.Select(f => (f.Metric, f.Investor)), known.Figures.Select(f => (f.Metric, f.Investor)));
        Assert.Equal(guessed.Organisations, known.Organisations);
        Assert.Equal(guessed.Sources, known.Sources);
    }

    [Fact]
    public void Of_BlankOrLetterlessNames_KnowsNone()
    {
        Assert.True(KnownNames.Of(["", "   ", null, "123", "—"]).IsEmpty);
        Assert.False(KnownNames.Of(["SK hynix"]).IsEmpty);
    }
}
