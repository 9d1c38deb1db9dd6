using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The thirty-eighth session's rules: the cash and the stock parts of a takeover's price are other (M1); "pct" and "45pc" are
/// percentages, so the price of such a stake is an investment; the centime is a hundredth of the Swiss franc; the subject before a
/// describing clause ("formed from the merger of …", "with operations in …") is the investor; one company's total brought to a figure is
/// other (M5); a fund's size by a long or quoted name, or "the fund is worth", is a round size (M10); aid, a bailout, a fine or a break-up
/// fee is other (M6); what an investment or a share purchase costs is the investment; the first level of a change takes the currency
/// written after the second; "£E" is the Egyptian pound; and many deals' value together is a total (M4).
/// </summary>
public sealed class ThirtyEighthSessionRulesTests
{
    [Theory]
    [InlineData("The deal consists of approximately $1.065 billion in IonQ stock and $10 million in cash, and is expected to close later in 2025.", "$1.065 billion")]
    [InlineData("The deal consists of approximately $1.065 billion in IonQ stock and $10 million in cash, and is expected to close later in 2025.", "$10 million")]
    [InlineData("Telehealth giant Teladoc purchased connected health platform Livongo Health for $1B in cash and almost $17B in stock.", "$17B")]
    [InlineData("The last bid, on December 20, included £41.7billion in cash and £8.3billion worth of Unilever shares.", "£8.3billion")]
    [InlineData("One person familiar with the situation said the deal would cost around 12 billion pounds ($18.8 billion) in cash and shares.", "12 billion pounds")]
    public void Read_CashOrStockPartOfATakeoverPrice_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Acme Corp agreed to buy a 20% stake in Beta Ltd, paying $30 million in cash and $20 million in Acme stock.", "$20 million", Metric.Investment)]
    [InlineData("OpenAI employees can sell $1.5 billion worth of shares in a new tender offer to SoftBank, allowing them to cash out restricted stock units (RSUs).", "$1.5 billion", Metric.Investment)]
    [InlineData("The companies have been discussing a deal that would value Arm at about US$40 billion in cash and stock, two of the people said.", "US$40 billion", Metric.Valuation)]
    public void Read_StakeTenderOrValuationPaidInCashAndStock_KeepsItsMetric(string sentence, string at, Metric expected)
    {
        Assert.Equal(expected, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Japan's Mitsui & Co. said Wednesday that it will acquire a 40 pct interest in an Australian iron ore project for 5,342 million U.S. dollars.", "5,342 million U.S. dollars", "Mitsui & Co.")]
    [InlineData("Bharti bought a 45pc interest in OneWeb for £400m.", "£400m", "Bharti")]
    public void Read_StakeWrittenInPctOrPc_IsTheBuyersInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("UBS will pay 76 centimes per share for Credit Suisse with its shares.", "76 centimes", "0.76", "CHF")]
    [InlineData("The board earlier rejected a 25-centime offer from UBS, people close to the talks in Zurich said.", "25-centime", "0.25", "CHF")]
    public void Extract_Centimes_AreAHundredthOfTheSwissFranc(string sentence, string text, string amount, string currency)
    {
        AssertExtracted(sentence, text, amount, currency);
        Assert.Null(Figure(sentence, text).Metric);
    }

    [Theory]
    [InlineData("Millea Holdings Inc., formed from the merger of Tokio Marine & Fire Insurance Co and Nichido Fire & Marine Insurance Co, will pay NT$960 million ($28 million) for a 30 percent stake in Taiwan's fourth-biggest insurer.", "NT$960 million", "Millea Holdings Inc.")]
    [InlineData("Orion Capital, based in Singapore, will invest $40 million in the startup.", "$40 million", "Orion Capital")]
    public void Read_SubjectBeforeADescribingClause_IsTheInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("The follow-on investment brought the total amount raised to 150 million yuan (US$21.57 million).", "150 million yuan")]
    [InlineData("That brings the total amount of money raised for the company to $48.2M since the company was founded in 2016.", "$48.2M")]
    [InlineData("Zurich-based fintech firm Numbrs has raised $40 million to bring the total capital invested to almost $200 million.", "$200 million")]
    public void Read_OneCompanysTotalBroughtToTheFigure_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("A couple of other investors are likely to join Temasek in this round with smaller cheques, taking the total funding to $180-200 million.", "$180-200 million")]
    [InlineData("Existing Starling backer Harald McPike invested a further £25 million, bringing the total raised to £75 million.", "£75 million")]
    public void Read_RoundGrownToTheFigure_StaysARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Google was said to be looking to deploy more capital from the $10 Bn Google For India Digitization fund, announced in mid 2020.", "$10 Bn")]
    [InlineData("I also covered a new £100 million “Scale Up” fund from MMC Ventures.", "£100 million")]
    [InlineData("The second Vision Fund is worth around $108bn.", "$108bn")]
    public void Read_FundSizeByItsNameOrWorth_IsARoundSize(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("The Swiss National Bank is providing 200 billion francs in assistance.", "200 billion francs")]
    [InlineData("That program is slated to provide a total of 1 trillion yen in assistance over five years starting in fiscal 2026, according to Jiji Press.", "1 trillion yen")]
    [InlineData("Commitments agreed with European Union authorities at the time of MPS’s 5.4 billion euro ($5.82 billion) bailout in 2017 bind Rome to eventually selling its 64% stake in the bank.", "5.4 billion euro")]
    [InlineData("Lufthansa and the German government reached an agreement on a bailout of 9 billion euros that will see the State become the first shareholder of the group.", "9 billion euros")]
    [InlineData("This includes the recently granted $40.5 million, $77 million in matching funds from Colorado and $10 million in matching funds from New Mexico.", "$10 million")]
    public void Read_AidOrABailout_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Toyota's investment is likely to cost more than 70 billion yen ($650 million) based on Subaru's stock market value.", "more than 70 billion yen", "Toyota")]
    [InlineData("The 4 billion yen ($44.4 million) share purchase will make Shandong Ruyi the largest shareholder in Renown.", "4 billion yen", "Shandong Ruyi")]
    public void Read_WhatAnInvestmentCosts_IsTheInvestment(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);
        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }

    [Theory]
    [InlineData("Taiwan Semiconductor Manufacturing Company Limited has agreed to invest EUR1.1 billion in ASML.", "EUR1.1 billion", "Taiwan Semiconductor Manufacturing Company Limited")]
    [InlineData("The board of LT Foods approved the proposed investment of up to Rs 140 crore by India Agri Business Fund II Limited.", "up to Rs 140 crore", "India Agri Business Fund II Limited")]
    public void Read_PlaceLedNameEndingInALegalForm_KeepsItsPlace(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    [Theory]
    [InlineData("Toyota's investment is likely to cost more than 70 billion yen, said the Nikkei business daily, which first reported the news.")]
    [InlineData("Toyota will take a 20% stake in Subaru, said the Nikkei newspaper.")]
    public void Sources_OutletAfterSaidWithWhatItIs_IsNamed(string sentence)
    {
        Assert.Equal(["Nikkei"], Named(sentence));
    }

    [Theory]
    [InlineData("Hon Hai Precision Industry Co has been fined NT$10 million (US$329,294) by the Ministry of Economic Affairs for not getting regulatory approval for its investment in a Chinese semiconductor company.", "NT$10 million")]
    [InlineData("Coherent will pay Lumentum a breakup fee of $217.6 million after turning down Lumentum’s latest offer.", "$217.6 million")]
    public void Read_AFineOrABreakUpFee_IsOther(string sentence, string at)
    {
        var figure = Figure(sentence, at);
        Assert.Null(figure.Metric);
        Assert.Null(figure.Investor);
    }

    [Theory]
    [InlineData("Meanwhile, the company prepares to increase its authorised capital from 4.5 billion to 10 billion pounds.", "4.5 billion", "4500000000", "GBP")]
    [InlineData("Emaar seeks to increase its issued capital from 4.01 billion to 4.61 billion Egyptian pounds (US$525-604 million).", "4.01 billion", "4010000000", "EGP")]
    [InlineData("The company has priced its shares at £E11.60 ($2.11) in the international offering.", "£E11.60", "11.6", "EGP")]
    [InlineData("Today (31 May), Blackstone's Tragus bought Strada for Gbp140m.", "Gbp140m", "140000000", "GBP")]
    public void Extract_ChangeStartOrEgyptianAndTitleCasePounds_ReadsAmountAndCurrency(string sentence, string text, string amount, string currency)
    {
        AssertExtracted(sentence, text, amount, currency);
    }

    [Theory]
    [InlineData("Sales ranged from 4 billion to 5 billion euros.")]
    [InlineData("The fund grew from 2020 to 2025 by 5 billion euros.")]
    public void Extract_RangeOrYearsBeforeAChange_BorrowNoCurrency(string sentence)
    {
        Assert.Single(FigureExtractor.Extract(sentence));
    }

    [Theory]
    [InlineData("Eight deals with a total value of £764m were recorded in the first half of the year.", "£764m")]
    [InlineData("UK mid-market private equity exits saw a drop-off in H1 2022 – down to just 59 deals at a value of £3.2 bn.", "£3.2 bn")]
    [InlineData("That was 34 per cent down on 2001 and the combined value of the MBIs was only £152 million.", "£152 million")]
    [InlineData("Nevertheless, across Europe, the UK market was once again the busiest by volume and largest by value, with 189 buyouts totalling £35.2bn.", "£35.2bn")]
    public void Read_ManyDealsValueTogether_IsOther(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Coinbase said that recent private market transactions had valued the company at around $68 billion this year.", "$68 billion")]
    [InlineData("This latest investment - which is larger than all of the company's previous rounds combined - values the company at around $7 billion.", "$7 billion")]
    public void Read_CompanyValuedByDeals_StaysAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }
}
