using DealTracker.Domain.Text;

namespace DealTracker.Domain.UnitTests.Text;

public sealed class SameNameTests
{
    [Theory]
    [InlineData("Reuters", "Reu\u200Bters")]
    [InlineData("Reuters", "\uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53")]
    [InlineData("Société Générale", "Socie\u0301te\u0301 Ge\u0301ne\u0301rale")]
    [InlineData("Open AI", "Open  AI")]
    [InlineData("Open AI", " Open\u00A0AI\t")]
    [InlineData("SOCIÉTÉ", "société")]
    [InlineData("Amazon investment in OpenAI (2026 round)", "AMAZON INVESTMENT IN OPENAI (2026 ROUND)")]
    [InlineData("Ama\u00ADzon", "Amazon")]
    [InlineData("\u202EEvil", "Evil")]
    public void Same_NamesDifferingOnlyInFormWidthInvisiblesSpaceOrCase_True(string a, string b) => Assert.True(SameName.Same(a, b));

    [Theory]
    [InlineData("Reuters", "Reuter")]
    [InlineData("Open AI", "OpenAI")]
    [InlineData("Société", "Societe")]
    [InlineData("\u200B", "\u200B")]
    [InlineData(null, null)]
    public void Same_DifferentOrBlankNames_False(string? a, string? b) => Assert.False(SameName.Same(a, b));

    [Fact]
    public void Key_LoneSurrogate_KeysTheRestWithoutThrowing() => Assert.StartsWith("ab", SameName.Key("AB\uD800"), StringComparison.Ordinal);
}
