using DealTracker.Domain.Text;

namespace DealTracker.Domain.UnitTests.Text;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t\n")]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData("\u0301\u0301")]
    [InlineData(" \u20DD ")]
    [InlineData("\u3164")]
    [InlineData("\u00AD")]
    [InlineData("\u202E")]
    public void IsBlank_NothingAReaderCanSee_True(string? text) => Assert.True(VisibleText.IsBlank(text));

    [Theory]
    [InlineData("a")]
    [InlineData("e\u0301")]
    [InlineData("\u200Bx")]
    [InlineData("\uD83D\uDE00")]
    [InlineData("$")]
    public void IsBlank_AnyVisibleCharacter_False(string text) => Assert.False(VisibleText.IsBlank(text));
}
