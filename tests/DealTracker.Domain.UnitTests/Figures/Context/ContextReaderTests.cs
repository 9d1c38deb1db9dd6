using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Money;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

public sealed class ContextReaderTests
{
    private static FigureReading Figure(string text, string at) =>
        Read(text).Figures.Single(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    [Fact]
    public void Read_MoreFiguresThanAreReadInContext_ReadsTheFirstAndListsEveryFigure()
    {
        // 250 figures in one run-on "sentence": the first MaxFiguresRead are read (investments by Amazon), the rest listed bare.
        var text = string.Concat(Enumerable.Repeat("Amazon invested $5 billion, ", 250)).TrimEnd(',', ' ') + ".";

        var readings = Read(text).Figures;

        Assert.Equal(250, readings.Count);
        Assert.All(readings.Take(ContextReader.MaxFiguresRead), r => Assert.Equal((Metric.Investment, "Amazon"), (r.Metric!.Value, r.Investor!)));
        Assert.All(readings.Skip(ContextReader.MaxFiguresRead), r => Assert.Equal((null, null, null), (r.Metric, r.Investor, r.Converts)));
        Assert.Equal(Enumerable.Range(0, 250), readings.Select(r => (r.Figure.Start - 16) / 28));
    }

    // ---------------------------------------------------------------- metric

    /// <summary>Sentence, the figure (a part of its text), the metric (null: other).</summary>
    public static TheoryData<string, string, Metric?> MetricCases => new()
    {
        // Round size: "raise $X", "a round of $X", "a funding round that could total $X", "$X in new capital", "a $X round".
        { "OpenAI is looking to raise $40 billion from investors.", "$40 billion", Metric.RoundSize },
        { "Uber is in discussions to raise a new round of $1 billion or more.", "$1 billion", Metric.RoundSize },
        { "OpenAI is working on a funding round that could total $90 billion to $110 billion.", "$90 billion", Metric.RoundSize },
        { "OpenAI is seeking up to $100 billion in new capital.", "$100 billion", Metric.RoundSize },
        { "Anthropic closed a $65bn funding round last Thursday.", "$65bn", Metric.RoundSize },
        { "The startup raised $1 billion at a $11 billion valuation.", "$1 billion", Metric.RoundSize },

        // Valuation: "valued at", "valuation of", "pre-money", "post-money", "value the company around".
        { "Bird was last valued at $400 million.", "$400 million", Metric.Valuation },
        { "Stripe is seeking a valuation of $70 billion.", "$70 billion", Metric.Valuation },
        { "xAI was raising $3 billion at a $15 billion pre-money valuation.", "$15 billion", Metric.Valuation },
        { "The round gives it a post-money valuation of $965 billion.", "$965 billion", Metric.Valuation },
        { "The round could value the company around $830 billion.", "$830 billion", Metric.Valuation },

        // Investment: "invest $X", "put in $X", "a $X stake", "committed $X", "an investment of $X".
        { "Amazon is in talks to invest as much as $50 billion in OpenAI.", "$50 billion", Metric.Investment },
        { "Google would put in $1 billion.", "$1 billion", Metric.Investment },
        { "Google is in advanced talks to buy a $4 billion stake in Jio.", "$4 billion", Metric.Investment },
        { "Microsoft, which committed about $2 billion, said nothing.", "$2 billion", Metric.Investment },
        { "Nvidia is considering an investment of up to $30 billion.", "$30 billion", Metric.Investment },
        { "Reports describe a potential $50B Amazon investment in OpenAI.", "$50B", Metric.Investment },

        // Compute commitment: "to buy $X of computing / cloud services", "a compute deal worth $X".
        { "OpenAI struck a deal to purchase $38 billion of computing services from AWS.", "$38 billion", Metric.ComputeCommitment },
        { "Meta agreed to spend more than $10 billion on cloud services from Google.", "$10 billion", Metric.ComputeCommitment },
        { "Google struck a cloud computing deal with Meta worth more than $10 billion.", "$10 billion", Metric.ComputeCommitment },
        { "OpenAI signed a $250 billion Azure services contract.", "$250 billion", Metric.ComputeCommitment },

        // Revenue: "annual revenue", "run rate", "$X in revenue".
        { "The company reported annual revenue of $3.7 billion.", "$3.7 billion", Metric.Revenue },
        { "Anthropic said it reached an annualized run rate of $5 billion.", "$5 billion", Metric.Revenue },
        { "OpenAI is forecast to generate $12.7 billion in revenue this year.", "$12.7 billion", Metric.Revenue },

        // Other: market value, share prices, net worth, chip prices, forecasts, changes.
        { "Nvidia's market value reached $4 trillion on Thursday.", "$4 trillion", null },
        { "Shares of Oracle closed at $328.33 on Wednesday.", "$328.33", null },
        { "The rally lifted Larry Ellison's net worth by more than $100 billion.", "$100 billion", null },
        { "Each Blackwell chip costs about $40,000.", "$40,000", null },
        { "The company raised its capital spending forecast by $2 billion.", "$2 billion", null },
        { "SoftBank launched a $500 billion initiative to build data centers.", "$500 billion", null },
        // Since the round conventions (M7): a deal with a chip company buys chips, a compute commitment (other until then).
        { "Oracle struck a $10 billion deal with a chip company.", "$10 billion", Metric.ComputeCommitment },
        { "OpenAI will open sites with Oracle, its cloud partner with a $300 billion deal.", "$300 billion", Metric.ComputeCommitment },
        { "Facebook had bought a 9.99 per cent stake in Jio Platforms for $5.7 billion.", "$5.7 billion", Metric.Investment },
        // Other until the stakes-control realignment: a stake sold with no buyer named is an investment by no one named (the reading).
        { "SoftBank offloaded its stake in T-Mobile for $9.17 billion.", "$9.17 billion", Metric.Investment },
        { "It bolstered its business by acquiring investment firm DigitalBridge for $4 billion.", "$4 billion", null },
        { "Abu Dhabi is setting up a tech investment firm aiming for over $100 billion in assets.", "$100 billion", null },
    };

    [Theory]
    [InlineData("Then Amazon committed $4 billion to it, followed by another $2 billion from Google.", Metric.Investment)]
    [InlineData("Anthropic raised $450 million in May and an additional $100 million in August.", Metric.RoundSize)]
    public void Read_AnotherOrAdditionalFigure_ContinuesThePreviousMetric(string sentence, Metric expected)
    {
        var figures = Read(sentence).Figures;

        Assert.Equal([expected, expected], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Read_AnotherFigureWithNoneBefore_IsNotAnInvestment()
    {
        // Bookings are revenue (the "annual revenue, run rate" class; the valuation / revenue / compute sweep).
        Assert.Equal(Metric.Revenue, Figure("Oracle reported another $2 billion in bookings.", "$2 billion").Metric);
    }

    [Theory]
    [MemberData(nameof(MetricCases))]
    public void Read_MetricCue_GivesTheFiguresMetric(string sentence, string at, Metric? expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_NearestCueWins_InvestmentThenValuation()
    {
        var figures = Read("Microsoft is in talks to invest $10 billion into OpenAI, which will value the firm at $29 billion.").Figures;

        Assert.Equal([Metric.Investment, Metric.Valuation], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Read_CueBeforePreviousFigure_IsNotReadForTheNextOne()
    {
        // "invest" belongs to the first figure; the second, after "and", has its own words ("a valuation of").
        var figures = Read("Amazon could invest $4 billion, and the bankers said Anthropic's value of $18 billion was discussed.").Figures;

        Assert.Equal([Metric.Investment, Metric.Valuation], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Read_ConversionInBrackets_TakesMetricInvestorAndHedgeOfTheFigureItConverts()
    {
        var figures = Read("Amazon could invest as much as $25 billion (£19 billion) in OpenAI.").Figures;

        Assert.Equal(2, figures.Count);
        Assert.Equal(Metric.Investment, figures[1].Metric);
        Assert.Equal("Amazon", figures[1].Investor);
        Assert.Equal(Hedge.UpTo, figures[1].Hedge);
        Assert.Equal(0, figures[1].Converts);
        Assert.Null(figures[0].Converts);
    }

    [Fact]
    public void Read_BracketedFigureNotRightAfterAnother_IsReadOnItsOwn()
    {
        var figures = Read("Amazon invested $4 billion in Anthropic, which was then valued at (about $18 billion) by investors.").Figures;

        Assert.Equal(Metric.Valuation, figures[1].Metric);
        Assert.Null(figures[1].Converts);
    }

    // ---------------------------------------------------------------- investor

    /// <summary>Sentence, the figure, the investor expected (null: none named).</summary>
    public static TheoryData<string, string, string?> InvestorCases => new()
    {
        { "Microsoft, which committed about $2 billion, declined to comment.", "$2 billion", "Microsoft" },
        { "Google would put in $1 billion and Salesforce up to $500 million.", "$1 billion", "Google" },
        { "Google would put in $1 billion and Salesforce up to $500 million.", "$500 million", "Salesforce" },
        { "Amazon.com Inc. could invest as much as $40 billion in OpenAI.", "$40 billion", "Amazon.com Inc." },
        { "Japan-based SoftBank Group Corp. (TYO: 9984) is in talks to invest up to $30 billion in OpenAI.", "$30 billion", "SoftBank Group Corp." },
        { "Alphabet Inc's Google is in talks to invest $4 billion for a stake in Jio.", "$4 billion", "Google" },
        { "This would build on SoftBank’s existing $41 billion stake.", "$41 billion", "SoftBank" },
        { "Reports describe a potential $50B Amazon investment in OpenAI.", "$50B", "Amazon" },
        { "Amazon is exploring a massive OpenAI investment, potentially up to $50 billion.", "$50 billion", "Amazon" },
        { "Amazon said it is investing $5 billion in Anthropic, with provisions to inject up to $20 billion more.", "$20 billion", "Amazon" },
        { "Then Amazon committed $4 billion to it, followed by another $2 billion from Google.", "$2 billion", "Google" },
        { "The company could invest $5 billion in OpenAI.", "$5 billion", null },
        { "Investors led by Thrive Capital will invest $6 billion in OpenAI.", "$6 billion", null },
        { "Analysts at Morgan Stanley said the fund would invest $1 billion.", "$1 billion", null },
        { "Reuters reported that the fund may invest $2 billion.", "$2 billion", null },
    };

    [Theory]
    [MemberData(nameof(InvestorCases))]
    public void Read_InvestmentFigure_NamesTheInvestorWhenTheSentenceDoes(string sentence, string at, string? expected)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(expected, figure.Investor);
    }

    [Fact]
    public void Read_FigureThatIsNoInvestment_HasNoInvestor()
    {
        Assert.Null(Figure("Microsoft said OpenAI was valued at $29 billion.", "$29 billion").Investor);
    }

    [Fact]
    public void Read_Text_ListsEachOrganisationOnceWithoutOutletsPeopleOrDates()
    {
        const string text = "SoftBank Group Corp. and Mubadala Investment Company met OpenAI CEO Sam Altman in January, Reuters reported. SoftBank declined to comment.";

        var organisations = Read(text).Organisations;

        Assert.Equal(["SoftBank Group Corp.", "Mubadala Investment Company", "OpenAI", "SoftBank"], organisations.Select(o => o.Name));
        Assert.All(organisations, o => Assert.Equal(o.Name, text.Substring(o.Start, o.Length)));
    }

    // ---------------------------------------------------------------- sources

    /// <summary>Sentence, the named source expected.</summary>
    public static TheoryData<string, string> NamedSourceCases => new()
    {
        { "OpenAI is seeking new funds, according to The Information.", "The Information" },
        { "OpenAI is in talks to raise money, Semafor reported on Monday.", "Semafor" },
        { "OpenAI is in talks, citing a report in The Economist.", "The Economist" },
        { "Microsoft is in talks to invest, sources told Reuters.", "Reuters" },
        { "Amazon is in talks to invest $50 billion, citing the Wall Street Journal.", "The Wall Street Journal" },
        { "Stripe is seeking a valuation of $70 billion, according to a report by Bloomberg News.", "Bloomberg News" },
        { "Musk called a CNBC report false.", "CNBC" },
        { "The deal was first reported by the Information.", "The Information" },
        { "The Daily Planet reported that the talks had stalled.", "Daily Planet" },
        { "Nasdaq/RTTNews reported that discussions include the compute agreement.", "Nasdaq/RTTNews" },
        { "It was the fastest ever, according to data compiled by research firm PitchBook.", "PitchBook" },
    };

    [Theory]
    [MemberData(nameof(NamedSourceCases))]
    public void Read_CitedOutlet_IsANamedSource(string sentence, string expected)
    {
        var named = Read(sentence).Sources.Where(s => s.Kind == SourceKind.Named).ToList();

        Assert.Contains(named, s => (s.Outlet ?? s.Name) == expected);
    }

    [Theory]
    [InlineData("A regulatory filing showed the company raised $500 million.", "regulatory filing")]
    [InlineData("Meta is offloading $2 billion in assets, the company disclosed in a filing.", "filing")]
    public void Read_Filing_IsANamedSource(string sentence, string expected)
    {
        var source = Assert.Single(Read(sentence).Sources);

        Assert.Equal(SourceKind.Named, source.Kind);
        Assert.Equal(expected, source.Name);
    }

    /// <summary>Sentence, the anonymous source's words.</summary>
    public static TheoryData<string, string> AnonymousSourceCases => new()
    {
        { "Amazon is in talks to invest, people with knowledge of the talks said.", "people with knowledge of the talks" },
        { "Amazon is in talks to invest, according to people familiar with the matter.", "people familiar with the matter" },
        { "The round could close in March, an unnamed source said.", "an unnamed source" },
        { "The talks are advanced, said a person briefed on the plans who declined to be named.", "a person briefed on the plans" },
        { "Mubadala is in talks to invest about $1 billion, three sources said.", "three sources" },
        { "The startup raised $1 billion, according to two of the people.", "two of the people" },
        { "Nvidia is close to a deal, said one executive, who spoke on condition of anonymity.", "on condition of anonymity" },
    };

    [Theory]
    [MemberData(nameof(AnonymousSourceCases))]
    public void Read_UnnamedPeople_AreAnAnonymousSource(string sentence, string expected)
    {
        var source = Assert.Single(Read(sentence).Sources);

        Assert.Equal(SourceKind.Anonymous, source.Kind);
        Assert.Equal(expected, source.Name);
    }

    [Theory]
    [InlineData("SAN FRANCISCO (Reuters) - OpenAI is seeking up to $100 billion in new capital.")]
    [InlineData("(Reuters) -Google has struck a cloud deal with Meta.")]
    [InlineData("Alphabet reported revenue of $90 billion for the quarter.")]
    [InlineData("Amazon said it would invest in OpenAI.")]
    [InlineData("Big Tech and major capital sources are racing to forge partnerships.")]
    [InlineData("Gulf states are looking for new sources of income.")]
    [InlineData("Investors said the valuation was too high.")]
    public void Read_NoCitation_FindsNoSource(string sentence)
    {
        Assert.Empty(Read(sentence).Sources);
    }

    [Fact]
    public void Read_Source_SpanPointsAtTheText()
    {
        const string text = "Microsoft Corp. is in talks to invest $10 billion into OpenAI, Semafor reported on Monday, citing people familiar with the matter.";

        var sources = Read(text).Sources;

        Assert.Equal([SourceKind.Named, SourceKind.Anonymous], sources.Select(s => s.Kind));
        Assert.All(sources, s => Assert.Equal(s.Name, text.Substring(s.Start, s.Length)));
    }

    // ---------------------------------------------------------------- stage

    [Theory]
    [InlineData("The discussions are described as early-stage.", TalksStage.Early, "early-stage")]
    [InlineData("They are in the early stages and terms could change.", TalksStage.Early, "in the early stages")]
    [InlineData("The companies are in preliminary discussions.", TalksStage.Early, "preliminary discussions")]
    [InlineData("Google is in advanced talks to buy a stake.", TalksStage.Advanced, "advanced talks")]
    [InlineData("The New York Post framed the talks as “advanced”.", TalksStage.Advanced, "talks as “advanced")]
    [InlineData("Nvidia is close to finalizing its investment.", TalksStage.Final, "close to finalizing its investment")]
    [InlineData("Microsoft has completed its investment in OpenAI.", TalksStage.Final, "has completed its investment")]
    public void Read_StageWords_ProposeTheTalksStage(string sentence, TalksStage stage, string wording)
    {
        var found = Assert.Single(Read(sentence).Stages);

        Assert.Equal(stage, found.Stage);
        Assert.Equal(wording, found.Wording);
        Assert.Equal(wording, sentence.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("The talks are not close to a deal.")]
    [InlineData("The talks are not merely exploratory.")]
    [InlineData("OpenAI builds advanced AI models.")]
    [InlineData("The terms were not finalized.")]
    [InlineData("The stake would be its largest if it is completed.")]
    public void Read_NoOrNegatedStageWords_ProposeNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }

    // ---------------------------------------------------------------- responses

    [Theory]
    [InlineData("Amazon declined to comment.", "Amazon", "Amazon declined to comment")]
    [InlineData("OpenAI did not immediately respond to a request for comment.", "OpenAI", "OpenAI did not immediately respond to a request for comment")]
    [InlineData("Toutiao didn't immediately respond to Reuters requests for comment.", "Toutiao", "Toutiao didn't immediately respond to Reuters requests for comment")]
    [InlineData("Matthew Nicholson, a spokesman for SoftBank, declined to comment.", "SoftBank", "SoftBank, declined to comment")]
    [InlineData("Jared Birchall could not be immediately reached.", "Jared Birchall", "Jared Birchall could not be immediately reached")]
    public void Read_ResponseWords_ProposeAResponseForTheParty(string sentence, string party, string wording)
    {
        var response = Assert.Single(Read(sentence).Responses);

        Assert.Equal(party, response.Party);
        Assert.Equal(wording, response.Wording);
        Assert.Equal(wording, sentence.Substring(response.Start, response.Length));
    }

    [Fact]
    public void Read_TwoPartiesAndOneResponse_ProposeOneEach()
    {
        var responses = Read("Google and Meta did not immediately respond to requests for comment.").Responses;

        Assert.Equal(["Google", "Meta"], responses.Select(r => r.Party));
    }

    [Fact]
    public void Read_ResponseWithoutAName_HasNoParty()
    {
        Assert.Null(Assert.Single(Read("It declined to comment.").Responses).Party);
    }

    [Theory]
    [InlineData("Amazon commented on the deal on Tuesday.")]
    [InlineData("OpenAI responded quickly to the report.")]
    public void Read_NoResponseWords_ProposeNoResponse(string sentence)
    {
        Assert.Empty(Read(sentence).Responses);
    }

    // ---------------------------------------------------------------- the seed article and limits

    [Fact]
    public void Read_SeedArticle_ReadsEveryContextTheReportNeeds()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reference", "seed-article.txt"));

        var reading = Read(text);

        var invest = reading.Figures.First(f => f.Figure.Text == "as much as $50 billion");
        Assert.Equal((Metric.Investment, "Amazon"), (invest.Metric, invest.Investor));
        Assert.Equal(Metric.RoundSize, reading.Figures.First(f => f.Figure.Text == "up to $100 billion").Metric);
        Assert.Equal(Metric.Valuation, reading.Figures.First(f => f.Figure.Text == "around $830 billion").Metric);
        Assert.Equal(Metric.ComputeCommitment, reading.Figures.Single(f => f.Figure.Text == "$38 billion").Metric);
        Assert.All(reading.Figures.Where(f => f.Figure.Text.Contains("830", StringComparison.Ordinal) && f.Metric is not null),
            f => Assert.Equal(Metric.Valuation, f.Metric));
        Assert.Contains(reading.Sources, s => s is { Kind: SourceKind.Named, Outlet: "The Wall Street Journal" }
            && text.Substring(s.Start - "citing the ".Length, "citing the ".Length) == "citing the ");
        Assert.Contains(reading.Sources, s => s is { Kind: SourceKind.Named, Name: "Reuters" });
        Assert.DoesNotContain(reading.Sources, s => s.Kind == SourceKind.Anonymous);
        Assert.Contains(reading.Responses, r => r is { Party: "Amazon", Wording: "Amazon declined to comment" });
        Assert.Contains(reading.Responses, r => r is { Party: "OpenAI", Wording: "OpenAI did not immediately respond" });
        Assert.Contains(reading.Stages, s => s.Stage == TalksStage.Early);
        Assert.Contains(reading.Organisations, o => o.Name == "Amazon");
        Assert.DoesNotContain(reading.Organisations, o => o.Name.Contains("RTTNews", StringComparison.Ordinal) || o.Name == "Reuters");
    }

    [Fact]
    public void Read_PeopleFamiliarWithTheMatter_InASeedLikeSentence_IsAnonymous()
    {
        const string text = "Amazon is in talks to invest up to $50 billion in OpenAI, according to people familiar with the matter, citing the Wall Street Journal. Amazon declined to comment.";

        var reading = Read(text);

        Assert.Equal([SourceKind.Anonymous, SourceKind.Named], reading.Sources.Select(s => s.Kind));
        Assert.Equal("Amazon", Assert.Single(reading.Figures).Investor);
        Assert.Equal("Amazon", Assert.Single(reading.Responses).Party);
    }

    [Fact]
    public void Read_FiguresInOneLongSentence_GivesOneReadingEach()
    {
        var text = string.Concat(Enumerable.Repeat("Amazon could invest $5bn and ", 3_000)) + "OpenAI raised $1bn.";
        var figures = FigureExtractor.Extract(text);

        var reading = ContextReader.Read(text, figures);

        Assert.Equal(figures.Count, reading.Figures.Count);
        Assert.All(reading.Figures.Take(ContextReader.MaxFiguresRead), f => Assert.Equal("Amazon", f.Investor));
        Assert.Null(reading.Figures[^1].Metric); // "raised" is past the figures read in context
    }

    [Fact]
    public void Read_TextOverTheLimit_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContextReader.Read(new string('a', FigureExtractor.MaxTextLength + 1), []));
    }

    [Theory]
    // blind33 miss.
    [InlineData("With a potential $15-25 billion investment, SoftBank aims to strengthen its foothold in the AI market.", "SoftBank")]
    // blind32 miss.
    [InlineData("Now, after investing more than $13 billion into OpenAI and helping transform the startup into one of the most valuable companies in the world, Microsoft is increasingly preparing for a future in which it may need to stand on its own in the race to build cutting-edge artificial intelligence systems.", "Microsoft")]
    [InlineData("With a $2 billion investment in the startup, Google becomes its second-largest shareholder.", "Google")]
    // Outside the corpus.
    // http://arduinomania.com/tag/investment%20&%20company%20information (Engadget)
    [InlineData("After investing $4.5 billion in India's largest carrier Jio, Google is now putting up to $1 billion in Airtel, the second largest mobile operator, Airtel announced.", "Google")]
    public void Read_InvestmentInAClauseBeforeTheSubject_IsTheSubjects(string sentence, string investor)
    {
        Assert.Equal(investor, Read(sentence).Figures[0].Investor);
    }

    [Fact]
    public void Read_FrontedClauseBeforeADescription_NamesNoInvestor()
    {
        Assert.Null(Read("With a potential $15 billion investment, the company aims to grow.").Figures[0].Investor);
    }

    [Fact]
    public void Read_BracketedFigureAtAnExchangeRate_ConvertsTheFigureBefore()
    {
        // blind35 miss.
        var readings = Read("As part of the partnership, Microsoft is investing €15 million in the French startup ($16.3 million at today’s exchange rate).").Figures;

        Assert.Equal(0, readings[1].Converts);
        Assert.Equal(Metric.Investment, readings[1].Metric);
        Assert.Equal("Microsoft", readings[1].Investor);
    }

    [Fact]
    public void Read_BracketedFigureWithoutARate_ConvertsNothing()
    {
        var readings = Read("Microsoft is investing €15 million in the startup ($16.3 million of it in cash).").Figures;

        Assert.Null(readings[1].Converts);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
