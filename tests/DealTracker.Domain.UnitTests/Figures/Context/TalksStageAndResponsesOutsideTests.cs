using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Real wire sentences of the stage and response classes from outside the corpus, each with its address: the stage they propose (or
/// none, where the talks ended) and the parties that respond.
/// </summary>
public sealed class TalksStageAndResponsesOutsideTests
{
    [Theory]
    // https://investing.com/news/economy/juul-in-deal-talks-with-three-tobacco-giants--wsj-2988092
    [InlineData("(Reuters) -E-cigarette maker Juul Labs Inc is in early talks with three tobacco giants for a potential sale, strategic investment, licensing or distribution deal, the Wall Street Journal reported on Wednesday, citing people familiar with the matter.", TalksStage.Early, "early talks")]
    [InlineData("Juul reached late-stage talks with Altria last fall on a potential deal to sell its international business or license its U.S. intellectual property but the talks fell apart in September due to a potential bankruptcy filing, people familiar with the discussions told the Journal.", null, null)]
    // https://ndtvprofit.com/amp/business/lvmh-says-in-preliminary-takeover-talks-with-jewellers-tiffany-for-14-5-billion-2123649
    [InlineData("French luxury giant LVMH said on Monday it was in preliminary talks to take over US jewellers Tiffany but there was \"no certainty\" that they would be successful.", TalksStage.Early, "preliminary talks")]
    // http://m.91dzs.com/arts/2010-03/16/content_19619308.htm
    [InlineData("The talks, which have taken place in the past few weeks, were described as being in an \"early stage\" by one person who asked not to named as the discussions were confidential.", TalksStage.Early, "early stage")]
    // https://www.prime-wow.com/?p=109776
    [InlineData("Discussions are still in early stages, according to Bloomberg’s anonymous sources.", TalksStage.Early, "in early stages")]
    // https://www.autonews.com/automakers-suppliers/fca-set-unveil-renault-tie-early-monday-reports-say
    [InlineData("MILAN -- Fiat Chrysler Automobiles is poised to announce a tie-up with Renault SA as soon as Monday, opening a path for the Italian-American automaker to eventually become part of the Renault-Nissan Motor Co. alliance, according to people familiar with the matter.", TalksStage.Final, "poised to announce")]
    // https://namaazone.com/index.php/en/blog/ (Mubadala, Reliance Retail)
    [InlineData("The Abu Dhabi government's Mubadala Investment Fund is in advanced stages in talks to invest up to $ 1 billion in the retail division of India's Reliance Industries.", TalksStage.Advanced, "in advanced stages")]
    // https://www.business-standard.com/article/companies/ril-in-talks-with-middle-eastern-sovereign-funds-for-jio-platforms-report-120060300267_1.html
    [InlineData("Abu Dhabi’s Mubadala Investment Co. is slated to invest about $1 billion into Jio Platforms Ltd. and an announcement could come as soon as this week, said the agency, following similar reports last week.", TalksStage.Final, "announcement could come as soon as")]
    // https://www.newsmax.com/finance/streettalk/disney-reliance-india/2023/12/12/id/1145683/
    [InlineData("Earlier in the day, the Economic Times newspaper reported the companies are finalizing the details of a non-binding term sheet to merge their operations in India, which could see Reliance have a 51% stake.", TalksStage.Final, "finalizing the details")]
    // https://itiger.com/hans/news/2486140468
    [InlineData("Brookfield decided to end months of negotiations, which were disclosed publicly in July, after failing to reach an agreement with the board of Grifols on the price, according to the people, who cannot be named as the matter isn’t public.", null, null)]
    // http://www.mediapost.com/publications/article/101282/thiel-twitter-deal-collapsed-on-stock-valuation.html
    [InlineData("Ultimately, he says, the talks broke down as the parties disagreed over price and structure.", null, null)]
    public void Read_OutsideStageSentence_ProposesItsStage(string sentence, TalksStage? stage, string? cue)
    {
        var stages = Read(sentence).Stages;
        if (stage is null)
        {
            Assert.Empty(stages);
            return;
        }

        var found = Assert.Single(stages);
        Assert.Equal(stage, found.Stage);
        Assert.Contains(cue!, found.Wording, StringComparison.Ordinal);
        Assert.Equal(found.Wording, sentence.Substring(found.Start, found.Length));
    }

    [Theory]
    // https://www.channelnewsasia.com/news/business/google-in-talks-to-invest-us-4-billion-in-reliance-s-digital-arm--bloomberg-12931512
    [InlineData("Google declined to comment, while Reliance did not immediately respond to a request for comment.", "Google|Reliance")]
    // https://www.livemint.com/companies/news/google-in-talks-to-invest-4-billion-in-reliance-s-digital-arm-report-11594718118155.html
    [InlineData("Representatives for Google and Reliance didn’t immediately respond to requests for comment.", "Google|Reliance")]
    // https://www.newsmax.com/finance/streettalk/disney-reliance-india/2023/12/12/id/1145683/
    [InlineData("Reliance and Disney did not immediately respond to Reuters queries.", "Reliance|Disney")]
    // https://itiger.com/hans/news/2486140468
    [InlineData("A spokesperson for Brookfield declined to comment.", "Brookfield")]
    [InlineData("A representative for Grifols couldn’t immediately comment.", "Grifols")]
    // https://rupertbumfrey.blogspot.com/2010/07/sainsbury-declines-comment-on-qatari.html
    [InlineData("The QIA was immediately unavailable for comment.", "QIA")]
    // https://www.autonews.com/automakers-suppliers/fca-set-unveil-renault-tie-early-monday-reports-say
    [InlineData("A Renault spokesman declined to comment on whether a board meeting will be held on Monday.", "Renault")]
    // https://mnacritique.mergersindia.com/?p=47660
    [InlineData("Reliance did not immediately respond to a request for comment.", "Reliance")]
    // https://investing.com/news/economy/juul-in-deal-talks-with-three-tobacco-giants--wsj-2988092 ("The company" names no party; Altria is in the aside)
    [InlineData("The company, partly owned by Marlboro maker Altria, declined to comment.", "")]
    public void Read_OutsideResponseSentence_ProposesAResponseForEachParty(string sentence, string parties)
    {
        var found = Read(sentence).Responses;

        Assert.NotEmpty(found);
        Assert.Equal(parties.Split('|'), found.Select(r => r.Party ?? "").Distinct().ToList());
        Assert.All(found, r => Assert.Equal(r.Wording, sentence.Substring(r.Start, r.Length)));
    }
}
