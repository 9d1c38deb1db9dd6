using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The invisible-characters mend (ReadingText.Invisible.cs): no-break and other spaces read as spaces; format and control characters
/// inside or around a name (soft hyphen, zero-width space, joiners, word joiner, BOM, bidi marks and isolates, NUL) never stay in the
/// name returned and never hide an investor, a source or an outlet; start and length still point into the text as written.
/// </summary>
public sealed class InvisibleCharactersTests
{
    public static TheoryData<string> Spaces => new() { "\u00a0", "\u202f", "\u2007", "\u2009", "\u3000" };

    public static TheoryData<string> InWord => new() { "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u0000", "\u0007" };

    public static TheoryData<string, string> Around => new()
    {
        { "\ufeff", "" }, { "\u200e", "\u200e" }, { "\u200f", "\u200f" }, { "\u202a", "\u202c" }, { "\u202b", "\u202c" }, { "\u202d", "\u202c" },
        { "\u202e", "\u202c" }, { "\u2066", "\u2069" }, { "\u2067", "\u2069" }, { "\u2068", "\u2069" }, { "", "\u0000" }, { "\u200b", "\u200b" },
    };

    [Theory]
    [MemberData(nameof(Spaces))]
    public void Read_OutletWrittenWithOtherSpaces_MatchesTheOutlet(string space)
    {
        var text = $"The deal is worth $5 billion, according to The Wall{space}Street{space}Journal.";

        var source = Assert.Single(Read(text).Sources);

        Assert.Equal("The Wall Street Journal", source.Outlet);
        Assert.Equal("Wall Street Journal", source.Name);
        Assert.Equal($"Wall{space}Street{space}Journal", text.Substring(source.Start, source.Length));
    }

    [Theory]
    [MemberData(nameof(InWord))]
    public void Read_InvisibleCharacterInsideSource_SourceIsCleanAndSpansTheWrittenName(string mark)
    {
        var text = $"The deal is worth $5 billion, according to Reu{mark}ters.";

        var source = Assert.Single(Read(text).Sources);

        Assert.Equal(("Reuters", "Reuters"), (source.Name, source.Outlet));
        Assert.Equal($"Reu{mark}ters", text.Substring(source.Start, source.Length));
    }

    [Theory]
    [MemberData(nameof(InWord))]
    public void Read_InvisibleCharacterInsideInvestor_InvestorIsCleanAndOrganisationSpansIt(string mark)
    {
        var text = $"Ama{mark}zon will invest $8 billion in Anthropic.";

        var reading = Read(text);

        Assert.Equal((Metric.Investment, "Amazon"), (reading.Figures[0].Metric!.Value, reading.Figures[0].Investor!));
        var amazon = reading.Organisations[0];
        Assert.Equal("Amazon", amazon.Name);
        Assert.Equal($"Ama{mark}zon", text.Substring(amazon.Start, amazon.Length));
    }

    [Theory]
    [MemberData(nameof(Around))]
    public void Read_InvisibleCharactersAroundNames_InvestorAndSourceAreRead(string open, string close)
    {
        var text = $"{open}Amazon{close} will invest $8 billion in Anthropic, according to {open}Reuters{close}.";

        var reading = Read(text);

        Assert.Equal("Amazon", reading.Figures[0].Investor);
        var source = Assert.Single(reading.Sources);
        Assert.Equal("Reuters", source.Name);
        Assert.Equal("Reuters", text.Substring(source.Start, source.Length));
        Assert.All(reading.Organisations, o => Assert.Equal(o.Name, text.Substring(o.Start, o.Length)));
    }

    [Theory]
    [InlineData("\ufeffAmazon will invest $8 billion.")]
    [InlineData("Talks went on. \ufeffAmazon will invest $8 billion.")]
    [InlineData("Amazon\u0000 will invest $8 billion.")]
    [InlineData("Amazon\u0001\u0002 will invest $8 billion.")]
    [InlineData("\u2066Amazon\u2069 will invest $8 billion.")]
    public void Read_ByteOrderMarkOrControlCharacter_InvestorIsTheCleanName(string text)
    {
        var reading = Read(text);

        Assert.Equal("Amazon", reading.Figures.Single().Investor);
        Assert.Equal(["Amazon"], reading.Organisations.Select(o => o.Name));
        Assert.DoesNotContain(reading.Organisations, o => o.Name.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format));
    }

    [Theory]
    [InlineData("Amazon\u00ad declined to comment.")]
    [InlineData("\u202aAmazon\u202c declined to comment.")]
    [InlineData("Ama\u200bzon declined to comment.")]
    public void Read_InvisibleCharacterInRespondingParty_PartyIsCleanAndWordingAsWritten(string text)
    {
        var response = Assert.Single(Read(text).Responses);

        Assert.Equal("Amazon", response.Party);
        Assert.Equal(response.Wording, text.Substring(response.Start, response.Length));
        Assert.EndsWith("declined to comment", response.Wording, StringComparison.Ordinal);
    }
}
