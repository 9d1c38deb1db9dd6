using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Figures a change or a comparison ties together take the same metric when no rule read one of them (<c>LinkedFigures</c>). Each case
/// is a corpus miss or a real sentence from a page no corpus set holds (its address in a comment above it).
/// </summary>
public sealed class LinkedFiguresTests
{
    [Theory]
    // blind32 miss.
    [InlineData("If we just look at C3.ai’s revenue history in chunks, you can argue a growth story for the company; that it grew from $73.8 million in the the two quarters of 2019 ending July 31, to $81.8 million in revenue during the same portion of 2020.", "$73.8 million", Metric.Revenue)]
    // blind25 miss: the start written after the end.
    [InlineData("Current financial data indicates a significant fiscal recovery; revenue for the period ending December 31 rose to $510 million from $290.3 million the previous year, with net income reaching $87.9 million, contrasting with prior losses.", "$290.3 million", Metric.Revenue)]
    [InlineData("Its annual revenue rose to $4.1 billion, compared with $2.9 billion a year earlier.", "$2.9 billion", Metric.Revenue)]
    [InlineData("The startup was valued at $12 billion, versus $5 billion last year.", "$5 billion", Metric.Valuation)]
    // Outside the corpus: real sentences from pages no corpus set holds (found with the stored-pages search).
    // https://www.sec.gov/Archives/edgar/data/816761/000119312509026279/dex991.htm
    [InlineData("For the full year 2008, revenue was $1.762 billion, a 4 percent increase from $1.702 billion in 2007.", "$1.702 billion", Metric.Revenue)]
    // https://statementdog.com/analysis/INOD/earnings_calls/153204
    [InlineData("Revenue in the third quarter was $15.8 million, up from $15.4 million in the second quarter.", "$15.4 million", Metric.Revenue)]
    // https://www.finextra.com/newsarticle/40565/klarna-valuation-to-drop-from-46bn-to-65bn-in-new-funding-round---wsj
    [InlineData("Klarna is closing in on a funding round that would see the BNPL giant's valuation slashed from $45.6 billion last year to just $6.5 billion, according to the Wall Street Journal.", "$45.6 billion", Metric.Valuation)]
    // https://technicalterrence.com/?p=18306
    [InlineData("Stripe, a San Francisco payment provider and one of the world’s most valuable private companies, said on wednesday that it had raised new funding valuing it at $50 billion, down from $95 billion in 2021, in a sign of how the air of start-up deals has gone.", "$95 billion", Metric.Valuation)]
    // https://www.ccn.com/news/technology/google-invests-another-billion-anthropic-ai-valuations/
    [InlineData("From $18 billion in May 2024, xAI’s valuation jumped to $50 billion in December, following a $6 billion Series C.", "$18 billion", Metric.Valuation)]
    // https://thjournal.com/articles/scale-ai-raises-1b-at-14b-valuation-amid-ai-data-boom
    [InlineData("Scale's revenue has skyrocketed, reportedly exceeding $1 billion annualized run rate, up from $100 million in 2021.", "$100 million", Metric.Revenue)]
    // https://aipressa.com/top-stories/openai-achieves-20b-revenue-as-computing-capacity-triples-to-1-9-gigawatts
    [InlineData("OpenAI has reported a significant surge in annualised revenue, surpassing $20 billion in 2025, a remarkable increase from $6 billion the previous year, according to Chief Financial Officer Sarah Friar.", "$6 billion", Metric.Revenue)]
    // The next items of a list of figures (issue68, a Mint sentence on Indian IT companies' quarter).
    [InlineData("TCS, HCL Tech and Tech Mahindra Ltd ended the second quarter with revenues of $7.47 billion, $3.64 billion and $1.59 billion, up 0.61%, 2.79% and 1.41% on a sequential basis, respectively.", "$3.64 billion", Metric.Revenue)]
    [InlineData("TCS, HCL Tech and Tech Mahindra Ltd ended the second quarter with revenues of $7.47 billion, $3.64 billion and $1.59 billion, up 0.61%, 2.79% and 1.41% on a sequential basis, respectively.", "$1.59 billion", Metric.Revenue)]
    [InlineData("The three startups were valued at $2 billion (€1.8 billion), $900 million, or $400 million.", "$900 million", Metric.Valuation)]
    public void Read_FigureTiedToAReadFigure_TakesItsMetric(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    // No figure of the pair was read: nothing to share.
    [InlineData("Net income grew from $2 million to $5 million.", "$2 million")]
    // A figure after the change's end that no comparison word ties to it.
    [InlineData("Revenue rose to $4.1 billion last year, and the company paid $2.9 billion in fines.", "$2.9 billion")]
    // Outside the corpus: a profit compared with a loss, a fine compared with a fine.
    // https://businesspostcorner.com/revolut-swings-to-loss-as-cost-increases-offset-boost-from-higher-rates
    [InlineData("The company posted a pre-tax loss of £25.4mn in 2022, compared with a pre-tax profit of £40mn the previous year which had been fuelled largely by a surge in cryptocurrency trading.", "£40mn")]
    // https://www.timesofisrael.com/liveblog_entry/seemingly-bowing-to-haredim-ministers-halve-fine-hike-for-school-violations/
    [InlineData("In keeping with the original plan, however, businesses that open illegally will also face a fine of NIS 10,000, up from the current NIS 5,000.", "NIS 5,000")]
    public void Read_FigureNotTiedToARevenueFigure_StaysOther(string sentence, string at)
    {
        Assert.NotEqual(Metric.Revenue, Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_FigureARuleRead_KeepsItsOwnMetric()
    {
        // The end of the change is a valuation, the start a round: each keeps what its own words say.
        var sentence = "The company raised $300 million in a round that lifted its valuation from $2 billion to $5 billion.";

        Assert.Equal(Metric.RoundSize, Figure(sentence, "$300 million").Metric);
        Assert.Equal(Metric.Valuation, Figure(sentence, "$2 billion").Metric);
    }
}
