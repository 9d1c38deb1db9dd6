using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

/// <summary>The one rule for "the same name" of outlets, parties and deals, shared by the editor and the import.</summary>
public sealed class CatalogEditorTests
{
    private static readonly IReadOnlyList<KnownName> _outlets = [KnownName.Of(1, "Reuters", "reuters"), KnownName.Of(2, "The Wall Street Journal", "wsj")];

    private static readonly IReadOnlyList<KnownName> _parties =
        [KnownName.Of(1, "Amazon", "amazon"), KnownName.Of(2, "Amazon Web Services (AWS)", "aws"), KnownName.Of(3, "Société Générale")];

    [Theory]
    [InlineData("Reu\u200Bters")]
    [InlineData("\uFF32\uFF45\uFF55\uFF54\uFF45\uFF52\uFF53")]
    [InlineData("REUTERS")]
    [InlineData(" Reuters\u00AD ")]
    [InlineData("R\u0435ut\u0435rs")]
    public void OutletNameError_SameNameInAnotherForm_RefusedAsTheSameName(string name)
    {
        Assert.Equal("There is already an outlet called Reuters.", CatalogEditor.OutletNameError(name, null, _outlets));
    }

    [Theory]
    [InlineData("Ama\u200Bzon", "There is already a party called Amazon.")]
    [InlineData("AMAZON", "There is already a party called Amazon.")]
    [InlineData("Socie\u0301te\u0301  Ge\u0301ne\u0301rale", "There is already a party called Société Générale.")]
    [InlineData("Amazon.com Inc.", "“Amazon.com Inc.” is the party already called Amazon: edit Amazon rather than adding it again.")]
    [InlineData("AWS", "“AWS” is the party already called Amazon Web Services (AWS): edit Amazon Web Services (AWS) rather than adding it again.")]
    [InlineData("Societe Generale", "“Societe Generale” is the party already called Société Générale: edit Société Générale rather than adding it again.")]
    public void PartyNameError_NameOfAStoredParty_RefusedNamingIt(string name, string error)
    {
        Assert.Equal(error, CatalogEditor.PartyNameError(name, null, _parties));
    }

    [Theory]
    [InlineData("Amazon Pharmacy")]
    [InlineData("OpenAI")]
    public void PartyNameError_NewName_Null(string name)
    {
        Assert.Null(CatalogEditor.PartyNameError(name, null, _parties));
    }

    [Fact]
    public void PartyNameError_KeepingItsOwnStoredName_Null()
    {
        // Stored beside "Amazon.com" before names were compared this way: its own name stays allowed.
        Assert.Null(CatalogEditor.PartyNameError("Amazon Inc.", "Amazon Inc", [KnownName.Of(9, "Amazon.com")]));
    }

    [Theory]
    [InlineData("amazon investment in openai (2026 round)")]
    [InlineData("Amazon  investment in OpenAI (2026\u200B round)")]
    public void DealTitleError_TitleInUse_RefusedNamingTheDeal(string title)
    {
        Assert.Equal(
            "There is already a deal called Amazon investment in OpenAI (2026 round): give this one a title that tells them apart.",
            CatalogEditor.DealTitleError(title, null, ["AWS–OpenAI compute agreement (Nov 2025)", "Amazon investment in OpenAI (2026 round)"]));
    }

    [Fact]
    public void DealTitleError_KeepingItsOwnTitle_Null()
    {
        Assert.Null(CatalogEditor.DealTitleError("A round", "A round", ["a round"]));
    }
}
