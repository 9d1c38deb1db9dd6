using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Where sentences, words and clauses begin and end, which every rule reads: "Pvt." and "Pty." do not end a sentence, an em dash
/// glued between two words ends the first one's phrase, a clause after a colon opens like a sentence, and "for a cash consideration
/// of" is a price after "for".
/// </summary>
public sealed class WordBoundariesTests
{
    [Theory]
    // https://www.thehindu.com/business/tii-to-acquire-stake-in-start-up-aerostrovilos/article37421421.ece
    [InlineData("Tube Investments of India Ltd. (TII) will be acquiring up to 25% stake in Aerostrovilos Energy Pvt. Ltd. for a cash consideration of ₹3.46 crore.", "₹3.46 crore", "Tube Investments of India Ltd.|TII")]
    // https://www.business-standard.com/article/pti-stories/cipla-inks-pact-to-acquire-26-pc-stake-in-ampsolar-power-systems-119052301768_1.html
    [InlineData("Drug firm Cipla on Thursday said it has signed an agreement to acquire 26 per cent stake on a fully diluted basis in AMPSolar for a cash consideration of up to Rs 12.90 crore.", "Rs 12.90 crore", "Cipla")]
    // blind42 (corpus): a company name with "Pvt. Ltd" before the price; a price "for a cash consideration of".
    [InlineData("In February last year, Cipla had agreed to acquire an 11.71% stake in health-tech startup Wellthy Therapeutics Pvt. Ltd for Rs 10.5 crore.", "Rs 10.5 crore", "Cipla")]
    [InlineData("Cipla said in a stock-exchange filing it will acquire a 21.85% stake in GoApptiv for a cash consideration of Rs 9 crore ($1.19 million).", "Rs 9 crore", "Cipla")]
    public void Read_StakePriceAfterAbbreviatedNameOrPriceWords_IsTheBuyersInvestment(string sentence, string at, string investors)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor, investors.Split('|'));
    }

    [Theory]
    // blind42 (corpus): "Vision Fund II—valuing" and a clause opened after a colon.
    [InlineData("On Monday, the DCG announced that existing shareholders had sold about $700 million worth of their shares to investors led by SoftBank’s Vision Fund II—valuing the company at about $10 billion.", "$10 billion")]
    [InlineData("Why it matters: Valued at $14 billion just in March, the new round of funding could value the business at $3 billion to $4 billion — a signal that more pain is still to come for crypto startups that grew too quickly.", "$14 billion")]
    // Written variants.
    [InlineData("Background: Valued at $14 billion in March, the company raised more.", "$14 billion")]
    [InlineData("Shareholders sold shares to SoftBank—valuing the company at about $10 billion.", "$10 billion")]
    public void Read_ValuationAfterGluedDashOrColon_IsAValuation(string sentence, string at)
    {
        Assert.Equal(Metric.Valuation, Figure(sentence, at).Metric);
    }

    [Theory]
    [InlineData("Background: Valued at $14 billion in March, the company raised more.", "Valued")]
    public void Read_ParticipleOpeningAClauseAfterAColon_IsNoName(string sentence, string word)
    {
        Assert.DoesNotContain(Read(sentence).Organisations, o => o.Name.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PvtBeforeLtd_KeepsOneSentenceAndOneName()
    {
        var reading = Read("Cipla agreed to acquire an 11.71% stake in Wellthy Therapeutics Pvt. Ltd for Rs 10.5 crore.");

        Assert.Contains(reading.Organisations, o => o.Name.StartsWith("Wellthy Therapeutics Pvt", StringComparison.Ordinal));
    }

    [Theory]
    // blind41 (corpus), after its first run; a written variant.
    [InlineData("(Reuters reported that some Chinese banks provided debt financing).", "Reuters")]
    [InlineData("(Reuters reported that the deal values the startup at $5 billion.)", "Reuters")]
    public void Read_SentenceWhollyInBrackets_IsReadAsASentence(string sentence, string source)
    {
        Assert.Equal([source], Named(sentence));
    }

    [Theory]
    // https://unfoldnews.io/apollo-sees-a-5-billion-investment-in-intel-bloomberg-news-reports/
    [InlineData("(Reporting by Mrinmay Dey in Bengaluru; Editing by Lisa Shumaker)")]
    // https://www.marketscreener.com/quote/stock/BEIQI-FOTON-MOTOR-CO-LT-6496227/news/Daimler-Foton-say-will-start-making-Mercedes-Benz-trucks-in-China-31916820/
    [InlineData("(Reporting by Yilei Sun in Beijing and Brenda Goh in Shanghai; Editing by Christopher Cushing)")]
    public void Read_WireCreditLineInBrackets_CitesNoSourceAndNamesNoOne(string sentence)
    {
        var reading = Read(sentence);

        Assert.Empty(reading.Sources);
        Assert.Empty(reading.Organisations);
    }

    [Theory]
    // blind48 (corpus), eighth session.
    [InlineData("MUMBAI, INDIA, /CNW/ - Canada Pension Plan Investment Board (CPP Investments) today announced a follow-on investment of INR 20.8 billion (C$346 million) in the units of National Highways Infra Trust (NHIT), an Infrastructure Investment Trust (InvIT) sponsored by the National Highways Authority of India (NHAI).", "INR 20.8 billion", "Canada Pension Plan Investment Board")]
    // Written variants in the shape of press-release datelines.
    [InlineData("NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Capital today announced it has invested $50 million in Beta Labs.", "$50 million", "Acme Capital")]
    [InlineData("TORONTO, Aug. 1, 2023 /CNW/ - Brookfield Asset Management today announced it will invest $2 billion in Zeta Energy.", "$2 billion", "Brookfield Asset Management")]
    public void Read_PressWireCreditedBetweenSlashes_IsNoPartOfTheName(string sentence, string at, string investor)
    {
        var reading = Read(sentence);

        Assert.Equal(investor, reading.Figures.First(f => f.Figure.Text.Contains(at, StringComparison.Ordinal)).Investor);
        Assert.DoesNotContain(reading.Organisations, o => o.Name.Contains("CNW", StringComparison.Ordinal) || o.Name.Contains("PRNewswire", StringComparison.Ordinal));
    }
}
