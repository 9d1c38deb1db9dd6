using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// <c>InvestorRules.TechDeals.cs</c> and <c>MetricRules.TechDeals.cs</c>: frames of the AI, cloud and tech deals of issue74/76 —
/// the subject growing its investment, "X, which has invested $N", "the $N investment that X made", "X nearing putting $N into",
/// "$N of the sum coming from X", and compute commitments sized after the figure ("$38 billion capacity purchase").
/// </summary>
public sealed class TechDealsSweepTests
{
    private static FigureReading FigureOf(string sentence, string amount) =>
        Assert.Single(Read(sentence).Figures, f => f.Figure.Text.EndsWith(amount, StringComparison.Ordinal));

    public static TheoryData<string, string, string> GeneratedInvestorFrames()
    {
        string[] frames =
        [
            "{0} has bolstered its investment in AI startup Anthropic with an additional {1}, doubling its backing.",
            "{0} boosted its stake in the chip designer by {1}.",
            "{0} is increasing its investment in Mistral AI with a further {1}.",
            "{0} will top up its existing investment in Cohere with another {1}.",
            "{0} expanded its financial backing of the startup with {1} in new cash.",
            "Over the years, OpenAI has drawn backers, including {0}, which has invested over {1} in the ChatGPT maker.",
            "Its backers include {0}, who invested {1} in the company in 2014.",
            "The deal echoes the {1} \u201Ccash-for-computing investment\u201D that {0} made in OpenAI three years ago.",
            "It follows the {1} investment which {0} has made in the robotics firm.",
            "Reports first emerged on {0} nearing putting {1} into OpenAI.",
            "Sources said {0} was close to investing {1} in the startup.",
            "The startup has announced $900 million raised in funds, with {1} of the sum coming from {0}.",
        ];
        string[] investors = ["Amazon", "Microsoft", "Salesforce Ventures", "Toyota"];
        string[] amounts = ["$4 billion", "US$10 billion", "$250 million", "€500m"];
        var data = new TheoryData<string, string, string>();
        foreach (var frame in frames)
        {
            foreach (var (investor, amount) in investors.Zip(amounts))
            {
                data.Add(string.Format(frame, investor, amount), amount, investor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedInvestorFrames))]
    public void Read_TechDealInvestorFrame_IsTheNamedInvestorsInvestment(string sentence, string amount, string investor)
    {
        var figure = FigureOf(sentence, amount);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    // issue74: https://www.computerweekly.com/news/366616150/Amazon-bolsters-investment-in-Anthropic-with-additional-4bn
    [InlineData("Amazon has bolstered its investment in AI startup Anthropic with an additional $4 billion, doubling its financial backing as it seeks to cement its position in the competitive generative artificial intelligence (GenAI) landscape.", "$4 billion", "Amazon")]
    // issue74: OpenAI's backers.
    [InlineData("Over the years, OpenAI has received investments from several major entities, including Microsoft, which has invested over $13 billion in the ChatGPT maker.", "$13 billion", "Microsoft")]
    // issue76: SoftBank's first Vision Fund.
    // issue74: Microsoft and OpenAI, January 2023.
    [InlineData("Microsoft shares jumped 1% in early trading, and the stock is now up 7% since January 9, when reports first emerged on Microsoft nearing putting US$10 billion into OpenAI.", "US$10 billion", "Microsoft")]
    // issue74: Google and Anthropic (Financial Times).
    [InlineData("The search company’s investment echoes the $1 billion “cash-for-computing investment” that Microsoft made in OpenAI three years ago, The Financial Times reported.", "$1 billion", "Microsoft")]
    // Outside the corpus: https://4nownews.com/?p=16999
    [InlineData("The largest shareholder of the OpenAI startup remains Microsoft Corporation, which has invested more than $13 billion in its development, and therefore can easily claim some preferences in cooperation with the creators of ChatGPT.", "$13 billion", "Microsoft Corporation")]
    // issue76: Pony.ai's round.
    [InlineData("Autonomous driving startup has announced $701 million raised in funds for development, with $607 million of the sum coming from Toyota.", "$607 million", "Toyota")]
    public void Read_RealTechDealSentence_IsTheNamedInvestorsInvestment(string sentence, string amount, string investor)
    {
        var figure = FigureOf(sentence, amount);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    public static TheoryData<string, string> GeneratedComputeFrames()
    {
        string[] frames =
        [
            "OpenAI is scaling its compute beyond Microsoft with a {0} capacity purchase from Amazon Web Services.",
            "{1} alone has over {0} in cloud commitments on its balance sheet.",
            "Meta disclosed a {0} GPU purchase from {1}.",
            "The lab signed a {0} compute commitment with {1} last month.",
            // https://www.vokrix.co/intelligence/google-signs-920-million-monthly-cloud-deal-with-spacex-7eaf4f
            "{1} committed {0} monthly in cloud compute resources to SpaceX.",
        ];
        string[] amounts = ["$38 billion", "US$600 billion", "€2bn"];
        string[] names = ["Microsoft", "Oracle", "CoreWeave"];
        var data = new TheoryData<string, string>();
        foreach (var frame in frames)
        {
            foreach (var (amount, name) in amounts.Zip(names))
            {
                data.Add(string.Format(frame, amount, name), amount);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedComputeFrames))]
    public void Read_ComputeDealNamedAfterTheFigure_IsAComputeCommitment(string sentence, string amount)
    {
        Assert.Equal(Metric.ComputeCommitment, FigureOf(sentence, amount).Metric);
    }

    [Theory]
    // Another clause opens before the figure: the holder growing its stake is not the giver of the money.
    [InlineData("Existing shareholders such as Sony Group are set to increase their stakes as Rapidus moves toward securing about 130 billion yen for fiscal 2025.", "130 billion yen")]
    public void Read_GrowVerbBeforeAnotherClause_DoesNotNameTheHolder(string sentence, string amount)
    {
        var figure = FigureOf(sentence, amount);

        Assert.NotEqual("Sony Group", figure.Investor);
    }

    [Theory]
    // Unnamed givers, or revenue from a customer: no investor.
    [InlineData("Of the total capital raised, $80 million came from four Japanese investors.", "$80 million")]
    [InlineData("Anaplan said revenues rose to $162 million, with $148 million of the total coming from Acme Corp.", "$148 million")]
    public void Read_MoneyComingFromNoNamedInvestor_NamesNoInvestor(string sentence, string amount)
    {
        Assert.Null(FigureOf(sentence, amount).Investor);
    }

    [Theory]
    // "Capacity" alone with no compute around is power or plant capacity.
    [InlineData("The utility announced a $400 million capacity purchase from the grid operator for the winter.", "$400 million")]
    public void Read_NoComputeNamedAfterTheFigure_IsNoComputeCommitment(string sentence, string amount)
    {
        Assert.NotEqual(Metric.ComputeCommitment, FigureOf(sentence, amount).Metric);
    }
}
