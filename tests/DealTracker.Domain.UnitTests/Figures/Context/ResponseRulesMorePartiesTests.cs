using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Responses given for parties beyond the names right before the phrase (<c>ResponseRules.MoreParties</c>, <c>ResponseRules</c>):
/// relative clauses, "as did" / "So did", a described party beside a named one, "Neither company", and wordings cut at a word's end.
/// </summary>
public sealed class ResponseRulesMorePartiesTests
{
    private static List<string?> Parties(string text) => Read(text).Responses.Select(r => r.Party).ToList();

    [Theory]
    [InlineData("Microsoft, which declined to comment, invested $1 billion.", "Microsoft")]
    [InlineData("Google, which did not respond to a request for comment, invested $1 billion in the startup.", "Google")]
    [InlineData("Microsoft and Google, which both declined to comment, invested $1 billion.", "Microsoft|Google")]
    [InlineData("The deal was led by Sequoia, which declined to comment.", "Sequoia")]
    [InlineData("Amazon, which also declined to comment, is in talks to invest.", "Amazon")]
    public void Find_ResponseInARelativeClause_AnswersForItsNames(string sentence, string parties)
    {
        Assert.Equal(parties.Split('|'), Parties(sentence));
    }

    [Theory]
    [InlineData("Microsoft declined to comment, as did Google.", "Microsoft|Google")]
    [InlineData("Microsoft declined to comment, and so did Google.", "Microsoft|Google")]
    [InlineData("Amazon did not respond to a request for comment, nor did Anthropic.", "Amazon|Anthropic")]
    [InlineData("Microsoft declined to comment, as did Google and Meta.", "Microsoft|Google|Meta")]
    [InlineData("Microsoft declined to comment. So did Google.", "Microsoft|Google")]
    [InlineData("Amazon did not respond to requests for comment. Neither did Anthropic.", "Amazon|Anthropic")]
    public void Find_OthersDidTheSame_AnswersForThemToo(string sentence, string parties)
    {
        Assert.Equal(parties.Split('|'), Parties(sentence));
    }

    [Theory]
    [InlineData("Microsoft declined to comment. So did Google.")]
    [InlineData("So did Google.")]
    public void Read_SoDid_SoIsNoOrganisation(string text)
    {
        Assert.DoesNotContain(Read(text).Organisations, o => o.Name.StartsWith("So", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Samsung and SK hynix declined to comment.", "Samsung|SK hynix")]
    [InlineData("Samsung, SK hynix and Micron did not respond to requests for comment.", "Samsung|SK hynix|Micron")]
    [InlineData("SK hynix declined to comment on the report.", "SK hynix")]
    [InlineData("SK hynix and Nvidia did not immediately respond.", "SK hynix|Nvidia")]
    public void Find_LowerCaseWordInAPartysName_AnswersForTheWholeName(string sentence, string parties)
    {
        Assert.Equal(parties.Split('|'), Parties(sentence));
    }

    [Theory]
    [InlineData("Samsung and SK hynix declined to comment.", "SK hynix")]
    [InlineData("In January, SK hynix signed an investment commitment of up to $10 billion.", "SK hynix")]
    public void Read_LowerCaseWordAfterAShortCapitalsHead_IsPartOfTheName(string sentence, string name)
    {
        Assert.Contains(Read(sentence).Organisations, o => o.Name == name);
    }

    [Theory]
    // Common nouns after an acronym stay out of the name.
    [InlineData("The index rose 2%, according to PEI data.", "PEI data")]
    [InlineData("The UAE telco acquired a 9.8 per cent stake in Vodafone.", "UAE telco")]
    [InlineData("Shares rose, according to a report in US media.", "US media")]
    [InlineData("LG officials declined to comment.", "LG officials")]
    public void Read_CommonNounAfterAnAcronym_IsNoPartOfAName(string sentence, string notName)
    {
        Assert.DoesNotContain(Read(sentence).Organisations, o => o.Name == notName);
    }

    [Theory]
    [InlineData("Amazon and the company declined to comment.", "Amazon")]
    [InlineData("Samsung and the two other chipmakers did not respond to requests for comment.", "Samsung")]
    [InlineData("Google and the startup declined to comment.", "Google")]
    public void Find_NamedAndDescribedParties_AnswersForTheNamedAndAnUnnamedOne(string sentence, string party)
    {
        Assert.Equal([party, null], Parties(sentence));
    }

    [Theory]
    [InlineData("Neither company responded to requests for comment.")]
    [InlineData("Neither company immediately responded to a request for comment.")]
    [InlineData("Neither of the companies commented.")]
    [InlineData("None of the firms responded to emailed questions.")]
    [InlineData("Both companies declined to comment.")]
    public void Find_NeitherOrBothDescribed_ProposesOneResponseWithNoParty(string sentence)
    {
        Assert.Null(Assert.Single(Read(sentence).Responses).Party);
    }

    [Theory]
    [InlineData("Amazon did not respond to emailed questions.", "Amazon did not respond to emailed questions")]
    [InlineData("Amazon did not respond to emailed questions about the deal.", "Amazon did not respond to emailed questions")]
    [InlineData("OpenAI did not reply to messaged requests.", "OpenAI did not reply to messaged requests")]
    [InlineData("Amazon did not respond to emails.", "Amazon did not respond to emails")]
    [InlineData("Amazon declined to comment on the reporting.", "Amazon declined to comment")]
    public void Find_Wording_EndsAtAWordsEnd(string sentence, string wording)
    {
        Assert.Equal(wording, Assert.Single(Read(sentence).Responses).Wording);
    }
}
