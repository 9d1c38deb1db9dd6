using DealTracker.Domain.Figures;
using static DealTracker.Domain.UnitTests.Figures.FigureText;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// The money forms of the thirty-fourth session, each both ways: spelled decimals, scale-and-currency abbreviations, the bankers'
/// "mm", country words and codes around a dollar sign, and currency abbreviations the table lacked; since the thirty-fifth, the
/// Deutsche Mark.
/// Expected figures are written "text|amount|currency|hedge", joined by " ; ".
/// </summary>
public sealed class ScaledAndSpokenMoneyFormsTests
{

    private static void AssertFigures(string text, string expected) => Assert.Equal(expected, Describe(FigureExtractor.Extract(text)));

    [Theory]
    [InlineData("Operating profit rose to 12-point-one trillion won last quarter.", "12-point-one trillion won|12100000000000|KRW|exact")]
    [InlineData("The deal is worth 1-point-5 trillion won.", "1-point-5 trillion won|1500000000000|KRW|exact")]
    [InlineData("That is approximately eight-point-five billion U.S. dollars.", "approximately eight-point-five billion U.S. dollars|8500000000|USD|approximately")]
    [InlineData("It followed the eight-point-one billion dollar valuation of March.", "eight-point-one billion dollar|8100000000|USD|exact")]
    [InlineData("Exports reached 2-point-two-five trillion won.", "2-point-two-five trillion won|2250000000000|KRW|exact")]
    public void Extract_DecimalsSpelledAfterTheWholeNumber_ReadsTheWholeAmount(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Profit rose 31-point-eight percent on the year.")]
    [InlineData("The party set out a 10-point plan and a three-point-five percent target.")]
    [InlineData("At one point two billion people watched.")]
    public void Extract_SpelledDecimalsWithoutMoney_ReadsNoFigure(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Theory]
    [InlineData("Global Life Science Ventures closed its first fund at DM130m with private investors.", "DM130m|130000000|DEM|exact")]
    [InlineData("The fund raised DM 50 million from German investors.", "DM 50 million|50000000|DEM|exact")]
    [InlineData("It cost 20 million Deutsche Marks in 1998.", "20 million Deutsche Marks|20000000|DEM|exact")]
    public void Extract_TheDeutscheMark_ReadsDem(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Send the founder a DM 5 times before the pitch.")]
    [InlineData("She replied by DM 20 minutes later.")]
    public void Extract_ADirectMessageBeforeANumber_ReadsNoFigure(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Theory]
    [InlineData("Kavak raised more than 500 mdd in capital and debt.", "more than 500 mdd|500000000|USD|atLeast")]
    [InlineData("Clip closed a Series E of $100 MDD.", "$100 MDD|100000000|USD|exact")]
    [InlineData("The state will spend 300 mdp on the bridge.", "300 mdp|300000000|MXN|exact")]
    [InlineData("Nvidia is worth 4 mmdd now.", "4 mmdd|4000000000|USD|exact")]
    [InlineData("La start-up a levé 2,6 MDH auprès de Maroc Numeric Fund.", "2,6 MDH|2600000|MAD|exact")]
    [InlineData("The plan mobilises 1.5 MMDH in investments.", "1.5 MMDH|1500000000|MAD|exact")]
    [InlineData("Grupo Bancolombia paid a $289.1 mm transaction.", "$289.1 mm|289100000|USD|exact")]
    [InlineData("The firm raised $12 MM in seed funding.", "$12 MM|12000000|USD|exact")]
    public void Extract_ScaleAndCurrencyAbbreviations_ReadTheirFactor(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("The wafer is 300 mm wide and the MDH spice brand sells 500 packs.")]
    [InlineData("Sales grew 12 mdd on paper, said the 5 MDH note.")]
    public void Extract_UnitsAndNamesBesideTheAbbreviations_AreNoMoney(string text)
    {
        var figures = FigureExtractor.Extract(text);

        Assert.DoesNotContain(figures, f => f.Text.Contains("mm wide", StringComparison.Ordinal) || f.Text.Contains("packs", StringComparison.Ordinal));
        Assert.All(figures, f => Assert.True(f.Money.Currency is "USD" or "MAD"));
    }

    [Theory]
    [InlineData("Minmetals offered a Canadian $7 per share.", "Canadian $7|7|CAD|exact")]
    [InlineData("It made a Canadian $6.3 billion cash offer.", "Canadian $6.3 billion|6300000000|CAD|exact")]
    [InlineData("The fund raised Hong Kong $3.1 billion.", "Hong Kong $3.1 billion|3100000000|HKD|exact")]
    [InlineData("Fonterra paid New Zealand $40 million.", "New Zealand $40 million|40000000|NZD|exact")]
    [InlineData("GIC put in Singapore $2 billion.", "Singapore $2 billion|2000000000|SGD|exact")]
    [InlineData("Investment would drop to $1.4 billion CAD.", "$1.4 billion CAD|1400000000|CAD|exact")]
    [InlineData("Bimbo paid $5 million MXN for the bakery.", "$5 million MXN|5000000|MXN|exact")]
    [InlineData("It raised $90 billion USD.", "$90 billion USD|90000000000|USD|exact")]
    public void Extract_DollarNamedByCountryOrCode_ReadsThatDollar(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Kenya's startups attracted $108 million (about Kes14 billion).", "$108 million|108000000|USD|exact ; about Kes14 billion|14000000000|KES|approximately")]
    [InlineData("It lent KShs 2 billion to farmers.", "KShs 2 billion|2000000000|KES|exact")]
    [InlineData("IKR Kalia agreed to pay Wn4.8 billion for a 50% stake.", "Wn4.8 billion|4800000000|KRW|exact")]
    [InlineData("The project will cost Rbs67.5bn.", "Rbs67.5bn|67500000000|RUB|exact")]
    [InlineData("The deal is valued at N$120 million.", "N$120 million|120000000|NAD|exact")]
    [InlineData("Neuquén issued AR$7,000,000,000 in bills.", "AR$7,000,000,000|7000000000|ARS|exact")]
    [InlineData("It invested US$96 million (JPY¥14.6 billion).", "US$96 million|96000000|USD|exact ; JPY¥14.6 billion|14600000000|JPY|exact")]
    [InlineData("The stake cost $43 million (euro29.3 million).", "$43 million|43000000|USD|exact ; euro29.3 million|29300000|EUR|exact")]
    [InlineData("The fund passed its $2.5 billion (euros 2.3 billion) target.", "$2.5 billion|2500000000|USD|exact ; euros 2.3 billion|2300000000|EUR|exact")]
    [InlineData("Aescap announced a second close of E43 million.", "E43 million|43000000|EUR|exact")]
    [InlineData("European investment fell to E2.4bn.", "E2.4bn|2400000000|EUR|exact")]
    public void Extract_CurrencyAbbreviationsOfTheWires_ReadTheirCurrency(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Sony showed new games at E3 in 2019.")]
    [InlineData("The E1,000 form and the E10.50 code are no money.")]
    [InlineData("The euro 2 per cent rise hit exporters.")]
    [InlineData("Rbs and Kes are names; Wn is a typo.")]
    public void Extract_LettersThatAreNoCurrency_ReadsNoFigure(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Theory]
    [InlineData("Its shares jumped to a record high of 2077p after the bid.", "2077p|20.77|GBP|exact")]
    [InlineData("Its shares were at 1835p before the bid.", "1835p|18.35|GBP|exact")]
    public void Extract_PenceThatLookLikeAYear_ReadsThePrice(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("The mine will produce 1.85 billion pounds of copper over its life.")]
    [InlineData("The service diverted 25 million pounds of food from landfill.")]
    [InlineData("More than 1 in 4 dollars invested this year went to AI.")]
    [InlineData("East Africa took one in three dollars raised on the continent, one in every five euros in Europe.")]
    [InlineData("Nuance is a thousand-pound gorilla in the field.")]
    public void Extract_CurrencyWordsThatWeighOrShare_ReadsNoFigure(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Theory]
    [InlineData("The council spent 5 billion pounds of public money.", "5 billion pounds|5000000000|GBP|exact")]
    [InlineData("It raised 3 billion pounds of investment.", "3 billion pounds|3000000000|GBP|exact")]
    [InlineData("Cohere will buy 200 million pounds of computing power.", "200 million pounds|200000000|GBP|exact")]
    [InlineData("The firm paid 4 dollars a share.", "4 dollars|4|USD|exact")]
    [InlineData("In 2024 dollars, it raised $5 billion.", "$5 billion|5000000000|USD|exact")]
    public void Extract_PoundsAndDollarsThatPay_ReadsTheFigure(string text, string expected) => AssertFigures(text, expected);

    [Fact]
    public void Extract_YearWithoutPence_ReadsNoFigure() => Assert.Empty(FigureExtractor.Extract("The shares were first sold in 2019 and in 1998."));
}
