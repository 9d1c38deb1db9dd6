using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-ninth session's rules, for data-centre leases (M7, M8): "contracted revenue" is revenue, what one lease or contract brings
/// its seller, not a backlog; the value of a lease of data-centre capacity is a compute commitment; and what a deal's options or
/// extensions may take the figure before to keeps that figure's reading. A lease's obligations (what a backstop guarantees), an office's
/// or an aircraft's lease and a provider's future contract revenue keep their readings.
/// </summary>
public sealed class ThirtyNinthSessionRulesTests
{
    [Theory]
    [InlineData("TeraWulf has secured two 10-year HPC colocation agreements with AI cloud platform Fluidstack, representing approximately $3.7 billion in contracted revenue.", "$3.7 billion")]
    [InlineData("The deal represents roughly $5 billion in total contracted revenue over an anticipated 15-year term.", "$5 billion")]
    [InlineData("It will bring Applied Digital's total anticipated contracted lease revenue to roughly US$11 billion.", "US$11 billion")]
    [InlineData("On October 28, the deal expanded to include 168 MW, bringing the deal's total contracted revenue to $9.5 billion.", "$9.5 billion")]
    [InlineData("Contracted revenue for the first ten years is approximately US$3.7 billion.", "US$3.7 billion")]
    public void Read_ContractedRevenue_IsRevenue(string sentence, string at)
    {
        Assert.Equal(Metric.Revenue, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The company said it had added more than US$317 billion in future contract revenue during Q1.", "US$317 billion")]
    [InlineData("Oracle reported $455 billion in remaining performance obligations and $12 billion in deferred revenue.", "$12 billion")]
    public void Read_FutureOrDeferredRevenue_StaysOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Cipher Mining has reached a 15-year lease agreement worth $5.5 billion with Amazon, with shares rising approximately 16% in pre-market trading.", "$5.5 billion")]
    [InlineData("In a statement, the company said it has signed a 15-year lease agreement valued at $7 billion with Fluidstack at its River Bend campus.", "$7 billion")]
    [InlineData("Hut 8 has agreed a 15-year, 245MW lease with Fluidstack at the River Bend data center campus in Louisiana, in a triple net (NNN) deal valued at $7 billion.", "$7 billion")]
    [InlineData("The triple-net lease is valued at $7 billion, with the first data hall scheduled for completion in Q2 2027.", "$7 billion")]
    [InlineData("Applied Digital's new $5.2 billion lease agreement with a U.S.-based hyperscaler is another sign that the AI race is becoming an infrastructure race.", "$5.2 billion")]
    public void Read_DataCentreLeaseValue_IsAComputeCommitment(string sentence, string at)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.ComputeCommitment, figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    [InlineData("Google will backstop $1.8 billion of Fluidstack's lease obligations to support project-related debt financing.", "$1.8 billion")]
    [InlineData("The freehold office building is let to University College London Hospital on a lease worth £4.7m a year.", "£4.7m")]
    [InlineData("The Stamford-based company owns 277 aircraft on leases valued at $7.74 billion.", "$7.74 billion")]
    [InlineData("Microsoft said finance leases that had not yet begun had soared to $108.4 billion, with data center capacity across the world.", "$108.4 billion")]
    public void Read_LeaseDebtOrALeaseOfNoCapacity_IsNoComputeCommitment(string sentence, string at)
    {
        Assert.NotEqual(Metric.ComputeCommitment, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The agreements lock in approximately $3.7 billion in contracted revenue, with potential to rise to $8.7 billion if two five-year extension options are exercised.", "$8.7 billion", Metric.Revenue)]
    [InlineData("Hut 8 has agreed a 15-year lease with Fluidstack in a deal valued at $7 billion, with the potential to rise to $17.7 billion if all options are exercised.", "$17.7 billion", Metric.ComputeCommitment)]
    [InlineData("The deal represents approximately $830 million in contracted revenue over the initial term, with potential to reach $2 billion through extension options.", "$2 billion", Metric.Revenue)]
    public void Read_WhatOptionsMayTakeTheFigureBeforeTo_KeepsItsReading(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Acme raised $40 million in its Series B, with the option to raise a further $10 million later.", "$10 million")]
    public void Read_OptionToRaiseMoreAfterARound_IsNoRevenueNorCompute(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }
}
