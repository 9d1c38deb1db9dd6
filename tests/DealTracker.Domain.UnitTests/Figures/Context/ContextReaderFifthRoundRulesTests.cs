using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind13–blind16 showed on their first runs: outlets named with what they are
/// ("the Nikkei business daily"), filings named by day or kind, outlets a sentence ends on ("reported Bloomberg citing"),
/// sources "believing", unnamed officials of a named company, and outlets told or confirmed to. One sentence each, written
/// for these tests rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderFifthRoundRulesTests
{
    // ---------------------------------------------------------------- sources

    [Theory]
    [InlineData("Honda plans to buy a stake in the startup, the Nikkei business daily reported on Monday.", "Nikkei")]
    [InlineData("The Yomiuri Shimbun business daily reported that Sony would sell the unit.", "Yomiuri Shimbun")]
    [InlineData("Khazanah sold the stake at a loss, the MalayMail news site quoted the minister as saying.", "MalayMail")]
    public void Read_OutletNamedWithWhatItIs_IsANamedSource(string sentence, string expected)
    {
        Assert.Contains(Named(sentence), n => n.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Apple disclosed in a Thursday filing that it bought a 3% stake in the chipmaker.", "Thursday filing")]
    [InlineData("The fund owned 2 million shares, according to a Monday filing with the SEC.", "Monday filing with the SEC")]
    [InlineData("Lyft said in an amended filing that it would spend $300 million on cloud services.", "amended filing")]
    [InlineData("Here is a detail from the IPO filing: the startup lost $50 million last year.", "IPO filing")]
    public void Read_FilingNamedByItsDayOrKind_IsANamedSource(string sentence, string expected)
    {
        Assert.Equal([expected], Named(sentence));
    }

    [Fact]
    public void Read_OutletAfterItsVerbThenCiting_IsNamedAndTheCitedPeopleAnonymous()
    {
        var sentence = "The two sides are in early talks, reported Bloomberg citing people familiar with the matter.";

        Assert.Equal(["Bloomberg"], Named(sentence));
        Assert.Single(Anonymous(sentence));
    }

    [Fact]
    public void Read_ProviderAfterSaidWithWhatItIs_IsANamedSource()
    {
        Assert.Equal(["Tracxn"], Named("Flipkart put $200 million into its payments arm, said market intelligence platform Tracxn on Friday."));
    }

    [Theory]
    [InlineData("According to Reuters, sources believe the carmaker wants a stake in the battery maker.")]
    [InlineData("Bank insiders believe the lender will sell its 10% stake.")]
    public void Read_SourcesWhoBelieve_AreAnonymous(string sentence)
    {
        Assert.Single(Anonymous(sentence));
    }

    [Fact]
    public void Read_InvestorsWhoBelieve_AreNoSource()
    {
        Assert.Empty(Anonymous("Investors believe the bank will sell its 10% stake."));
    }

    [Fact]
    public void Read_UnnamedOfficialOfANamedCompany_IsAnonymousAndTheOutletNamed()
    {
        var sentence = "\"We will keep investing in startups,\" an unnamed Kakao official told the Korea Herald.";

        Assert.Single(Anonymous(sentence));
        Assert.Contains(Named(sentence), n => n.Contains("Korea Herald", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OfficialOfANamedCompanyNotSaidToBeUnnamed_SpeaksForTheCompany()
    {
        var sentence = "\"We will keep investing in startups,\" a Kakao official told the Korea Herald.";

        Assert.Empty(Anonymous(sentence));
        Assert.Contains(Named(sentence), n => n.Contains("Korea Herald", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tencent confirmed the investment to Reuters.", "Reuters")]
    [InlineData("The company confirmed the stake sale to Bloomberg on Tuesday.", "Bloomberg")]
    public void Read_ConfirmedSomethingToAnOutlet_IsANamedSource(string sentence, string expected)
    {
        Assert.Equal([expected], Named(sentence));
    }

    [Fact]
    public void Read_ConfirmedToAPartner_IsNoSource()
    {
        Assert.Empty(Named("Tencent confirmed the investment to Meituan."));
    }
    [Theory]
    [InlineData("According to S&P, pension funds were involved in five of the ten biggest deals.", "S&P")]
    [InlineData("Spending on data centres will top $500bn by 2027, according to Morgan Stanley.", "Morgan Stanley")]
    public void Read_OrganisationEndingAnAccordingToClause_IsANamedSource(string sentence, string expected)
    {
        Assert.Equal([expected], Named(sentence));
    }

    [Fact]
    public void Read_FilingWrittenWithItsOwner_IsTheFilingNotTheOwner()
    {
        // Since convention S5 (the twenty-sixth session) a filing keeps the body it went to.
        Assert.Equal(["S-1 filing with the SEC"], Named("Lyft will spend $300 million on cloud services, according to Lyft's S-1 filing with the SEC."));
    }

    [Theory]
    [InlineData("Kiwoom, a financial information firm, expects Kakao's profit to fall 10 percent.", "Kiwoom")]
    [InlineData("Tracxn, a data research company, estimated the round at $40 million.", "Tracxn")]
    public void Read_ProviderDescribedInAnAppositiveThenItsVerb_IsANamedSource(string sentence, string expected)
    {
        Assert.Equal([expected], Named(sentence));
    }

    [Fact]
    public void Read_CompanyDescribedInAnAppositiveThenItsVerb_IsNoSource()
    {
        Assert.Empty(Named("Kakao, a messaging company, expects its profit to fall 10 percent."));
    }

    [Fact]
    public void Read_OrganisationAfterReportsThatGoesOnToCite_IsNamedWithWhatItCites()
    {
        Assert.Equal(["Azernews", "Bloomberg"], Named("Xiaomi has taken a 5% stake in the chip designer, reports Azernews citing to Bloomberg."));
    }

    [Fact]
    public void Read_WithoutCitingSources_IsNoSource()
    {
        Assert.Empty(Anonymous("The deal may cost $600 million, the newspaper said, without citing sources."));
    }

    [Theory]
    [InlineData("The club received £20m from its owner, filings at Companies House show.")]
    [InlineData("The fund bought $40 million of shares, filings show.")]
    public void Read_FilingsShowing_AreANamedSource(string sentence)
    {
        Assert.Single(Named(sentence), n => n.Equals("filings", StringComparison.OrdinalIgnoreCase));
    }

    // ---------------------------------------------------------------- metric

    private static FigureReading Figure(string text, string at) =>
        Read(text).Figures.Single(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    [Theory]
    [InlineData("The retailer has infused another $120 million into its logistics arm.", "$120 million")]
    [InlineData("Walmart infuses $50 million into the payments unit every year.", "$50 million")]
    public void Read_MoneyInfusedInto_IsAnInvestment(string sentence, string at)
    {
        Assert.Equal(Metric.Investment, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_LedARoundOfInvestmentOf_IsTheRoundSize()
    {
        Assert.Equal(Metric.RoundSize, Figure("Temasek led a round of investment of about $90 million in the grocer.", "$90 million").Metric);
    }
    [Theory]
    [InlineData("Reports said Tata would pay more than $2 billion for a 30 per cent stake in the airline.", "$2 billion", Metric.Investment)]
    [InlineData("The carmaker has also spent $400m on a 12% stake in the battery maker.", "$400m", Metric.Investment)]
    // Other until the stakes-control realignment: in the reading a stake of any size bought is the buyer's investment.
    [InlineData("Sony said it would pay 90 billion yen for a 60 percent stake in the studio.", "90 billion yen", Metric.Investment)]
    public void Read_PaidForAStakeAFewWordsOn_IsAnInvestmentOfAnySize(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }
    // ---------------------------------------------------------------- investor

    [Theory]
    [InlineData("Temasek will pay Dutch retailer Ahold $90 million for a bigger stake in the joint venture.", "$90 million", "Temasek")]
    [InlineData("Norway's wealth fund paid Landsec £60 million for a 20% stake in the shopping centre.", "£60 million", null)]
    public void Read_NamePaidRatherThanPaying_IsNoInvestor(string sentence, string at, string? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }
    [Theory]
    [InlineData("Virgin chairman Richard Branson is looking to invest $200 million in the airline.", "$200 million", "Richard Branson")]
    [InlineData("Oracle co-founder Larry Ellison is planning to put $1 billion into the studio.", "$1 billion", "Larry Ellison")]
    public void Read_PersonIntendingToInvest_IsTheInvestorRatherThanHisCompany(string sentence, string at, string expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Investor);
    }
    [Theory]
    [InlineData("More recently, it invested $200 million in the toll road operator.", "$200 million")]
    [InlineData("\"Our count of the group's total investment is $2 billion,\" the analyst said.", "$2 billion")]
    public void Read_FunctionWordOpeningASentence_IsNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }
    [Fact]
    public void Read_NameFollowedByATickerQuote_IsTheNameAlone()
    {
        Assert.Equal("Cisco Systems Inc.", Figure("Cisco Systems Inc. CSCO -0.52% said it would invest $200 million in the startup.", "$200 million").Investor);
    }
}
