using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("%", "%\\%%")]
    [InlineData(" 50%_off ", "%50\\%\\_off%")]
    [InlineData("a\\b", "%a\\\\b%")]
    public void LikePattern_Wildcards_AreEscapedToBeFoundLiterally(string search, string pattern)
    {
        Assert.Equal(pattern, SearchText.LikePattern(search));
    }

    [Theory]
    [InlineData("Société Générale", "SOCIÉTÉ")]
    [InlineData("Socie\u0301te\u0301 Ge\u0301ne\u0301rale", "société")]
    [InlineData("Reu\u200Bters", "reuters")]
    [InlineData("50% stake_holders", "%")]
    public void Matches_TextHoldingTheSearchInAnyForm_True(string text, string search)
    {
        Assert.True(SearchText.Matches(text, SearchText.Key(search)));
    }

    [Theory]
    [InlineData("Amazon", "%")]
    [InlineData("Amazon", "_")]
    [InlineData("Amazon", "a%n")]
    public void Matches_WildcardsInTheSearch_AreNoWildcards(string text, string search)
    {
        Assert.False(SearchText.Matches(text, SearchText.Key(search)));
    }
}
