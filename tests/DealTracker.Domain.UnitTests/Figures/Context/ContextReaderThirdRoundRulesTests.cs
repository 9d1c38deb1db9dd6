using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of error the blind7 to blind12 corpora showed on their first runs (commitments and holdings,
/// stakes sold to a named buyer, the object of a verb or a preposition taken for the investor, lists split "respectively",
/// market totals, sources cited together, by another phrase or after what they are), one sentence each, written in the style
/// of the wire copy they generalise rather than copied from the corpus.
/// </summary>
public sealed class ContextReaderThirdRoundRulesTests
{
    private static FigureReading Figure(string text, string at) =>
        Read(text).Figures.Single(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    // ---------------------------------------------------------------- metric and investor

    public static TheoryData<string, string, Metric?, string?> InvestmentCases => new()
    {
        // A commitment to a fund, with no compute word, is money put in.
        { "The Ohio pension plan said it has approved a $150m (€130m) commitment to a new buyout firm.", "$150m", Metric.Investment, null },
        { "Norges Bank has approved a $200m commitment to the private credit firm.", "$200m", Metric.Investment, "Norges Bank" },

        // A holding in something is a stake by another word.
        { "Aware Super has acquired a A$300m holding in the toll road from a local fund.", "A$300m", Metric.Investment, "Aware Super" },

        // A percentage bought for a sum is a stake.
        { "Silver Lake Partners is the third investor that has bought 1.5 per cent for Rs 5,000 crore.", "Rs 5,000 crore", Metric.Investment, "Silver Lake Partners" },

        // A stake sold to a named buyer is the buyer's investment; its place before the name is skipped.
        { "The group sold a 3% stake in its telecom arm to Mubadala Investment Company for $1.2 billion.", "$1.2 billion", Metric.Investment, "Mubadala Investment Company" },
        { "The company announced a stake sale of 1.2 per cent to KKR for Rs 5,550 crore.", "Rs 5,550 crore", Metric.Investment, "KKR" },
        { "Infosys sells a 2% share of its unit to Qatar’s Ooredoo Group for $400 million.", "$400 million", Metric.Investment, "Ooredoo Group" },

        // "X's share in the deal".
        { "Temasek’s share in the deal is estimated at $900 million.", "$900 million", Metric.Investment, "Temasek" },

        // Funding provided, and money allocated to funds.
        { "Sumitomo is providing $300 million in funding for the plant.", "$300 million", Metric.Investment, "Sumitomo" },
        { "Surrey Pension Fund has allocated £90m to three global infrastructure funds.", "£90m", Metric.Investment, "Surrey Pension Fund" },

        // "followed by $X more from Y" continues the previous investment, from its own investor.
        { "Then Intel committed $3 billion to it, followed by $1 billion more from Cisco.", "$1 billion", Metric.Investment, "Cisco" },

        // "an investment of $X by Y".
        { "The operator announced an investment of Rs 9,000 crore by the Abu Dhabi Investment Authority for a stake.", "Rs 9,000 crore", Metric.Investment, "Abu Dhabi Investment Authority" },

        // The object of a verb, or of a preposition behind the words that describe it, is not the investor.
        { "Siemens has long used Nvidia chips in its factories, and put $200 million into the company last year.", "$200 million", Metric.Investment, "Siemens" },
        { "Temasek bought a 2 per cent stake in Reliance Industries' retail arm Reliance Retail for Rs 2,000 crore.", "Rs 2,000 crore", Metric.Investment, "Temasek" },
    };

    [Theory]
    [MemberData(nameof(InvestmentCases))]
    [MemberData(nameof(MoreInvestmentCases))]
    [MemberData(nameof(Blind9InvestmentCases))]
    [MemberData(nameof(Blind10InvestmentCases))]
    public void Read_InvestmentFigure_GivesTheMetricAndTheInvestor(string sentence, string at, Metric? metric, string? investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(metric, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("Analysts reported Microsoft might invest as much as $5 billion.", "Microsoft")]
    [InlineData("The filing revealed Amazon’s investment of $1 billion in the startup.", "Amazon")]
    public void Read_NameAfterAReportingVerb_IsStillTheInvestorWhenItsOwnVerbOrPossessiveFollows(string sentence, string expected)
    {
        Assert.Equal(expected, Read(sentence).Figures.First().Investor);
    }

    [Theory]
    [InlineData("The startup is nearing a new funding round that could infuse it with $3 billion.", "$3 billion", Metric.RoundSize)]
    [InlineData("Microsoft will pay about $500 million per month in exchange for access to computing capacity.", "$500 million", Metric.ComputeCommitment)]
    [InlineData("A consortium sold the unit to Google for $2 billion.", "$2 billion", null)]
    // Other until the stakes-control realignment: in the reading a stake of any size bought is the buyer's investment.
    [InlineData("The group sold a majority stake to Blackstone for $5 billion.", "$5 billion", Metric.Investment)]
    [InlineData("The lender got $30 million led by Accel.", "$30 million", Metric.RoundSize)]
    [InlineData("The fintech landed $90 million at a $1 billion valuation.", "$90 million", Metric.RoundSize)]
    [InlineData("It raised $40 million in funding from existing investor Norwest at $500-600 million.", "$500-600 million", Metric.Valuation)]
    [InlineData("Google’s Climate Fund, valued at $500 million, has invested in the startup.", "$500 million", null)]
    [InlineData("The startup secured 5 billion yen from investors including Sony.", "5 billion yen", Metric.RoundSize)]
    [InlineData("Global VC investment in fintech topped $50 billion in 2021.", "$50 billion", null)]
    [InlineData("Venture capital funding fell 20% to 200 billion yen last year.", "200 billion yen", null)]
    [InlineData("Two banks have launched a 50 billion won ($38 million) joint investment unit.", "50 billion won", null)]
    [InlineData("The company said it would raise $1 billion in debt to fund the plant.", "$1 billion", Metric.RoundSize)]
    [InlineData("In May, Apple announced a $1-billion investment in the startup, and said that it had plans to spend up to $3-billion.", "$3-billion", Metric.Investment)]
    [InlineData("Berkshire now holds a 5% stake in each, a total investment of about $6bn.", "$6bn", Metric.Investment)]
    [InlineData("The startup is raising funds at a $5 billion valuation, up $1 billion from last year.", "$1 billion", null)]
    [InlineData("The ministry will provide the chipmaker an additional subsidy of 100 billion yen for a new plant.", "100 billion yen", null)]
    [InlineData("The company secured an allocation of ¥50 billion in subsidies from the ministry.", "¥50 billion", null)]
    [InlineData("It held $3 billion in cash and short-term investments, with $600 million purely in cash.", "$600 million", null)]
    [InlineData("The deal adds to the $8 billion that the startup has raised this year.", "$8 billion", Metric.RoundSize)]
    [InlineData("Zepto took a chunk of $20 million, led by Nexus Venture Partners.", "$20 million", Metric.RoundSize)]
    [InlineData("Latin American start-ups raised a record $7bn last year, according to a tracker.", "$7bn", null)]
    [InlineData("In 2022, it led a $12 billion deal that took data center operator Switch private.", "$12 billion", null)]
    [InlineData("The deal values it at $5 billion, compared to $3 billion a year ago.", "$3 billion", Metric.Valuation)]
    [InlineData("Revenue topped $20 million in May – up from just $4 million in January.", "$4 million", Metric.Revenue)]
    [InlineData("The fund also agreed to put $5 billion into a U.S. infrastructure company run by KKR.", "$5 billion", Metric.Investment)]
    [InlineData("The state has established Fusion Energy Co. with $2 billion in registered capital.", "$2 billion", null)]
    [InlineData("The US$90m of funding raised in 2022 was a record for the region.", "US$90m", Metric.RoundSize)]
    [InlineData("The startup just scored $500 million from big names like Nvidia, Google, and Khosla Ventures.", "$500 million", Metric.RoundSize)]
    [InlineData("The acquisition, valued at over A$10 billion, marks the firm's largest deal.", "A$10 billion", null)]
    [InlineData("Nokia said Nvidia has agreed to purchase $1 billion in new shares.", "$1 billion", Metric.Investment)]
    [InlineData("SoftBank said it plans to raise as much as $20 billion to buy back shares and reduce debt.", "$20 billion", null)]
    public void Read_MetricRule_GivesTheFiguresMetric(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    // ---------------------------------------------------------------- sources

    [Theory]
    [InlineData("Bloomberg reported the talks, citing unidentified sources.")]
    [InlineData("Website El Mundo reported on Friday, citing unidentified sources near the matter.")]
    [InlineData("The round values the startup at 2 billion euros, according to financial sources.")]
    public void Read_UnidentifiedOrFinancialSources_AreAnonymous(string sentence)
    {
        Assert.Contains(Read(sentence).Sources, s => s.Kind == SourceKind.Anonymous);
    }

    [Theory]
    [InlineData("The deal is worth $5 billion, writes Interfax with reference to the Financial Times.", "Financial Times")]
    [InlineData("Its stake in the project is estimated at $2 billion by SWFI.", "SWFI")]
    [InlineData("According to data from Global SWF, the fund invested $3 billion last year.", "Global SWF")]
    [InlineData("The round was $80 million, according to Dow Jones VentureWire.", "Dow Jones VentureWire")]
    [InlineData("Tiger Global owns a share estimated by TOI to be 25%.", "TOI")]
    [InlineData("The two invested $4m, according to newswire Bloomberg.", "Bloomberg")]
    [InlineData("The firms invested $7m in the startup, according to news provider Cnet.", "CNET")]
    [InlineData("Funding rose to 300 billion yen, according to data compiled by mergers and acquisitions advisory firm Recof.", "Recof")]
    [InlineData("According to investment research firm Bernstein, revenue will double.", "Bernstein")]
    [InlineData("The listing, as CNBC TV 18 had reported earlier, will value the company at $25 billion.", "CNBC TV 18")]
    [InlineData("Startups raised $2bn last year, according to Briter Bridges, a data research company focused on Africa.", "Briter Bridges")]
    public void Read_CitedByAnotherPhraseOrAfterWhatItIs_IsANamedSource(string sentence, string expected)
    {
        Assert.Equal([expected], Named(sentence));
    }

    [Fact]
    public void Read_TwoCitedTogether_AreBothNamedSources()
    {
        var named = Named("According to The Decoder and The Wall Street Journal, the startup is raising $2 billion.");

        Assert.Equal(2, named.Count);
        Assert.Contains("The Wall Street Journal", named);
        Assert.Contains(named, n => n.EndsWith("Decoder", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("According to Microsoft and Google, the partnership is worth $2 billion.")]
    [InlineData("Bloomberg LP said it would invest $10 million.")]
    [InlineData("Before the deal, Blackstone's data center portfolio included $55 billion of facilities.")]
    [InlineData("The grant was made through the Information-Technology Promotion Agency.")]
    [InlineData("The listing, which may value the company at $15 billion, will proceed following the SEC's review.")]
    public void Read_CompanyProcessOrPortfolio_IsNoNamedSource(string sentence)
    {
        Assert.Empty(Named(sentence));
    }

    // ---------------------------------------------------------------- after blind8

    public static TheoryData<string, string, Metric?, string?> MoreInvestmentCases => new()
    {
        // "supplied $X", also "in series B funding".
        { "Accel supplied $20m in series A funding for the startup.", "$20m", Metric.Investment, "Accel" },

        // Not an investor: a currency written before the amount, or a round's letter.
        { "Tata Motors said it will invest Rs 900 crore or around $108 million in the unit.", "$108 million", Metric.Investment, "Tata Motors" },
        { "Ola closed its Series A+ round of $20 million, in which $5 million were invested by Matrix Partners.", "$5 million", Metric.Investment, "Matrix Partners" },

        // "the second investment by Silver Lake"; "a unit of X will invest"; "Amazon injecting $X".
        { "It is the third investment by KKR in the group after the $1 billion investment in its retail arm announced last month.", "$1 billion", Metric.Investment, "KKR" },
        { "The startup said a unit of Shanghai-based internet company Ctrip will invest $300 million in the firm.", "$300 million", Metric.Investment, "Ctrip" },
        { "The deal involved Oracle injecting $2 billion into the startup.", "$2 billion", Metric.Investment, "Oracle" },

        // The object of "in", behind a descriptor.
        { "Japan’s Mitsui & Co will buy a 10 percent stake in Chile-based Andes Lithium Inc and invest up to $80 million.", "$80 million", Metric.Investment, "Mitsui & Co" },

        // "another" keeps the previous investor unless another one puts the money in.
        { "Sequoia is leading the round with a $50 million investment, with Accel and Tiger Global committing another $30 million.", "$30 million", Metric.Investment, "Tiger Global" },
    };

    [Fact]
    public void Read_ListSplitRespectively_GivesEachFigureItsOwnInvestor()
    {
        const string sentence = "Intel Capital and Samsung Ventures have invested a total of $9m, split $6m and $3m respectively, in the chip startup.";

        Assert.Equal("Intel Capital", Figure(sentence, "$6m").Investor);
        Assert.Equal("Samsung Ventures", Figure(sentence, "$3m").Investor);
        Assert.Equal(Metric.Investment, Figure(sentence, "$9m").Metric);
    }

    // ---------------------------------------------------------------- after blind9

    public static TheoryData<string, string, Metric?, string?> Blind9InvestmentCases => new()
    {
        // Datelines in capitals, a digit opening a name, a participle opening the sentence, "asset manager X".
        { "OSLO - Norwegian asset manager Storebrand has acquired a 30% share in a solar farm for £20m.", "£20m", Metric.Investment, "Storebrand" },
        { "Backers, including Hillhouse, Sequoia and 5Y Capital, have already committed more than $300 million to the round.", "$300 million", Metric.Investment, "5Y Capital" },
        { "Founded by Hitachi Ltd., Canon Inc. and four other groups with a total investment of 5 billion yen, the venture will make sensors.", "5 billion yen", Metric.Investment, "Canon Inc." },

        // A state's ministry as the subject; an investment made through a named agency; "investment ... by X" further on.
        { "TOKYO (Kyodo) — Japan’s finance ministry decided Monday to invest ¥50 billion in the airline.", "¥50 billion", Metric.Investment, "Japan" },
        { "The ¥50 billion investment will be made through the state-backed Development Bank of Japan.", "¥50 billion", Metric.Investment, "Development Bank of Japan" },
        { "Deals this year include a $4 billion investment in Switch Data Centers in May by KKR and DigitalBridge.", "$4 billion", Metric.Investment, "KKR" },

        // "another of $X" continues the previous investment; a stake sold on to a buyer further back.
        { "The fund’s investment comes in two parts: an initial $500 million payment, and another of $700 million later, Ford said.", "$700 million", Metric.Investment, null },
        { "The utility is to buy RWE's 20% stake in the wind farm and sell it on to PensionDanmark for DKK500m.", "DKK500m", Metric.Investment, "PensionDanmark" },

        // "acquired" after "after" is the subject's own money verb.
        { "The deal comes months after PFA acquired a 40% stake in the solar park for €90m.", "€90m", Metric.Investment, "PFA" },
    };

    // ---------------------------------------------------------------- after blind10

    public static TheoryData<string, string, Metric?, string?> Blind10InvestmentCases => new()
    {
        // "from X" later in the clause, past an owner's possessive.
        { "The startup received $200 million as part of its new funding round from Peter Thiel’s Founders Fund.", "$200 million", Metric.Investment, "Founders Fund" },

        // A deal that "will see X take a stake".
        { "The $2bn deal will see Renault – which owns Dacia – take a 15 per cent stake in the battery maker.", "$2bn", Metric.Investment, "Renault" },

        // The owner of a total named after the figure.
        { "The payment is part of a $300 million commitment, which will raise Honda’s total investment in the startup to $700 million.", "$300 million", Metric.Investment, "Honda" },

        // Objects of a relative clause's verb, and names before a product noun, are no investors.
        { "The carmaker who makes Fiat and Ram brands said it would be investing $1 billion in the startup.", "$1 billion", Metric.Investment, null },

        // After blind11: "dropped $X into" a company; the next item of a list after a comma; a nationality in the object's description;
        // an outlay; a sentence opener is no name.
        { "In May, it dropped $2 billion into Arm, a former rival.", "$2 billion", Metric.Investment, null },
        { "Sony has made several investments, including $1 billion in Epic, $500 million in game studio Bungie, and $300 million in U.K. cloud provider Hadean.", "$300 million", Metric.Investment, "Sony" },
        { "US chip giant AMD will take a 3 per cent stake in Finnish telecoms equipment maker Nokia for $800 million.", "$800 million", Metric.Investment, "AMD" },
        { "Recent moves include a $400 million outlay into UK-based chip designer Graphcore.", "$400 million", Metric.Investment, null },

        // After blind12: "an investment backed by X", "with X earmarking $Y", "the biggest investor with $X".
        { "The startup is considering a $2 billion investment backed by Japan's Mitsubishi Corp, people said.", "$2 billion", Metric.Investment, "Mitsubishi Corp" },
        { "The firm announced a new fund, with Temasek earmarking nearly 1 trillion yen for it.", "1 trillion yen", Metric.Investment, "Temasek" },
        { "By amount, Kakao Corp. was the biggest investor with 90 billion won.", "90 billion won", Metric.Investment, "Kakao Corp." },

        // "in prior investments" after a round word.
        { "The new funding is on top of $200 million in prior investments it made in the startup.", "$200 million", Metric.Investment, null },
    };

}
