using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Figures;

public sealed class FigureExtractorTests
{
    private const decimal Thousand = 1_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;

    /// <summary>Sentence, the figure's text as matched, currency, amount: each an exact figure.</summary>
    public static TheoryData<string, string, string, decimal> CurrencyCases => new()
    {
        { "The fund raised $5 billion last year.", "$5 billion", "USD", 5 * Billion },
        { "It paid US$2.5bn for the stake.", "US$2.5bn", "USD", 2.5m * Billion },
        { "Siemens agreed to a €2bn deal.", "€2bn", "EUR", 2 * Billion },
        { "The bank set aside £750m for claims.", "£750m", "GBP", 750 * Million },
        { "SoftBank booked ¥1.2 trillion in gains.", "¥1.2 trillion", "JPY", 1.2m * Trillion },
        { "The group raised USD 5 billion from investors.", "USD 5 billion", "USD", 5 * Billion },
        { "The group raised 5 billion USD from investors.", "5 billion USD", "USD", 5 * Billion },
        { "Bayer sold EUR 2bn of bonds.", "EUR 2bn", "EUR", 2 * Billion },
        { "Bayer sold EUR2bn of bonds.", "EUR2bn", "EUR", 2 * Billion },
        { "It will spend 2bn euros on new plants.", "2bn euros", "EUR", 2 * Billion },
        { "He said 10 billion dollars was too little.", "10 billion dollars", "USD", 10 * Billion },
        { "The club was sold for 4 billion pounds.", "4 billion pounds", "GBP", 4 * Billion },
        { "The fund holds 3bn pounds sterling.", "3bn pounds sterling", "GBP", 3 * Billion },
        { "Nestle paid CHF 1.5 billion for the unit.", "CHF 1.5 billion", "CHF", 1.5m * Billion },
        { "Nestle paid 1.5 billion Swiss francs for the unit.", "1.5 billion Swiss francs", "CHF", 1.5m * Billion },
        { "Alibaba put CNY 20 billion into cloud.", "CNY 20 billion", "CNY", 20 * Billion },
        { "Alibaba put RMB 20 billion into cloud.", "RMB 20 billion", "CNY", 20 * Billion },
        { "Alibaba put 20 billion yuan into cloud.", "20 billion yuan", "CNY", 20 * Billion },
        { "Toyota will spend 300 billion yen on batteries.", "300 billion yen", "JPY", 300 * Billion },
        { "Infosys signed a INR 500 crore contract.", "INR 500 crore", "INR", 5 * Billion },
        { "Reliance raised ₹10,000 crore in debt.", "₹10,000 crore", "INR", 100 * Billion },
        { "The state approved Rs. 500 crore for roads.", "Rs. 500 crore", "INR", 5 * Billion },
        { "The pension fund committed C$1.2 billion.", "C$1.2 billion", "CAD", 1.2m * Billion },
        { "The pension fund committed 1.2 billion Canadian dollars.", "1.2 billion Canadian dollars", "CAD", 1.2m * Billion },
        { "Macquarie raised A$3bn for the fund.", "A$3bn", "AUD", 3 * Billion },
        { "The listing raised HK$10bn.", "HK$10bn", "HKD", 10 * Billion },
        { "Ottawa pledged CAD 2 billion.", "CAD 2 billion", "CAD", 2 * Billion },
        { "The miner paid AUD 900 million.", "AUD 900 million", "AUD", 900 * Million },
        { "The fund raised 5 billion U.S. dollars.", "5 billion U.S. dollars", "USD", 5 * Billion },
        { "It is a 5 billion euro deal.", "5 billion euro", "EUR", 5 * Billion },
        { "The bonus came to 400,000 euros.", "400,000 euros", "EUR", 400 * Thousand },
    };

    /// <summary>Sentence, the figure's text as matched, amount in US dollars: each an exact figure.</summary>
    public static TheoryData<string, string, decimal> ScaleCases => new()
    {
        { "The house sold for $400,000 in March.", "$400,000", 400 * Thousand },
        { "The stock closed at $1.25 on Friday.", "$1.25", 1.25m },
        { "The unit was valued at $1,250 million.", "$1,250 million", 1.25m * Billion },
        { "Shell bought it for $2.5bn.", "$2.5bn", 2.5m * Billion },
        { "Shell bought it for $1.25 billion.", "$1.25 billion", 1.25m * Billion },
        { "The startup raised $10B.", "$10B", 10 * Billion },
        { "The startup raised $10b.", "$10b", 10 * Billion },
        { "The startup raised $50 Billion in total.", "$50 Billion", 50 * Billion },
        { "AMAZON TO INVEST $50 BILLION IN OPENAI", "$50 BILLION", 50 * Billion },
        { "The seed round was $5M.", "$5M", 5 * Million },
        { "The seed round was $5m.", "$5m", 5 * Million },
        { "The seed round was $5mn.", "$5mn", 5 * Million },
        { "The seed round was $5 mln.", "$5 mln", 5 * Million },
        { "The seed round was $5MM.", "$5MM", 5 * Million },
        { "The seed round was $5 million.", "$5 million", 5 * Million },
        { "Apple is worth $3T now.", "$3T", 3 * Trillion },
        { "Apple is worth $3tn now.", "$3tn", 3 * Trillion },
        { "Apple is worth $3 trillion now.", "$3 trillion", 3 * Trillion },
        { "The grant was $400k.", "$400k", 400 * Thousand },
        { "The grant was $400K.", "$400K", 400 * Thousand },
        { "The grant was $400 thousand.", "$400 thousand", 400 * Thousand },
        { "It signed a $1.5-billion deal.", "$1.5-billion", 1.5m * Billion },
        { "It signed a $38 billion contract in November 2025.", "$38 billion", 38 * Billion },
    };

    /// <summary>Sentence, the figure's text as matched (hedge words included), hedge, amount in US dollars.</summary>
    public static TheoryData<string, string, Hedge, decimal> HedgeCases => new()
    {
        { "Amazon may invest as much as $50 billion in OpenAI.", "as much as $50 billion", Hedge.UpTo, 50 * Billion },
        { "OpenAI is seeking up to $100 billion in new capital.", "up to $100 billion", Hedge.UpTo, 100 * Billion },
        { "The fund will put in at most $5bn.", "at most $5bn", Hedge.UpTo, 5 * Billion },
        { "The fund will put in no more than $5bn.", "no more than $5bn", Hedge.UpTo, 5 * Billion },
        { "The fund will put in a maximum of $5bn.", "a maximum of $5bn", Hedge.UpTo, 5 * Billion },
        { "The talks imply a valuation as high as $830 billion.", "as high as $830 billion", Hedge.UpTo, 830 * Billion },
        { "The fund will put in less than $5bn.", "less than $5bn", Hedge.UpTo, 5 * Billion },
        { "The fund will put in $5bn or less.", "$5bn or less", Hedge.UpTo, 5 * Billion },
        { "As much as $50 billion could change hands.", "As much as $50 billion", Hedge.UpTo, 50 * Billion },
        { "AMAZON TO INVEST UP TO $50 BILLION", "UP TO $50 BILLION", Hedge.UpTo, 50 * Billion },
        { "The fund will invest at least $5bn.", "at least $5bn", Hedge.AtLeast, 5 * Billion },
        { "Amazon could put in “$10B or more” in some scenarios.", "$10B or more", Hedge.AtLeast, 10 * Billion },
        { "Amazon could put in $10B or above.", "$10B or above", Hedge.AtLeast, 10 * Billion },
        { "The round raised more than $5bn.", "more than $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised over $5bn.", "over $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised well over $5bn.", "well over $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round valued it north of $5bn.", "north of $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised upwards of $5bn.", "upwards of $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised in excess of $5bn.", "in excess of $5bn", Hedge.AtLeast, 5 * Billion },
        { "The order book is exceeding $5bn.", "exceeding $5bn", Hedge.AtLeast, 5 * Billion },
        { "Bids need a minimum of $5bn.", "a minimum of $5bn", Hedge.AtLeast, 5 * Billion },
        { "Amazon could put in $10B+ over time.", "$10B+", Hedge.AtLeast, 10 * Billion },
        { "It is a $5bn-plus deal.", "$5bn-plus", Hedge.AtLeast, 5 * Billion },
        { "The round could value it around $830 billion.", "around $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it about $830 billion.", "about $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it roughly $830 billion.", "roughly $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it nearly $830 billion.", "nearly $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it approximately $830 billion.", "approximately $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it approx. $830 billion.", "approx. $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it at some $830 billion.", "some $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it close to $830 billion.", "close to $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it at almost $830 billion.", "almost $830 billion", Hedge.Approximately, 830 * Billion },
        { "The round could value it at an estimated $830 billion.", "an estimated $830 billion", Hedge.Approximately, 830 * Billion },
        { "A raise at a ~$830B valuation.", "~$830B", Hedge.Approximately, 830 * Billion },
        { "A raise at a ~ $830B valuation.", "~ $830B", Hedge.Approximately, 830 * Billion },
        { "A raise at a $~830B valuation.", "$~830B", Hedge.Approximately, 830 * Billion },
        { "The round could value it at $830 billion or so.", "$830 billion or so", Hedge.Approximately, 830 * Billion },
        { "The fund will put in not less than $5bn.", "not less than $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised just over $5bn.", "just over $5bn", Hedge.AtLeast, 5 * Billion },
        { "The round raised $5bn or higher.", "$5bn or higher", Hedge.AtLeast, 5 * Billion },
        { "The stake is worth c.$5bn today.", "c.$5bn", Hedge.Approximately, 5 * Billion },
        { "The stake is worth circa $5bn today.", "circa $5bn", Hedge.Approximately, 5 * Billion },
        { "Amazon struck a $38 billion deal with OpenAI.", "$38 billion", Hedge.Exact, 38 * Billion },
        { "It is a handsome $5bn payday.", "$5bn", Hedge.Exact, 5 * Billion },
        { "Warren C. $5bn is a name, not a hedge.", "$5bn", Hedge.Exact, 5 * Billion },
        { "The $50 billion Amazon talks continue.", "$50 billion", Hedge.Exact, 50 * Billion },
    };

    /// <summary>Sentence, the range's text as matched, low and high ends, currency.</summary>
    public static TheoryData<string, string, decimal, decimal, string> RangeCases => new()
    {
        { "The round could be $15 billion to $25 billion.", "$15 billion to $25 billion", 15 * Billion, 25 * Billion, "USD" },
        { "The round could be $10-13 billion.", "$10-13 billion", 10 * Billion, 13 * Billion, "USD" },
        { "The round could be $10–13 billion.", "$10–13 billion", 10 * Billion, 13 * Billion, "USD" },
        { "The round could be $20–25 billion.", "$20–25 billion", 20 * Billion, 25 * Billion, "USD" },
        { "The round could be between $8bn and $10bn.", "between $8bn and $10bn", 8 * Billion, 10 * Billion, "USD" },
        { "The round could be $8bn-$10bn.", "$8bn-$10bn", 8 * Billion, 10 * Billion, "USD" },
        { "The round could be $8bn - $10bn.", "$8bn - $10bn", 8 * Billion, 10 * Billion, "USD" },
        { "The round could be €2bn—€3bn.", "€2bn—€3bn", 2 * Billion, 3 * Billion, "EUR" },
        { "Bids ranged from $8 billion to $10 billion.", "from $8 billion to $10 billion", 8 * Billion, 10 * Billion, "USD" },
        { "The round could be $500 million to $1 billion.", "$500 million to $1 billion", 500 * Million, 1 * Billion, "USD" },
        { "The round could be 10-13 billion euros.", "10-13 billion euros", 10 * Billion, 13 * Billion, "EUR" },
        { "The round could be between 8 and 10 billion dollars.", "between 8 and 10 billion dollars", 8 * Billion, 10 * Billion, "USD" },
        { "The round could be EUR 2-3bn.", "EUR 2-3bn", 2 * Billion, 3 * Billion, "EUR" },
        { "The shares may price at $5-6 each.", "$5-6", 5m, 6m, "USD" },
        { "Between $1 and $2 per share was offered.", "Between $1 and $2", 1m, 2m, "USD" },
        { "The bank had $500m-$1bn in cash.", "$500m-$1bn", 500 * Million, 1 * Billion, "USD" },
        { "Salaries of $40k-$50k are typical.", "$40k-$50k", 40 * Thousand, 50 * Thousand, "USD" },
        { "The round could be $1.5-2bn.", "$1.5-2bn", 1.5m * Billion, 2 * Billion, "USD" },
    };

    /// <summary>Text holding no money at all: no currency next to any number, or nothing to count.</summary>
    public static TheoryData<string> NoMoneyCases => new()
    {
        "Revenue grew 5% in the quarter.",
        "Margins rose 5 percent last year.",
        "Margins rose 12.5 per cent.",
        "The cluster has 10,000 GPUs.",
        "The company issued 1 million shares.",
        "The model has 100 billion parameters.",
        "The app has 3 billion users.",
        "The deal closed in 2025.",
        "2026 will be a big year.",
        "Reuters reported it on Jan. 29, 2026.",
        "OpenAI struck an AWS deal in November 2025.",
        "The contract is dated 29/01/2026.",
        "The contract is dated 2026-01-29.",
        "The startup raised a Series B round.",
        "It sells B2B software.",
        "The talks were reported earlier.[1] Others agreed.[12]",
        "It was the 3rd round and the 1st of 2024.",
        "The company employs 10,000 people in 12 countries.",
        "The talks ran from 2024 to 2026.",
        "Between 2020 and 2025 it grew fast.",
        "He lost 10 pounds on the diet.",
        "Prices are in 2020 dollars.",
        "It runs on H100 and A100 chips.",
        "Section 3) covers 4.5 million customers.",
        "It has $0 in debt.",
        "It has 5-10 billion users.",
        "",
    };

    public static TheoryData<string> AllSentences
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in CurrencyCases)
            {
                data.Add((string)row[0]);
            }

            foreach (var row in ScaleCases)
            {
                data.Add((string)row[0]);
            }

            foreach (var row in HedgeCases)
            {
                data.Add((string)row[0]);
            }

            foreach (var row in RangeCases)
            {
                data.Add((string)row[0]);
            }

            return data;
        }
    }

    private static ExtractedFigure Single(string text) => Assert.Single(FigureExtractor.Extract(text));

    [Theory]
    [MemberData(nameof(CurrencyCases))]
    public void Extract_CurrencyWritten_ReadsCurrencyAndAmount(string text, string figure, string currency, decimal amount)
    {
        var found = Single(text);

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Exact(amount, currency), found.Money);
    }

    [Theory]
    // Since the twenty-second session: a scraper dropped the space between a lower-case word and the dollar sign (issue78,
    // https://longbridge.com/en/news/285761410.md: Lambda's credit facility "originally established at$275 million").
    [InlineData("Lambda upsized its credit facility, originally established at$275 million in August 2025.", "$275 million", 275e6)]
    [InlineData("The partners will contribute$ 3 billion to the venture.", "$ 3 billion", 3e9)]
    public void Extract_LowerCaseWordGluedToADollarSign_ReadsTheDollars(string text, string figure, double amount)
    {
        var found = Single(text);

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Exact((decimal)amount, "USD"), found.Money);
    }

    [Theory]
    // A dollar's own letters glued to the sign still name it, and a word glued to a number is no money.
    [InlineData("The fund raised hk$5 billion.", "HKD")]
    [InlineData("The fund raised us$5 billion.", "USD")]
    [InlineData("The fund raised nt$5 billion.", "TWD")]
    public void Extract_DollarLettersGluedToTheSign_KeepTheirCurrency(string text, string currency)
    {
        Assert.Equal(currency, Single(text).Money.Currency);
    }

    [Theory]
    [MemberData(nameof(ScaleCases))]
    public void Extract_ScaleWritten_MultipliesAmount(string text, string figure, decimal amount)
    {
        var found = Single(text);

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Exact(amount), found.Money);
    }

    [Theory]
    [MemberData(nameof(HedgeCases))]
    public void Extract_HedgeWords_ReadsHedgeAndKeepsWordsInText(string text, string figure, Hedge hedge, decimal amount)
    {
        var found = Single(text);

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Create(hedge, "USD", amount, null, null), found.Money);
    }

    /// <summary>"added up to" and "sums up to" say what a total came to, not a ceiling: the figure is exact and the words stay out of it.</summary>
    [Theory]
    [InlineData("Seed funding added up to €1.3bn, down from €2bn last year.", "€1.3bn", 1_300_000_000, "EUR")]
    [InlineData("The three deals add up to $5 billion.", "$5 billion", 5_000_000_000, "USD")]
    [InlineData("Its stakes adds up to $40 million in all.", "$40 million", 40_000_000, "USD")]
    [InlineData("The commitments summed up to £600m.", "£600m", 600_000_000, "GBP")]
    public void Extract_AddedUpTo_IsATotalNotACeiling(string text, string figure, decimal amount, string currency)
    {
        var found = FigureExtractor.Extract(text)[0];

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Exact(amount, currency), found.Money);
    }

    [Fact]
    public void Extract_UpToAfterOtherVerbs_StaysACeiling()
    {
        Assert.Equal(Hedge.UpTo, Single("Amazon will invest up to $4 billion.").Money.Hedge);
        Assert.Equal(Hedge.UpTo, Single("The round could go up to $2 billion.").Money.Hedge);
    }

    [Theory]
    [MemberData(nameof(RangeCases))]
    public void Extract_Range_ReturnsRangeWithBothEnds(string text, string figure, decimal low, decimal high, string currency)
    {
        var found = Single(text);

        Assert.Equal(figure, found.Text);
        Assert.Equal(HedgedAmount.Between(low, high, currency), found.Money);
        Assert.Null(found.Money.Amount);
    }

    [Theory]
    [MemberData(nameof(NoMoneyCases))]
    public void Extract_NotMoney_ReturnsNothing(string text)
    {
        Assert.Empty(FigureExtractor.Extract(text));
    }

    [Fact]
    public void Extract_AsMuchAsDollarBillion_ReturnsUpTo()
    {
        var found = Single("Amazon is in talks to invest as much as $50 billion in OpenAI.");

        Assert.Equal(Hedge.UpTo, found.Money.Hedge);
        Assert.Equal(50 * Billion, found.Money.Amount);
        Assert.Equal("USD", found.Money.Currency);
    }

    [Fact]
    public void Extract_SlashSeparatedFigures_ReturnsEachFigure()
    {
        var found = FigureExtractor.Extract("Investing.com repeated the $50B / $100B / $830B figures.");

        Assert.Equal(["$50B", "$100B", "$830B"], found.Select(f => f.Text));
        Assert.Equal(
            [HedgedAmount.Exact(50 * Billion), HedgedAmount.Exact(100 * Billion), HedgedAmount.Exact(830 * Billion)],
            found.Select(f => f.Money));
    }

    [Fact]
    public void Extract_TwoHedgedFiguresInOneSentence_ReturnsBothWithOwnHedges()
    {
        var found = FigureExtractor.Extract(
            "OpenAI is seeking up to $100 billion in a round that could value the company around $830 billion.");

        Assert.Equal(
            [HedgedAmount.UpTo(100 * Billion), HedgedAmount.Approximately(830 * Billion)],
            found.Select(f => f.Money));
        Assert.Equal(["up to $100 billion", "around $830 billion"], found.Select(f => f.Text));
    }

    [Fact]
    public void Extract_AndWithoutBetween_ReturnsTwoFigures()
    {
        var found = FigureExtractor.Extract("Amazon offered $8bn and Microsoft $10bn.");

        Assert.Equal([HedgedAmount.Exact(8 * Billion), HedgedAmount.Exact(10 * Billion)], found.Select(f => f.Money));
    }

    [Fact]
    public void Extract_FallingFromTo_ReturnsTwoExactFigures()
    {
        var found = FigureExtractor.Extract("The bid was cut from $10bn to $8bn.");

        Assert.Equal(["$10bn", "$8bn"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(Hedge.Exact, f.Money.Hedge));
    }

    [Theory]
    [InlineData("Shares rose $2.50 to $45.10 on Tuesday.", "$2.50", "$45.10")]
    [InlineData("It raised its bid by $2bn to $10bn.", "$2bn", "$10bn")]
    [InlineData("Revenue climbed $3bn to $12bn.", "$3bn", "$12bn")]
    public void Extract_ChangeThenLevel_ReturnsTwoExactFigures(string text, string change, string level)
    {
        var found = FigureExtractor.Extract(text);

        Assert.Equal([change, level], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(Hedge.Exact, f.Money.Hedge));
    }

    [Fact]
    public void Extract_AmountWithConversion_ReturnsBothCurrencies()
    {
        var found = FigureExtractor.Extract("The deal is worth 2.5 billion euros ($2.7 billion).");

        Assert.Equal([HedgedAmount.Exact(2.5m * Billion, "EUR"), HedgedAmount.Exact(2.7m * Billion)], found.Select(f => f.Money));
        Assert.Equal(["2.5 billion euros", "$2.7 billion"], found.Select(f => f.Text));
    }

    [Fact]
    public void Extract_HyphenatedDollarAdjective_ReadsUsd()
    {
        var found = Single("It is a 10-billion-dollar deal.");

        Assert.Equal("10-billion-dollar", found.Text);
        Assert.Equal(HedgedAmount.Exact(10 * Billion), found.Money);
    }

    [Fact]
    public void Extract_DecimalComma_ReadsDecimal()
    {
        // Issue 13 changed this: "5,6" before a scale is 5.6 (a decimal comma); it used to give nothing.
        var found = Single("Siemens bid €5,6 billion.");

        Assert.Equal(HedgedAmount.Exact(5.6m * Billion, "EUR"), found.Money);
    }

    /// <summary>The known limits docs/extractor.md lists, pinned so the document stays true.</summary>
    [Theory]
    // The sweep of issue 13's money forms lifted the plain-space limit: "$1 000 000" is read whole when it is money.
    [InlineData("It paid $1 000 000 for it.", "$1 000 000")]
    [InlineData("It spent $5bn this year and 6bn next.", "$5bn")]
    [InlineData("It lifted the bid $2bn to $10bn.", "$2bn to $10bn")]
    [InlineData("Analysts put it, up to, analysts say, $50 billion.", "$50 billion")]
    [InlineData("The EUR 2026 budget was set.", "EUR 2026")]
    [InlineData("He paid $5bn euros.", "$5bn")]
    [InlineData("He paid 10 British pounds.", "10 British pounds")]
    [InlineData("Microsoft took over $5bn in debt.", "over $5bn")]
    public void Extract_DocumentedLimit_BehavesAsDocumented(string text, string figures)
    {
        Assert.Equal(figures, string.Join("|", FigureExtractor.Extract(text).Select(f => f.Text)));
    }

    [Fact]
    public void Extract_NonAsciiDigits_ReturnsNothing()
    {
        Assert.Empty(FigureExtractor.Extract("It paid $٥ billion and $５ billion."));
    }

    [Fact]
    public void Extract_LargestNumbers_DoesNotOverflow()
    {
        var found = FigureExtractor.Extract("A $999,999,999,999,999.999999 trillion bid and a $9999999999999999 one.");

        var figure = Assert.Single(found);
        Assert.Equal(999_999_999_999_999.999999m * Trillion, figure.Money.Amount);
    }

    [Fact]
    public void Extract_ConflictingHedges_KeepsWordsBefore()
    {
        var found = Single("It could reach about $5bn or more.");

        Assert.Equal("about $5bn", found.Text);
        Assert.Equal(HedgedAmount.Approximately(5 * Billion), found.Money);
    }

    [Fact]
    public void Extract_DifferentCurrenciesAcrossDash_ReturnsTwoFigures()
    {
        var found = FigureExtractor.Extract("The bid was €2bn-$3bn depending on the exchange rate.");

        Assert.Equal([HedgedAmount.Exact(2 * Billion, "EUR"), HedgedAmount.Exact(3 * Billion)], found.Select(f => f.Money));
    }

    [Fact]
    public void Extract_YearDashAmount_ReturnsOnlyAmount()
    {
        var found = Single("Its 2025-$10bn plan was shelved.");

        Assert.Equal("$10bn", found.Text);
        Assert.Equal(HedgedAmount.Exact(10 * Billion), found.Money);
    }

    [Fact]
    public void Extract_AmountToYear_ReturnsOnlyAmount()
    {
        var found = Single("It will spend $38 billion to 2030.");

        Assert.Equal(HedgedAmount.Exact(38 * Billion), found.Money);
    }

    [Fact]
    public void Extract_AmountToCount_ReturnsOnlyAmount()
    {
        var found = Single("It gave $5 to 10 charities.");

        Assert.Equal("$5", found.Text);
        Assert.Equal(HedgedAmount.Exact(5m), found.Money);
    }

    [Fact]
    public void Extract_PlusBetweenFigures_IsNotAtLeast()
    {
        var found = FigureExtractor.Extract("The price is $10B+$2B in earn-outs.");

        Assert.Equal([HedgedAmount.Exact(10 * Billion), HedgedAmount.Exact(2 * Billion)], found.Select(f => f.Money));
    }

    [Fact]
    public void Extract_MixedMoneyAndCounts_ReturnsOnlyMoney()
    {
        var found = FigureExtractor.Extract(
            "On Jan. 29, 2026, the firm said 10,000 GPUs, 5% of its 3 billion users and $2.5bn in capex [3] were at stake.");

        var figure = Assert.Single(found);
        Assert.Equal("$2.5bn", figure.Text);
    }

    [Theory]
    [MemberData(nameof(AllSentences))]
    public void Extract_AnyFigure_TextMatchesStartAndLength(string text)
    {
        foreach (var figure in FigureExtractor.Extract(text))
        {
            Assert.Equal(figure.Text, text.Substring(figure.Start, figure.Length));
            Assert.Equal(figure.Sentence, text.Substring(figure.SentenceStart, figure.Sentence.Length));
            Assert.InRange(figure.Start, figure.SentenceStart, figure.SentenceStart + figure.Sentence.Length - figure.Length);
        }
    }

    [Fact]
    public void Extract_RandomFinancialTokens_KeepsInvariants()
    {
        string[] tokens =
        [
            "$", "US$", "€", "£", "¥", "~", "+", "-", "–", "/", ".", ",", "%", "(", ")", "“", "”", "\n",
            "0", "5", "10", "2.5", "1,250", "2026", "0.0", "bn", "B", "m", "k", "billion", "million", "trillion",
            "USD", "EUR", "euros", "dollars", "pounds", "to", "and", "between", "from", "up", "as much as", "about",
            "or more", "or so", "some", "Jan.", "U.S.", "approx.", "Inc.", "rose", "GPUs", "percent", "c.",
        ];
        var random = new Random(20260129);
        for (var run = 0; run < 3000; run++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 24))
                .Select(_ => tokens[random.Next(tokens.Length)] + (random.Next(3) == 0 ? "" : " "));
            var text = string.Concat(parts);

            var found = FigureExtractor.Extract(text);

            for (var i = 0; i < found.Count; i++)
            {
                var figure = found[i];
                Assert.Equal(figure.Text, text.Substring(figure.Start, figure.Length));
                Assert.Equal(figure.Sentence, text.Substring(figure.SentenceStart, figure.Sentence.Length));
                Assert.InRange(figure.Start, figure.SentenceStart, figure.SentenceStart + figure.Sentence.Length - figure.Length);
                Assert.True(i == 0 || found[i - 1].End <= figure.Start, $"Overlap in '{text}'.");
            }
        }
    }

    [Fact]
    public void Extract_FiguresInLongerText_StartAndLengthPointAtText()
    {
        const string text = "Intro line.\nAmazon may invest as much as $50 billion. OpenAI wants up to $100B at a ~$830B value.\n\nThe AWS deal was $38 billion.";

        var found = FigureExtractor.Extract(text);

        Assert.Equal(["as much as $50 billion", "up to $100B", "~$830B", "$38 billion"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.All(found, f => Assert.Equal(f.Sentence, text.Substring(f.SentenceStart, f.Sentence.Length)));
        Assert.Equal(text.IndexOf("as much as", StringComparison.Ordinal), found[0].Start);
    }

    [Fact]
    public void Extract_AfterMonthAbbreviation_KeepsWholeSentence()
    {
        var found = Single("Intro. On Jan. 29, 2026, Reuters said Amazon may invest $50 billion. Nothing else.");

        Assert.Equal("On Jan. 29, 2026, Reuters said Amazon may invest $50 billion.", found.Sentence);
        Assert.Equal(7, found.SentenceStart);
    }

    [Fact]
    public void Extract_AfterUsAbbreviation_KeepsWholeSentence()
    {
        var found = Single("The U.S. fund raised $2.5bn. It plans more.");

        Assert.Equal("The U.S. fund raised $2.5bn.", found.Sentence);
        Assert.Equal(0, found.SentenceStart);
    }

    [Fact]
    public void Extract_AfterApproxAndInc_KeepsWholeSentence()
    {
        var found = Single("Before. Foo Inc. paid approx. $5bn for it. After.");

        Assert.Equal("Foo Inc. paid approx. $5bn for it.", found.Sentence);
        Assert.Equal("approx. $5bn", found.Text);
    }

    [Fact]
    public void Extract_DecimalAtSentenceEnd_SplitsAfterFigure()
    {
        var found = FigureExtractor.Extract("Shell paid $2.5bn. BP paid $1.25bn.");

        Assert.Equal(["Shell paid $2.5bn.", "BP paid $1.25bn."], found.Select(f => f.Sentence));
        Assert.Equal([0, 19], found.Select(f => f.SentenceStart));
    }

    [Fact]
    public void Extract_QuotedSentence_EndsAfterClosingQuote()
    {
        var found = Single("He said: “We will invest $5bn.” Then he left.");

        Assert.Equal("He said: “We will invest $5bn.”", found.Sentence);
    }

    [Fact]
    public void Extract_LineBreak_EndsSentence()
    {
        var found = Single("2) The mega-round context\nup to $100B raised");

        Assert.Equal("up to $100B raised", found.Sentence);
        Assert.Equal(26, found.SentenceStart);
    }

    [Fact]
    public void Extract_EmptyText_ReturnsNothing()
    {
        Assert.Empty(FigureExtractor.Extract(string.Empty));
    }

    [Fact]
    public void Extract_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FigureExtractor.Extract(null!));
    }

    [Fact]
    public void Extract_LongerThanMax_Throws()
    {
        var text = new string('a', FigureExtractor.MaxTextLength + 1);

        Assert.Throws<ArgumentException>(() => FigureExtractor.Extract(text));
    }

    [Fact]
    public void Extract_MaxLengthOfFigures_ReadsEveryFigure()
    {
        const string sentence = "It paid $5bn. ";
        var text = string.Concat(Enumerable.Repeat(sentence, FigureExtractor.MaxTextLength / sentence.Length));

        var found = FigureExtractor.Extract(text);

        Assert.Equal(FigureExtractor.MaxTextLength / sentence.Length, found.Count);
    }

    [Fact]
    public void Extract_SeedArticle_FindsEveryFigureWithHedge()
    {
        var found = FigureExtractor.Extract(SeedArticleText());

        (string Text, HedgedAmount Money)[] expected =
        [
            ("as much as $50 billion", HedgedAmount.UpTo(50 * Billion)),
            ("up to $100 billion", HedgedAmount.UpTo(100 * Billion)),
            ("around $830 billion", HedgedAmount.Approximately(830 * Billion)),
            ("$50B", HedgedAmount.Exact(50 * Billion)),
            ("as much as $50 billion", HedgedAmount.UpTo(50 * Billion)),
            ("up to $100B", HedgedAmount.UpTo(100 * Billion)),
            ("~ $830B", HedgedAmount.Approximately(830 * Billion)),
            ("up to $100 billion", HedgedAmount.UpTo(100 * Billion)),
            ("around $830 billion", HedgedAmount.Approximately(830 * Billion)),
            ("$50 billion", HedgedAmount.Exact(50 * Billion)),
            ("as high as $830 billion", HedgedAmount.UpTo(830 * Billion)),
            ("$50B", HedgedAmount.Exact(50 * Billion)),
            ("$100B", HedgedAmount.Exact(100 * Billion)),
            ("$830B", HedgedAmount.Exact(830 * Billion)),
            ("$38 billion", HedgedAmount.Exact(38 * Billion)),
            ("up to $50 billion", HedgedAmount.UpTo(50 * Billion)),
            ("$10B or more", HedgedAmount.AtLeast(10 * Billion)),
            ("$100B", HedgedAmount.Exact(100 * Billion)),
            ("~$830B", HedgedAmount.Approximately(830 * Billion)),
            ("up to $50 billion", HedgedAmount.UpTo(50 * Billion)),
            ("up to $50 billion", HedgedAmount.UpTo(50 * Billion)),
            ("$100 billion", HedgedAmount.Exact(100 * Billion)),
            ("~$830 billion", HedgedAmount.Approximately(830 * Billion)),
        ];

        Assert.Equal(expected, found.Select(f => (f.Text, f.Money)));
    }

    [Fact]
    public void Extract_SeedArticle_PositionsAndSentencesPointAtText()
    {
        var text = SeedArticleText();

        var found = FigureExtractor.Extract(text);

        for (var i = 0; i < found.Count; i++)
        {
            var figure = found[i];
            Assert.Equal(figure.Text, text.Substring(figure.Start, figure.Length));
            Assert.Equal(figure.Sentence, text.Substring(figure.SentenceStart, figure.Sentence.Length));
            Assert.Contains(figure.Text, figure.Sentence, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', figure.Sentence);
            if (i > 0)
            {
                Assert.True(found[i - 1].End <= figure.Start, $"'{found[i - 1].Text}' overlaps '{figure.Text}'.");
            }
        }
    }

    [Fact]
    public void Extract_SeedArticle_ForbesSentenceKeepsBothFigures()
    {
        var found = FigureExtractor.Extract(SeedArticleText());

        var forbes = found.Where(f => f.Sentence.StartsWith("Forbes echoed", StringComparison.Ordinal)).ToList();
        Assert.Equal(["$50 billion", "as high as $830 billion"], forbes.Select(f => f.Text));
        Assert.EndsWith("(attributed to WSJ reporting) and positioning Amazon as a potential largest investor.", forbes[0].Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan. 29, 2026")]
    [InlineData("Jan. 28, 29, 2026")]
    [InlineData("November 2025")]
    public void Extract_SeedArticle_NothingFromDates(string date)
    {
        var text = SeedArticleText();
        var found = FigureExtractor.Extract(text);

        var at = text.IndexOf(date, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{date}' is not in the seed article.");
        for (; at >= 0; at = text.IndexOf(date, at + 1, StringComparison.Ordinal))
        {
            var dateEnd = at + date.Length;
            Assert.DoesNotContain(found, f => f.Start < dateEnd && at < f.End);
        }
    }

    private static string SeedArticleText() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reference", "seed-article.txt"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DealTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
