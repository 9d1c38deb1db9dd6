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

    [Theory]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    public void FirstBidiControl_EmbeddingOverrideOrIsolate_FindsIt(string control) =>
        Assert.Equal(control[0], VisibleText.FirstBidiControl($"ab{control}cd"));

    [Theory]
    [InlineData("Reuters")]
    [InlineData("\u200E\u200F\u061C")]
    [InlineData(null)]
    public void FirstBidiControl_NoneOrOnlyMarks_Null(string? text) => Assert.Null(VisibleText.FirstBidiControl(text));

    [Fact]
    public void WithoutBidiControls_HostileTitle_LeavesTheTextInItsStoredOrder() =>
        Assert.Equal("evil title", VisibleText.WithoutBidiControls("\u202Eevil title\u202C"));

    [Theory]
    [InlineData("\u200B=2+2 zero width first", "=2+2 zero width first")]
    [InlineData("\uFEFF=3+3 bom first", "=3+3 bom first")]
    [InlineData("\u00A0 note \u200D\u2060", "note")]
    [InlineData("\u0301\u200Bword", "word")]
    [InlineData("caf\u00E9 e\u0301", "caf\u00E9 e\u0301")]
    [InlineData("\u2764\uFE0F", "\u2764\uFE0F")]
    [InlineData("\u200B\u3164", "")]
    [InlineData("plain", "plain")]
    public void Trim_InvisibleCharactersAtTheEnds_AreTrimmedAsWhiteSpaceIs(string text, string expected) =>
        Assert.Equal(expected, VisibleText.Trim(text));

    [Theory]
    [InlineData("=1", 0)]
    [InlineData("\u200B\uFEFF=1", 2)]
    [InlineData("\u200B", 1)]
    public void FirstVisible_LeadingInvisibleCharacters_AreSkipped(string text, int expected) =>
        Assert.Equal(expected, VisibleText.FirstVisible(text));
}
