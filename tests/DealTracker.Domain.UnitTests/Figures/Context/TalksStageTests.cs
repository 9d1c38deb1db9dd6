using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The stage of talks (<c>StageRules</c>) from the words wires use for it, read only where they describe talks or a deal: "an
/// early-stage startup" or "a market in its early stages" proposes no stage, and a negation or a condition before the words stops them.
/// </summary>
public sealed class TalksStageTests
{
    [Theory]
    // https://unfoldnews.io/apollo-sees-a-5-billion-investment-in-intel-bloomberg-news-reports/
    [InlineData("Intel executives have been considering Apollo’s proposal, Bloomberg reported, adding that talks on the deal are in a preliminary stage and have not yet been completed.", TalksStage.Early, "in a preliminary stage")]
    [InlineData("Qualcomm CEO Cristiano Amon is personally involved in negotiations to acquire five-decade-old Intel, which are currently in their early stages, Reuters reported on Friday, citing a source briefed on the matter.", TalksStage.Early, "in their early stages")]
    // https://japantimes.co.jp/news/2014/12/05/business/corporate-business/itochu-cp-group-reportedly-in-talks-to-invest-in-citic
    [InlineData("CITIC said today it is in preliminary talks with investors, without naming them.", TalksStage.Early, "preliminary talks")]
    // https://www.livemint.com/companies/news/google-in-talks-to-invest-4-billion-in-reliance-s-digital-arm-report-11594718118155.html
    [InlineData("Google is in advanced talks to buy a stake in Reliance Industries Ltd.’s digital arm Jio Platforms Ltd., according to people familiar with the matter.", TalksStage.Advanced, "advanced talks")]
    [InlineData("An announcement could come as soon as the next few weeks, according to the people.", TalksStage.Final, "announcement could come as soon as")]
    // http://in.rediff.com/money/2007/jan/01hutch.htm
    [InlineData("\"The discussions are in the final stages and we expect to reach a conclusion within the next couple of weeks.\"", TalksStage.Final, "in the final stages")]
    // https://egyptoil-gas.com/news/qatari-power-outfit-may-throw-lifeline-to-malaysia-fund/
    [InlineData("1Malaysia Development Bhd (1MDB) is nearing the sale of its power assets to a consortium including Qatar’s Nebras Power and China General Nuclear Power Holding Corp, sources told Reuters.", TalksStage.Final, "nearing the sale")]
    // https://dnaindia.com/business/report-tata-steel-closes-in-on-uk-plant-sale-2165755/amp
    [InlineData("India's steel giant Tata Steel has nearly sealed the deal with a London-based private equity firm for the sale of its struggling Long Products business, which includes plants at Scunthorpe in east England and Lanakrshire in Scotland, according to a media report.", TalksStage.Final, "nearly sealed the deal")]
    // https://business-standard.com/amp/article/companies/etihad-likely-to-finalise-deal-with-jet-on-jan-25-113012200501_1.html
    [InlineData("Abu Dhabi's Etihad Airways will finalise a deal to buy a stake in India's Jet Airways on Friday, January 25, CNBC TV18 reported, in what would be the first such investment by a foreign carrier in an Indian airline since rules were relaxed last year.", TalksStage.Final, "finalise a deal")]
    [InlineData("A deal may be announced as early as Friday or by the first week of February, the TV channel said, citing unnamed sources.", TalksStage.Final, "deal may be announced as early as")]
    // https://www.businessinsider.com/r-chemchina-set-to-close-deal-on-pirelli-buyout-sources-2015-3
    [InlineData("MILAN (Reuters) - China National Chemical Corp (ChemChina) and the shareholders of Pirelli were putting the final touches on a deal that will trigger a 7 billion euro ($7.5 billion) buyout of the Italian tire company, four sources close to the matter said on Sunday.", TalksStage.Final, "final touches")]
    // https://news.siolla.com/daily-news/virgin-orbit-locks-an-investment-of-200-million-froam-matthew-brown-and-a-deal-might-be-finalized-as-soon-as-thursday
    [InlineData("Virgin Orbit is in the final stages of securing an investment of $200 million from Texas-based businessman Matthew Brown.", TalksStage.Final, "in the final stages")]
    // http://climateerinvest.blogspot.com/2017/09/softbank-dragoneer-didi-close-to.html
    [InlineData("Japan’s SoftBank Group, U.S. investment group Dragoneer and Chinese rideshare giant Didi Chuxing are close to finalizing their investment in Uber via a joint venture, sources tell TechCrunch.", TalksStage.Final, "close to finalizing their investment")]
    // https://www.taxi-point.co.uk/post/2017/09/14/softbank-didi-and-dragoneer-getting-closer-to-uber-investment
    [InlineData("The deal is expected to be finalised and announced in a fortnight.", TalksStage.Final, "deal is expected to be finalised")]
    // https://news.mergerlinks.com/daily-review/goldman-sachs-completed-the-acquisition-of-greensky-for-$-2-24bn
    [InlineData("Goldman Sachs completed the acquisition of GreenSky, a fintech platform for home improvement consumer loan originations, for $2.24bn.", TalksStage.Final, "completed the acquisition")]
    // Written variants of the same structures.
    [InlineData("The deal is close to being finalized, according to a person familiar with the matter.", TalksStage.Final, "close to being finalized")]
    [InlineData("Negotiations are well advanced and a deal could be announced next week.", TalksStage.Advanced, "Negotiations are well advanced")]
    [InlineData("Talks are in a preliminary phase.", TalksStage.Early, "in a preliminary phase")]
    [InlineData("The investment has been completed.", TalksStage.Final, "investment has been completed")]
    [InlineData("Amazon completed its $4 billion investment in Anthropic.", TalksStage.Final, "completed its $4 billion investment")]
    [InlineData("The transaction closed on Friday.", TalksStage.Final, "transaction closed")]
    [InlineData("The companies signed a definitive agreement.", TalksStage.Final, "signed a definitive agreement")]
    [InlineData("The deal is all but done, a source said.", TalksStage.Final, "all but done")]
    public void Read_StageOfTalksWords_ProposeTheStage(string sentence, TalksStage stage, string wording)
    {
        var found = Assert.Single(Read(sentence).Stages);

        Assert.Equal(stage, found.Stage);
        Assert.Equal(wording, found.Wording);
    }

    [Theory]
    // https://www.timeslive.co.za/motoring/news/2020-01-24-stroll-sets-sights-on-aston-martin/
    [InlineData("No final agreements have been reached, and the manufacturer could fail to reach an agreement or decide against bringing in new investors, the people said.")]
    // https://business-standard.com/amp/article/companies/etihad-likely-to-finalise-deal-with-jet-on-jan-25-113012200501_1.html
    [InlineData("Jet has previously said it was in talks with Etihad, but the terms of the deal were not finalised.")]
    // Stage words describing a company, an investor or a market, not talks (corpus sentences and written variants).
    [InlineData("The market for hydrogen is still in its early stages, with just 4% of proposed projects globally reaching financial close in 2023, according to the International Energy Agency.")]
    [InlineData("The early-stage startup raised $5 million from Sequoia.")]
    [InlineData("Accel is an early-stage investor in the company.")]
    [InlineData("The fund backs early stage companies in India.")]
    [InlineData("The company is in an early stage of growth and raised $5 million.")]
    [InlineData("The company has completed 12 acquisitions since 2019.")]
    [InlineData("The startup is finalizing its product roadmap.")]
    [InlineData("Mubadala will invest in the retail division, according to a source close to the deal.")]
    [InlineData("Both sides estimate that the new company will be worth some $28 billion once the merger is completed.")]
    public void Read_StageWordsNotAboutTheTalks_ProposeNoStage(string sentence)
    {
        Assert.Empty(Read(sentence).Stages);
    }
}
