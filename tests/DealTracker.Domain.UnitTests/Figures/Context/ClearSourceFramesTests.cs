using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Source frames read after every other source rule (SourceRules.ClearFrames.cs, and the unnamed people of SourceRules.Anonymous.cs):
/// rows from the seventeenth session's sealed sets issue78–80 (read before these rules were written), and generated frames with
/// counter-examples.
/// </summary>
public sealed class ClearSourceFramesTests
{
    private static readonly string[] _makers = ["Cassava", "Equinix", "Sequoia Capital"];

    public static TheoryData<string> MakersAndOwners
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var maker in _makers)
            {
                data.Add($"The GPUs were delivered to a data center built by {maker} in South Africa.");
                data.Add($"The $40 million round was led by {maker} and Accel.");
                data.Add($"The site, owned by {maker}, will open next year.");
                data.Add($"Microsoft plans to rent AI data centre capacity from {maker} in Portugal.");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MakersAndOwners))]
    // issue78: a maker and a seller of capacity.
    [InlineData("The first phase of the project began in June 2025, with 3,000 Nvidia GPUs delivered to a data center built by Cassava in South Africa.")]
    [InlineData("Microsoft plans to rent AI data centre capacity from Nscale at the Start Campus site in Sines, Portugal, to boost computing resources amid growing AI demand.")]
    // issue79: a company telling its own raise, whatever its appositive says it does.
    [InlineData("Windward, a maritime data and analytics company, said it raised $10.8 million led by Hong Kong magnate Li Ka-shing’s Horizons Ventures.")]
    [InlineData("Fomo Games had landed a TL 17 million ($1.1 million) investment deal in 2021, before it logged the $5 million seed investment just this week.")]
    public void Read_MakerOwnerOrOwnRaise_NamesNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Theory]
    // issue79: the place word of a data firm is no second source.
    [InlineData("In the first half of this year, Egyptian start-ups raised about $314m, data compiled by Dubai-based venture capital firm Wamda indicated.", "Wamda")]
    // issue80: what a source told an outlet about a company names the outlet only.
    [InlineData("A source familiar with the matter told Reuters that Deutsche Bank expects the partnership to generate more than €1bn in accumulated earnings.", "Reuters")]
    // issue80: a newspaper by its short name.
    [InlineData("Details about the terms of a sale remain sketchy, the Post said, and sources warned that a deal could still fall apart.", "the Post")]
    // issue78: disclosures cited.
    [InlineData("An active high-yield ETF bought Hyperion bonds last week valued at $2.1 million by Monday, making it the fund’s largest investment by far, according to fund disclosures.", "fund disclosures")]
    // Counter-example: a tracker still counts money ("PitchBook tracked").
    [InlineData("PitchBook tracked $5 billion in AI deals in the quarter.", "PitchBook")]
    public void Read_ClearFrame_NamesTheSourceOnly(string sentence, string expected)
    {
        Assert.Equal([expected], Written(sentence));
    }

    [Theory]
    // issue80
    [InlineData("People who have knowledge of the matter said on Sunday, CVC Capital Partners Ltd and CPPIB are closing in a deal to buy Petco Holdings Inc, for approximately $4.7 billion.", "People who have knowledge of the matter")]
    [InlineData("People who are familiar with the talks said the deal could be announced next week.", "People who are familiar with the talks")]
    [InlineData("BG started the process to sell an up to 20 percent equity stake, estimated by sources to be worth about $2 billion, in the first quarter of calendar 2012.", "sources")]
    public void Read_UnnamedPeopleInARelativeOrPassiveFrame_AreAnonymous(string sentence, string expected)
    {
        Assert.Equal([expected], Anonymous(sentence));
    }

    [Fact]
    public void Read_OfficialCompanyStatement_IsNoUnnamedOfficial()
    {
        const string sentence = "EFishery’s board of directors announced on Tuesday that it has appointed business advisory firm FTI Consulting as acting management of the company, according to an official company statement obtained by CNBC.";

        Assert.False(HasAnonymous(sentence));
        Assert.Equal(["CNBC"], Named(sentence));
    }

    [Fact]
    public void Read_UnnamedOfficialWhoSpeaks_StaysAnonymous()
    {
        Assert.True(HasAnonymous("An official said the talks had stalled, according to Reuters."));
    }

    [Theory]
    // corpus: a company's officer speaking is the party, no source.
    [InlineData("Aramco will finance the project with an investment estimated in the hundreds of millions, according to Groq’s CEO, Jonathan Ross.")]
    [InlineData("The deal will make the Vietnamese unicorn cross $2 billion valuation, according to Nguyen Manh Cuong, MoMo’s Executive Vice Chairman and Co-CEO.")]
    [InlineData("Revenue has grown 10x since then, according to Mono’s CEO.")]
    public void Read_CompanyOfficerSpeaking_NamesNoSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    [Theory]
    // Counter-examples: an outside expert with a title at another firm, and an outlet's own staff, stay sources.
    [InlineData("Many of the deals taking place behind the scenes are not for majority stakes, according to Adam Sommerfeld, managing partner at Certus Capital.", "Adam Sommerfeld")]
    [InlineData("The round values the company at $5 billion, according to The Information’s reporter.", "Information")]
    public void Read_ExpertOrOutletStaff_StaysASource(string sentence, string expected)
    {
        Assert.Contains(Written(sentence), name => name.StartsWith(expected, StringComparison.Ordinal));
    }
}
