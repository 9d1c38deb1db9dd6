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
    [InlineData("Reuters", "R\u0435uters")]
    [InlineData("OpenAI", "\u041EpenAI")]
    [InlineData("Alpha Capital", "\u0391lpha \u0421apital")]
    [InlineData("Bloomberg News", "\u0412loomberg N\u0435ws")]
    public void Same_NamesDifferingOnlyInFormWidthInvisiblesSpaceCaseOrLookAlikeLetters_True(string a, string b) => Assert.True(SameName.Same(a, b));

    [Theory]
    [InlineData("Reuters", "Reuter")]
    [InlineData("Open AI", "OpenAI")]
    [InlineData("Société", "Societe")]
    [InlineData("\u200B", "\u200B")]
    [InlineData(null, null)]
    [InlineData("Coco", "\u0421\u043E\u0441\u043E")]
    [InlineData("Gazprom", "\u0413\u0430\u0437\u043F\u0440\u043E\u043C")]
    public void Same_DifferentOrBlankNames_False(string? a, string? b) => Assert.False(SameName.Same(a, b));

    [Theory]
    [InlineData("R\u0435uters Gr\u043Eup")]
    [InlineData("\u0413\u0430\u0437\u043F\u0440\u043E\u043C")]
    [InlineData("Socie\u0301te\u0301")]
    public void Key_OfAKey_IsTheSameKey(string name) => Assert.Equal(SameName.Key(name), SameName.Key(SameName.Key(name)));

    [Fact]
    public void Key_LoneSurrogate_KeysTheRestWithoutThrowing() => Assert.StartsWith("ab", SameName.Key("AB\uD800"), StringComparison.Ordinal);
}
