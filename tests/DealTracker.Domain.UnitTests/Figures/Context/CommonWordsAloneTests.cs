using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The common-words-alone mend (NameFinder.CommonWordsAlone.cs): a word capitalised only because it opens the sentence names no
/// organisation when it stands alone there (plural people nouns, common openers, labels of pasted copy), nor does a pronoun's contraction
/// or a run of lone letters anywhere; a real company's one-word name opening a sentence stays one, and so do these words inside names.
/// </summary>
public sealed class CommonWordsAloneTests
{
    [Theory]
    [InlineData("Officials said the round could reach $5 billion.", "Officials")]
    [InlineData("Executives declined to comment on the $5 billion deal.", "Executives")]
    [InlineData("Spokespeople for Amazon did not respond to the $5 billion question.", "Spokespeople")]
    [InlineData("Salespeople said the $5 billion contract was signed.", "Salespeople")]
    [InlineData("Businessmen close to the deal put it at $5 billion.", "Businessmen")]
    [InlineData("Representatives of Amazon put it at $5 billion.", "Representatives")]
    [InlineData("Lawmakers questioned the $5 billion grant to Intel.", "Lawmakers")]
    [InlineData("Bankers working on the $5 billion listing said Amazon agreed.", "Bankers")]
    public void Read_PluralPeopleNounOpeningSentence_IsNoOrganisation(string text, string word)
    {
        Assert.DoesNotContain(word, Read(text).Organisations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Figures from the filing show Amazon invested $5 billion.", "Figures")]
    [InlineData("Advanced talks with Amazon on a $5 billion deal are under way.", "Advanced")]
    [InlineData("So Amazon will invest $5 billion.", "So")]
    [InlineData("Headline: Amazon to invest $5 billion in Anthropic", "Headline")]
    [InlineData("Body: Amazon will invest $5 billion in Anthropic.", "Body")]
    [InlineData("Line: Amazon will invest $5 billion in Anthropic.", "Line")]
    [InlineData("Additional investors put in $5 billion.", "Additional")]
    [InlineData("Talks stalled; Preliminary terms put the round at $5 billion.", "Preliminary")]
    public void Read_CommonWordOpeningSentenceOrClause_IsNoOrganisation(string text, string word)
    {
        Assert.DoesNotContain(word, Read(text).Organisations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("We\u2019re raising $1 billion, Amazon said.", "We\u2019re")]
    [InlineData("We're raising $1 billion, Amazon said.", "We're")]
    [InlineData("They've put in $1 billion, Amazon said.", "They've")]
    [InlineData("It\u2019ll take $1 billion, Amazon said.", "It\u2019ll")]
    [InlineData("Amazon said: I'm investing $1 billion.", "I'm")]
    [InlineData("Don't expect $1 billion, Amazon said.", "Don't")]
    public void Read_PronounContraction_IsNoOrganisation(string text, string word)
    {
        var organisations = Read(text).Organisations.Select(o => o.Name).ToList();

        Assert.DoesNotContain(word, organisations);
        Assert.Contains("Amazon", organisations);
    }

    [Theory]
    [InlineData("Amazon will invest $1 billion. \u00c1 \u00c9 \u00cd \u00d3 \u00da")]
    [InlineData("Amazon will invest $1 billion, said A B C.")]
    [InlineData("Amazon will invest $1 billion. \u00c9 \u00c8 \u00ca said.")]
    public void Read_RunOfLoneLetters_IsNoOrganisation(string text)
    {
        Assert.Equal(["Amazon"], Read(text).Organisations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Officials", "Nvidia invested $2 billion in the startup.", "Nvidia")]
    [InlineData("Executives", "Anthropic raised $3 billion from investors.", "Anthropic")]
    [InlineData("Figures", "Figure AI raised $1 billion from investors.", "Figure AI")]
    [InlineData("Advanced", "Advanced Micro Devices will invest $1 billion.", "Advanced Micro Devices")]
    [InlineData("So", "Stripe raised $6 billion from investors.", "Stripe")]
    [InlineData("Spokespeople", "Grammarly raised $1 billion from investors.", "Grammarly")]
    [InlineData("Headline", "Line Corp will invest $1 billion.", "Line Corp")]
    public void Read_CommonWordThenRealCompanyOpeningSentences_OnlyTheCompanyIsAnOrganisation(string common, string sentence, string name)
    {
        var text = $"{common} said talks were going well. {sentence}";

        Assert.Equal([name], Read(text).Organisations.Select(o => o.Name));
    }
}
