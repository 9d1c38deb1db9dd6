using DealTracker.Domain.Intake;

namespace DealTracker.Domain.UnitTests.Intake;

public sealed class HeadlinesTests
{
    [Theory]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI as part of a funding round valuing the ChatGPT maker at about $830 billion, people familiar with the matter say",
        "Amazon in talks to invest up to $40 billion in OpenAI as part of a funding round valuing the ChatGPT maker at about $830 billion, people familiar with the matter say")]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI as part of a funding round valuing the ChatGPT maker at about $830 billion, people familiar with the matter say",
        "Amazon in talks to invest up to $50 billion in OpenAI as part of a funding round valuing the ChatGPT maker at about $830 billion, people familiar with the matter deny")]
    public void AreSameStory_LongHeadlinesWithAnotherFigureOrADenial_IsFalse(string a, string b) =>
        Assert.False(Headlines.AreSameStory(a, b));

    [Fact]
    public void Key_HalfOfASurrogatePair_IsDroppedNotAnError()
    {
        // Built from char codes: a lone surrogate in a test's data would not survive the test runner's own serialisation.
        const char high = '\ud83d', low = '\ude00';
        Assert.Equal("acme raises $ 40 million", Headlines.Key("Acme raises $40 million " + high));
        Assert.Equal("acme raises $ 40 million", Headlines.Key(low + "Acme raises $40 million"));
        Assert.Equal("acme raises", Headlines.Key("Acme " + high + low + " raises"));
    }

    [Theory]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI, sources say", "amazon in talks to invest up to $ 50 billion in openai sources say")]
    [InlineData("  AMAZON   in talks — to invest up to $50 BILLION in OpenAI!  ", "amazon in talks to invest up to $ 50 billion in openai")]
    [InlineData("OpenAI’s valuation hits $1.5 trillion", "openais valuation hits $ 1.5 trillion")]
    [InlineData("Société Générale backs Mistral's €2bn round", "societe generale backs mistrals € 2bn round")]
    [InlineData("Shares up 5%; deal done.", "shares up 5 % deal done")]
    [InlineData("", "")]
    public void Key_Headline_LowerCaseWordsWithoutPunctuation(string headline, string expected) =>
        Assert.Equal(expected, Headlines.Key(headline));

    [Theory]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI, sources say", "Amazon in talks to invest up to $50 billion in OpenAI — sources say")]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI", "AMAZON IN TALKS TO INVEST UP TO $50 BILLION IN OPENAI")]
    [InlineData("Exclusive: Nvidia, Microsoft and SoftBank in talks to join OpenAI's $100 billion funding round", "Nvidia, Microsoft and SoftBank in talks to join OpenAI's $100 billion funding round")]
    [InlineData("UPDATE 2-Amazon in talks to invest up to $50 billion in OpenAI", "Amazon in talks to invest up to $50 billion in OpenAI, people familiar with the matter say")]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI, report says", "Amazon in talks to invest up to $50 billion in the OpenAI, Reuters reports")]
    public void AreSameStory_NearIdenticalHeadlines_IsTrue(string a, string b) =>
        Assert.True(Headlines.AreSameStory(a, b), $"{Headlines.StoryWords(Headlines.Key(a))} / {Headlines.StoryWords(Headlines.Key(b))}");

    [Theory]
    [InlineData("Amazon in talks to invest up to $50 billion in OpenAI", "Amazon in talks to invest up to $40 billion in OpenAI")]
    [InlineData("Amazon in talks to invest in OpenAI", "OpenAI in talks to invest in Amazon rival")]
    [InlineData("Copper slips as China demand cools", "Amazon in talks to invest up to $50 billion in OpenAI")]
    [InlineData("", "")]
    [InlineData("Microsoft to invest $10 billion in OpenAI over several years, people familiar say", "OpenAI to invest $10 billion in Microsoft over several years, people familiar say")]
    [InlineData("Exclusive: Amazon is in advanced talks to invest as much as $50 billion in OpenAI's new funding round, people familiar with the matter say",
        "Exclusive: Microsoft is in advanced talks to invest as much as $50 billion in OpenAI's new funding round, people familiar with the matter say")]
    [InlineData("Google in talks to invest up to $2 billion in Anthropic, sources say", "Google abandons talks to invest up to $2 billion in Anthropic, sources say")]
    [InlineData("SoftBank's Vision Fund is preparing to commit as much as $5 billion to a new AI infrastructure venture in Texas",
        "SoftBank's Vision Fund is preparing to commit as much as $5 million to a new AI infrastructure venture in Texas")]
    [InlineData("Amazon buys stake from Microsoft in data-centre venture", "Amazon buys stake in Microsoft data-centre venture")]
    [InlineData("Deals of the day", "Deals of the day")]
    [InlineData("OpenAI investors", "OpenAI")]
    public void AreSameStory_DifferentStories_IsFalse(string a, string b) =>
        Assert.False(Headlines.AreSameStory(a, b), $"{Headlines.StoryWords(Headlines.Key(a))} / {Headlines.StoryWords(Headlines.Key(b))}");

    [Theory]
    [InlineData("exclusive amazon in talks to invest up to $ 50 billion in openai sources say", "amazon in talks to invest up to $ 50 billion in openai")]
    [InlineData("update 1 the deal of the year is done", "deal year done")]
    [InlineData("google abandons talks", "google abandons talks")]
    [InlineData("openai signs oracle deal people familiar with the matter say", "openai signs oracle")]
    public void StoryWords_Key_WithoutTagsFillersAndAttribution(string key, string expected) =>
        Assert.Equal(expected, Headlines.StoryWords(key));

    private static readonly string[] _outlets = ["Reuters", "The Wall Street Journal", "Bloomberg", "Financial Times"];

    [Theory]
    [InlineData("Amazon weighs OpenAI stake - Reuters")]
    [InlineData("Amazon weighs OpenAI stake | Reuters")]
    [InlineData("Amazon weighs OpenAI stake — REUTERS")]
    [InlineData("Amazon weighs OpenAI stake – Wall Street Journal")]
    [InlineData("Amazon weighs OpenAI stake · The Wall Street Journal")]
    [InlineData("Amazon weighs OpenAI stake (Reuters)")]
    [InlineData("Amazon weighs OpenAI stake|Bloomberg")]
    [InlineData("Amazon weighs OpenAI stake - WSJ")]
    [InlineData("Amazon weighs OpenAI stake | FT")]
    public void WithoutOutletSuffix_KnownOutletAfterASeparator_IsTakenOff(string headline) =>
        Assert.Equal("Amazon weighs OpenAI stake", Headlines.WithoutOutletSuffix(headline, _outlets));

    [Theory]
    [InlineData("Nvidia earnings - live updates")]
    [InlineData("Reuters-backed fund raises $1 billion")]
    [InlineData("Amazon weighs OpenAI stake, Reuters says")]
    [InlineData("Reuters")]
    [InlineData("Amazon weighs OpenAI stake - AI")]
    [InlineData("Amazon weighs OpenAI stake - Wsj")]
    public void WithoutOutletSuffix_NoKnownOutletSuffix_KeepsTheHeadline(string headline) =>
        Assert.Equal(headline, Headlines.WithoutOutletSuffix(headline, _outlets));
}
