using DealTracker.Web.Services.Intake;

namespace DealTracker.Web.UnitTests.Services.Intake;

public sealed class PaywallTests
{
    private const string Teaser = "Amazon is in talks to invest as much as $50 billion in OpenAI.\n\nThe talks are at an early stage.";

    [Theory]
    [InlineData("\n\nSubscribe to continue reading. Already a subscriber? Sign in.")]
    [InlineData(" Subscribe to continue reading.\nAlready a subscriber?\nSign in")]
    [InlineData("This article is for subscribers only.Already a subscriber?Sign in")]
    [InlineData("\n\nYou have reached your limit of free articles this month. Log in to continue reading.")]
    public void WithoutPrompts_TeaserEndingInAPrompt_KeepsOnlyTheTeaser(string prompt)
    {
        Assert.Equal(Teaser, Paywall.WithoutPrompts(Teaser + prompt));
    }

    /// <summary>Words of a prompt in the article's own sentences are the article: only a prompt's own sentence goes.</summary>
    [Theory]
    [InlineData("Netflix said its subscribers only grew 2% in the quarter.")]
    [InlineData("The film will be available to subscribers from June, and Amazon is already a member of the group.")]
    [InlineData("Users sign in to the app with a passkey.")]
    public void WithoutPrompts_ArticleSentenceWithSubscriberWords_KeepsIt(string sentence)
    {
        Assert.Equal(sentence, Paywall.WithoutPrompts(sentence));
    }
}
