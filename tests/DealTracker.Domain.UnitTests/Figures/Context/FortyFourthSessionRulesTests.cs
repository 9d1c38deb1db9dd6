using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The forty-fourth session's rules. An outlet is cited by what was written for it ("writing for Forbes", "reported for Bloomberg
/// News"), shown to it ("a copy of which TechCrunch has reviewed") or handed to it ("data … provided exclusively to Reuters"), and
/// "according to legal filings" cites the filings; a company's statement handed to an outlet, a period reported for, and a person
/// or organisation handed something still cite nobody.
/// </summary>
public sealed class FortyFourthSessionRulesTests
{
    [Theory]
    [InlineData("Matthew Herper, writing for Forbes, notes that VCs and angel investors have invested over $2.8 billion into biotech startups.", "Forbes")]
    [InlineData("Lawyers for the creditors objected to the $3 billion plan, Giulia Morpurgo reported for Bloomberg News.", "Bloomberg News")]
    [InlineData("In an email to shareholders, a copy of which TechCrunch has reviewed, the founder offered to buy back $200 million of shares.", "TechCrunch")]
    [InlineData("That compares with just two such deals a year earlier, according to data from GlobalData provided exclusively to Reuters.", "Reuters")]
    [InlineData("The company owed $8.6 billion in total debt as of June 3, according to legal filings.", "legal filings")]
    public void Read_OutletWrittenForShownOrHandedData_NamesIt(string sentence, string source)
    {
        Assert.Contains(source, Named(sentence));
    }

    [Theory]
    [InlineData("The company sold the unit for $500 million, according to a statement shared with Reuters on Friday.")]
    [InlineData("The retailer reported for the quarter a loss of $40 million.")]
    [InlineData("The startup provided exclusively to SoftBank a $300 million stake.")]
    [InlineData("She has been writing for a living since she sold her $5 million company.")]
    [InlineData("Shareholders approved the $1 billion buyback in filings made last week.")]
    public void Read_NoOutletWrittenForOrHandedData_NamesNoSuchSource(string sentence)
    {
        Assert.DoesNotContain(Named(sentence), n => n is "Reuters" or "SoftBank" or "a living" or "the quarter" or "legal filings");
    }
}
