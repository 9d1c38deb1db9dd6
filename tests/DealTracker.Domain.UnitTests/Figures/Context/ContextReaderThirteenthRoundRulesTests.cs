using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The rules added for the classes of miss blind29 and blind30 showed on their first runs (the thirteenth round). Each class is tested on
/// its corpus misses and on real sentences from pages no corpus set holds (found with the stored-pages search; each page's address is in a
/// comment above its sentence).
/// </summary>
public sealed class ContextReaderThirteenthRoundRulesTests
{
    // ---------------------------------------------------------------- state media named with what they are

    [Theory]
    // blind29 miss.
    [InlineData("This brings the state’s ownership to 82.186 percent of Aramco shares, according to the official Saudi Press Agency, with a cumulative 16 percent transferred to the kingdom’s Public Investment Fund (PIF) and its subsidiaries.", "Saudi Press Agency")]
    // https://business-line.com/?p=77881 (AP)
    [InlineData("Crown Prince Mohammed bin Salman’s decision, announced by the state-run Saudi Press Agency, sends the stake to the Saudi Arabian Investment Co., known as Sanabil Investments.", "Saudi Press Agency")]
    // http://uk.reuters.com/article/emirates-utilities-idUKL5N1EO0VT
    [InlineData("\"An official at the fund said that the news about entering into a binding agreement with Utico is baseless and unfounded.\" the official Saudi Press Agency (SPA) reported.", "Saudi Press Agency")]
    // https://english.alsiasi.com/dubai-unveils-new-investment-fund-with-billions-in-state-owned-assets/
    [InlineData("The Dubai Investment Fund will house assets worth billions of dollars and invest government money locally and internationally, state-run news agency WAM said on Monday.", "WAM")]
    // https://www.businesstoday.in/latest/world/story/saudi-arabia-announces-transfer-of-4-aramco-shares-to-sovereign-wealth-fund-322424-2022-02-13
    [InlineData("Saudi Arabia's Crown Prince Mohammed bin Salman announced the transfer of 4% of Saudi Aramco shares to the Public Investment Fund, Saudi Arabia's sovereign wealth fund, state news agency SPA reported on Sunday.", "SPA")]
    // https://infosurhoy.com/news/iran-china-to-ink-deal-on-belt-and-road-project.html
    [InlineData("The two countries’ foreign ministers will sign the agreement, official news agency IRNA reported.", "IRNA")]
    public void Read_StateMediumCited_IsANamedSource(string sentence, string medium)
    {
        Assert.Contains(medium, Named(sentence));
    }

    [Fact]
    public void Read_StateOwnedPartyBesideAStateMedium_OnlyTheMediumIsASource()
    {
        // https://www.nasdaq.com/articles/uaes-adq-to-invest-%2410-bln-in-projects-with-egypt-jordan-wam (Reuters): ADQ is the party.
        var sentence = "Abu Dhabi state holding firm ADQ will allocate $10 billion in investment for projects with Egypt and Jordan, the United Arab Emirates' state news agency WAM reported on Sunday, citing the Industry and Advanced Technology Minister Sultan Al Jaber.";

        Assert.Equal(["WAM"], Named(sentence));
    }

    // ---------------------------------------------------------------- valued at a figure, with a round named after it

    [Theory]
    // blind30 miss.
    [InlineData("In March 2021, Stripe raised $600 million from a group of investors, and was valued at $95 billion in that round.", "$95 billion")]
    // https://e-com-net.com/article/1730649287873867776.htm (quoting The New York Times)
    [InlineData("Bird, a start-up that rents out electric scooters, is being valued at $2.5 billion in a new funding round led by the venture capital firm Sequoia Capital,according to three people with knowledge of the deal.", "$2.5 billion")]
    // https://qz.com/1305719/electric-scooter-company-bird-is-the-fastest-startup-ever-to-become-a-unicorn
    [InlineData("Bird, one of many scooter startups currently sweeping the US, was last valued at $400 million after closing $100 million in series B funding in early March.", "$400 million")]
    // https://businesslogr.com/ride-hailing-firm-lyft-plans-to-raise-up-to-1-billion-in-financing-bloomberg/ (the round named before)
    [InlineData("In its previous fund raising round led by Japanese online retailerRakuten, Lyft was valued at $2.5 billion.", "$2.5 billion")]
    public void Read_ValuedAtAFigureWithARoundNamed_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    // The rounds themselves in the same sentences stay rounds.
    [InlineData("In March 2021, Stripe raised $600 million from a group of investors, and was valued at $95 billion in that round.", "$600 million")]
    [InlineData("Bird, one of many scooter startups currently sweeping the US, was last valued at $400 million after closing $100 million in series B funding in early March.", "$100 million")]
    public void Read_RoundBesideAValuedFigure_StaysTheRound(string sentence, string at)
    {
        Assert.Equal(Metric.RoundSize, Figure(sentence, at).Metric);
    }
    // ---------------------------------------------------------------- market totals a data provider counts over a period

    [Theory]
    // blind30 misses.
    [InlineData("According to new data out this week from analytics firm Dealroom, the AI funding frenzy continued at pace last year with ~$110 billion pouring into the sector globally, about 33% of the total investment in the entire VC space.", "$110 billion")]
    [InlineData("SINGAPORE: Singapore remains at the forefront of technology funding in Southeast Asia, having secured an impressive US$604 million in the first quarter of 2024, according to data from Tracxn, outpacing other major cities such as Jakarta, Ho Chi Minh, Taguig, and Watthana.", "US$604 million")]
    [InlineData("In the third quarter of this year alone, African fintech firms raised $906 million, according to Digest Africa, an early-stage investment database on the continent.", "$906 million")]
    [InlineData("Just last year, Nvidia took part in 26 rounds that totaled $18.8 billion, per Crunchbase data.", "$18.8 billion")]
    // blind29 misses.
    [InlineData("As of mid-December 2025, the total value of deals involving SWFs during 2025 was $200 billion, up from $67 billion in 2024, according to S&P Global Market Intelligence data.", "$200 billion")]
    [InlineData("As of mid-December 2025, the total value of deals involving SWFs during 2025 was $200 billion, up from $67 billion in 2024, according to S&P Global Market Intelligence data.", "$67 billion")]
    [InlineData("Globally, the scale of AI investment hit $275 billion this year, according to PitchBook data, doubling the amount spent in 2024.", "$275 billion")]
    // Older sets' misses of the same class (blind26, blind27).
    [InlineData("They have deployed around $200 million in 2024 as of the third week of June, according to a Business Standard analysis of data from tracker Tracxn.", "$200 million")]
    [InlineData("PitchBook data showed that the biggest US private companies raised a record haul in 2025, smashing the previous high of $92bn raised in 2021, with investors rushing to back top AI groups such as OpenAI and Anthropic.", "$92bn")]
    // https://kenyanwallstreet.com/african-startups-raise-350-million-in-q1-2020
    [InlineData("Venture funding in the first quarter of the year for African startups reached $350 million according to data from Briter Bridges, a tech ecosystem data consultancy.", "$350 million")]
    // http://securerefa.blogg.se/2023/september/touchdown-ventures-crunchbase.html (Crunchbase News text)
    [InlineData("Global venture funding in Q2 2023 fell 18% quarter over quarter to $65 billion, Crunchbase data shows.", "$65 billion")]
    // https://techcabal.com/2020/04/10/funding-africa-tech-q1-2020/
    [InlineData("In total, approximately $350 million was raised in African tech according to data from Briter Bridges, a tech ecosystem data consultancy.", "$350 million")]
    public void Read_TotalADataProviderCountsOverAPeriod_IsAMarketTotal(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Metric);
    }

    [Fact]
    public void Read_CompanyInvestingInAPeriodByItsOwnData_StaysItsInvestment()
    {
        // blind12: one named investor's money, though data and a year are cited.
        var sentence = "Hyundai Motor Co. has invested 99.3 billion won (about US$87.2 million), in 2018, according to data published by the company.";

        var figure = Figure(sentence, "99.3 billion won");

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.StartsWith("Hyundai Motor Co", figure.Investor, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataCentreInvestmentThisYear_StaysTheInvestment()
    {
        // blind9: "Data Centers" is no data provider.
        var sentence = "Other significant transactions in the sector this year include a $9.2 billion investment in Vantage Data Centers in June by DigitalBridge and Silver Lake.";

        Assert.Equal(Metric.Investment, Figure(sentence, "$9.2 billion").Metric);
    }
}
