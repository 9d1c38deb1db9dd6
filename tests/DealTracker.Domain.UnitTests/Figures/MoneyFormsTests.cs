using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using static DealTracker.Domain.UnitTests.Figures.FigureText;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// The money forms of issue 13, each both ways: read where it is money, left alone where it is not.
/// Expected figures are written "text|amount|currency|hedge" (a range's amount "low..high"), joined by " ; ".
/// </summary>
public sealed class MoneyFormsTests
{

    /// <summary><paramref name="unit"/> repeated to exactly <see cref="FigureExtractor.MaxTextLength"/> characters.</summary>
    private static string Fill(string unit) =>
        string.Concat(Enumerable.Repeat(unit, (FigureExtractor.MaxTextLength / unit.Length) + 1))[..FigureExtractor.MaxTextLength];

    private static void AssertFigures(string text, string expected) => Assert.Equal(expected, Describe(FigureExtractor.Extract(text)));

    [Theory]
    [InlineData("Enbridge agreed a deal worth US$28 billion.", "US$28 billion|28000000000|USD|exact")]
    [InlineData("The fund paid U.S. $5 million for it.", "U.S. $5 million|5000000|USD|exact")]
    [InlineData("The fund paid U.S.$5 million for it.", "U.S.$5 million|5000000|USD|exact")]
    [InlineData("The bid was C$3.8 billion.", "C$3.8 billion|3800000000|CAD|exact")]
    [InlineData("The bid was c $ 42 million.", "c $ 42 million|42000000|CAD|exact")]
    [InlineData("The bid was c$42 million.", "c$42 million|42000000|CAD|exact")]
    [InlineData("A payment of up to r$350 million may be added.", "up to r$350 million|350000000|BRL|upTo")]
    [InlineData("The fund paid us$5 million.", "us$5 million|5000000|USD|exact")]
    [InlineData("The bid was CA$42 million.", "CA$42 million|42000000|CAD|exact")]
    [InlineData("The bid was Can$1.51 billion.", "Can$1.51 billion|1510000000|CAD|exact")]
    [InlineData("The offer was A$11.6 billion.", "A$11.6 billion|11600000000|AUD|exact")]
    [InlineData("The offer was AU$7.50 per share.", "AU$7.50|7.5|AUD|exact")]
    [InlineData("CSL planned to pay $US3.1 billion for Talecris.", "$US3.1 billion|3100000000|USD|exact")]
    [InlineData("The offer was NZ$2 billion.", "NZ$2 billion|2000000000|NZD|exact")]
    [InlineData("The IPO raised HK$2.95 billion.", "HK$2.95 billion|2950000000|HKD|exact")]
    [InlineData("The IPO raised hk $ 3.2 billion.", "hk $ 3.2 billion|3200000000|HKD|exact")]
    [InlineData("The REIT paid S$1.6 billion.", "S$1.6 billion|1600000000|SGD|exact")]
    [InlineData("DBS invested NT$10 billion in Taiwan.", "NT$10 billion|10000000000|TWD|exact")]
    [InlineData("Brookfield paid R$6 billion.", "R$6 billion|6000000000|BRL|exact")]
    [InlineData("The bond raised MX$5 billion.", "MX$5 billion|5000000000|MXN|exact")]
    [InlineData("It paid $5 million Canadian dollars.", "$5 million Canadian dollars|5000000|CAD|exact")]
    public void Extract_QualifiedDollar_ReadsItsCurrency(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Revenue was C$1.2 billion, up from $900 million.", "C$1.2 billion|1200000000|CAD|exact ; $900 million|900000000|CAD|exact")]
    [InlineData("The bid was A$23.6 billion ($17.4 billion).", "A$23.6 billion|23600000000|AUD|exact ; $17.4 billion|17400000000|USD|exact")]
    [InlineData("It raised $5 billion.", "$5 billion|5000000000|USD|exact")]
    [InlineData("All figures are in Canadian dollars. Shopify earned $1.2 billion.", "$1.2 billion|1200000000|CAD|exact")]
    [InlineData("Qube earned $900 million (in Australian dollars) and paid US$50 million, then $20 million more.", "$900 million|900000000|AUD|exact ; US$50 million|50000000|USD|exact ; $20 million|20000000|AUD|exact")]
    [InlineData("Amounts in Australian dollars. The bid is A$5bn ($3.3bn).", "A$5bn|5000000000|AUD|exact ; $3.3bn|3300000000|USD|exact")]
    [InlineData("The Canadian dollar rose; Shopify earned $1.2 billion.", "$1.2 billion|1200000000|USD|exact")]
    public void Extract_BareDollar_IsUsdUnlessTheSentenceSaysOtherwise(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("A meal costs 75 € there.", "75 €|75|EUR|exact")]
    [InlineData("A meal costs 75€ there.", "75€|75|EUR|exact")]
    [InlineData("The ticket is 300元 now.", "300元|300|CNY|exact")]
    [InlineData("The ticket is 300 円 now.", "300 円|300|JPY|exact")]
    [InlineData("The fee is 20 CHF per month.", "20 CHF|20|CHF|exact")]
    [InlineData("The bonds raised 1.5bn EUR.", "1.5bn EUR|1500000000|EUR|exact")]
    [InlineData("The fund raised 7 million USD.", "7 million USD|7000000|USD|exact")]
    [InlineData("Veolia bid 1,5 Mrd. € for the stake.", "1,5 Mrd. €|1500000000|EUR|exact")]
    [InlineData("The share costs 25 zł now.", "25 zł|25|PLN|exact")]
    public void Extract_SymbolOrCodeAfterNumber_ReadsCurrency(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Bayer sold EUR 450 million of bonds.", "EUR 450 million|450000000|EUR|exact")]
    [InlineData("It borrowed USD 2bn.", "USD 2bn|2000000000|USD|exact")]
    [InlineData("It borrowed USD51 billion.", "USD51 billion|51000000000|USD|exact")]
    [InlineData("It will spend 900 million euros.", "900 million euros|900000000|EUR|exact")]
    [InlineData("Shire agreed a £5bn bid.", "£5bn|5000000000|GBP|exact")]
    [InlineData("SoftBank booked ¥2 trillion.", "¥2 trillion|2000000000000|JPY|exact")]
    [InlineData("Reliance raised ₹10,000 crore.", "₹10,000 crore|100000000000|INR|exact")]
    [InlineData("It is worth eight million yen.", "eight million yen|8000000|JPY|exact")]
    [InlineData("Nestle paid 2 billion Swiss francs.", "2 billion Swiss francs|2000000000|CHF|exact")]
    [InlineData("Reckitt paid 32.6 billion Indian rupees.", "32.6 billion Indian rupees|32600000000|INR|exact")]
    [InlineData("The bank lost 5 billion Turkish lira.", "5 billion Turkish lira|5000000000|TRY|exact")]
    [InlineData("The bond raised 10 billion Mexican pesos.", "10 billion Mexican pesos|10000000000|MXN|exact")]
    [InlineData("The partners will inject 1.5 billion yuan.", "1.5 billion yuan|1500000000|CNY|exact")]
    [InlineData("The partners will inject 1.5 billion renminbi.", "1.5 billion renminbi|1500000000|CNY|exact")]
    [InlineData("The partners will inject RMB 1.5 billion.", "RMB 1.5 billion|1500000000|CNY|exact")]
    [InlineData("Nordax offered 17.8 billion Norwegian crowns.", "17.8 billion Norwegian crowns|17800000000|NOK|exact")]
    [InlineData("SK bought it for 620 billion won.", "620 billion won|620000000000|KRW|exact")]
    [InlineData("The projects are worth RM5 billion.", "RM5 billion|5000000000|MYR|exact")]
    [InlineData("Investors pledged Rp 55 trillion.", "Rp 55 trillion|55000000000000|IDR|exact")]
    [InlineData("Tiger Brands paid ZAR 1.6 billion.", "ZAR 1.6 billion|1600000000|ZAR|exact")]
    // Kenyan press writes the shilling "Sh" (blind37: "$200 million (about Sh22 billion)").
    [InlineData("Safaricom earned Sh 120 billion.", "Sh 120 billion|120000000000|KES|exact")]
    [InlineData("The fund raised about Sh22 billion.", "about Sh22 billion|22000000000|KES|approximately")]
    // Israeli press writes the new shekel "NIS" (blind34: "investing NIS 100 million in a private placement").
    [InlineData("Menorah invested over NIS 30 million in Israel Canada's shares.", "over NIS 30 million|30000000|ILS|atLeast")]
    [InlineData("The placement raised NIS100m.", "NIS100m|100000000|ILS|exact")]
    [InlineData("Brookfield may invest 3.3 billion reais.", "3.3 billion reais|3300000000|BRL|exact")]
    [InlineData("Itaú may invest up to 1.5 billion reals.", "up to 1.5 billion reals|1500000000|BRL|upTo")]
    [InlineData("Stanbic earned 13.5 billion nairas.", "13.5 billion nairas|13500000000|NGN|exact")]
    [InlineData("The state will sell 5 billion pesos of bonds, Manila said.", "5 billion pesos|5000000000|PHP|exact")]
    public void Extract_CodeOrName_ReadsCurrency(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    // "NIS" in real sentences of the Israeli press, from pages no corpus set holds (found with the stored-pages search).
    // https://en.globes.co.il/en/article-idb-development-completes-nis-236m-bond-offering-1001307727
    [InlineData("IDB Development, controlled by Eduardo Elsztain, yesterday successfully raised NIS 236 million in the preliminary stage of an offering of its new Series 15 bonds.", "NIS 236 million|236000000|ILS|exact")]
    // http://www.globes.co.il/en/article-3-bond-issues-raise-NIS-3b-1001183035
    [InlineData("NIS 3 billion was raised this week by three concerns taking advantage of the low yields on government bonds.", "NIS 3 billion|3000000000|ILS|exact")]
    // https://www.jpost.com/Breaking-News/Hapoalim-to-raise-NIS-1-billion-in-debt (Globes)
    [InlineData("The company earlier received an A- rating for a debt issue of up to NIS 120 million, but sources close to the company said that it planned to raise NIS 70-80 million; even so, it missed its target.", "up to NIS 120 million|120000000|ILS|upTo ; NIS 70-80 million|70000000..80000000|ILS|range")]
    // https://www.ynetnews.com/articles/0,7340,L-4404799,00.html
    [InlineData("The cabinet approved a national plan to develop the Negev with a budget of NIS 500 million ($140 million).", "NIS 500 million|500000000|ILS|exact ; $140 million|140000000|USD|exact")]
    // https://www.israelnationalnews.com/News/Flash.aspx/511661
    [InlineData("The current government's infrastructure plans for the coming four years incorporate 233 separate projects at a combined cost of around NIS 230 billion, an increase of around NIS 30 billion over what was publicized last year, a report in Kan News states.", "around NIS 230 billion|230000000000|ILS|approximately ; around NIS 30 billion|30000000000|ILS|approximately")]
    // https://time.news/green-indices-on-the-stock-exchange-tikun-olam-jumps-24 (Calcalist's market blog)
    [InlineData("9:40 – Orbit acquires Euclid Systems Engineering for a total consideration of up to NIS 14 million; Euclid specializes in the development of positioners for the defense industries, which include precise, small and lightweight propulsion systems.", "up to NIS 14 million|14000000|ILS|upTo")]
    // https://www.timesofisrael.com/liveblog_entry/seemingly-bowing-to-haredim-ministers-halve-fine-hike-for-school-violations/
    [InlineData("Most significantly, the fine for defying the ban on opening education institutions (other than preschools and grades 1-4) will be upped from NIS 5,000 ($1,467) to NIS 10,000 ($2,935) instead of the originally planned NIS 20,000 ($5,870).", "NIS 5,000|5000|ILS|exact ; $1,467|1467|USD|exact ; NIS 10,000|10000|ILS|exact ; $2,935|2935|USD|exact ; NIS 20,000|20000|ILS|exact ; $5,870|5870|USD|exact")]
    // https://israeliherald.net/plea-deal-for-oil-company
    [InlineData("Ashkelon court fined the Europe Asia Pipeline Company over NIS 1.5 million ($415,000) in criminal proceedings in relation to one of the most significant oil spills in the history of the Jewish state.", "over NIS 1.5 million|1500000|ILS|atLeast ; $415,000|415000|USD|atLeast")]
    public void Extract_NisInIsraeliPress_ReadsShekels(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("The seed round was $5m.", "$5m|5000000|USD|exact")]
    [InlineData("The seed round was $5mn.", "$5mn|5000000|USD|exact")]
    [InlineData("The seed round was $5 mln.", "$5 mln|5000000|USD|exact")]
    [InlineData("The round was $5b.", "$5b|5000000000|USD|exact")]
    [InlineData("The round was $5 bln.", "$5 bln|5000000000|USD|exact")]
    [InlineData("Apple is worth $3t.", "$3t|3000000000000|USD|exact")]
    [InlineData("Apple is worth $3 tn.", "$3 tn|3000000000000|USD|exact")]
    [InlineData("The grant was $400k.", "$400k|400000|USD|exact")]
    [InlineData("The grant was 400 thousand euros.", "400 thousand euros|400000|EUR|exact")]
    [InlineData("The state approved Rs 5 lakh for it.", "Rs 5 lakh|500000|INR|exact")]
    [InlineData("RIL will invest Rs 1.8 lakh crore.", "Rs 1.8 lakh crore|1800000000000|INR|exact")]
    [InlineData("RIL will invest Rs 1 lakh cr.", "Rs 1 lakh cr|1000000000000|INR|exact")]
    // "crs", "Crs.", "cr", "crores": the plural and the abbreviations of crore that Indian wires write.
    [InlineData("SBI MF and Axis MF have also invested Rs 70 crs and Rs 30 crs respectively.", "Rs 70 crs|700000000|INR|exact ; Rs 30 crs|300000000|INR|exact")]
    [InlineData("The fund put in Rs 45 Crs. in the round.", "Rs 45 Crs.|450000000|INR|exact")]
    [InlineData("The fund put in Rs 45 Crs. The round closed.", "Rs 45 Crs|450000000|INR|exact")]
    [InlineData("The fund put in Rs 12 cr in the round.", "Rs 12 cr|120000000|INR|exact")]
    [InlineData("The fund put in Rs 1,200 crores in the round.", "Rs 1,200 crores|12000000000|INR|exact")]
    [InlineData("The fund put in ₹70 crs in the round.", "₹70 crs|700000000|INR|exact")]
    [InlineData("The deal valued AusNet at A$10.2bil.", "A$10.2bil|10200000000|AUD|exact")]
    [InlineData("Tiger Brands wrote off R849-million, said the paper.", "R849-million|849000000|ZAR|exact")]
    [InlineData("Tiger Brands wrote off R1.6 billion.", "R1.6 billion|1600000000|ZAR|exact")]
    public void Extract_Scale_MultipliesAmount(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("The IPO could raise $3-4 billion.", "$3-4 billion|3000000000..4000000000|USD|range")]
    [InlineData("The IPO could raise between €2bn and €3bn.", "between €2bn and €3bn|2000000000..3000000000|EUR|range")]
    [InlineData("The IPO could fetch €1 to €2 billion.", "€1 to €2 billion|1000000000..2000000000|EUR|range")]
    [InlineData("The IPO could raise between HK$1.1bn and HK$1.5bn.", "between HK$1.1bn and HK$1.5bn|1100000000..1500000000|HKD|range")]
    [InlineData("The IPO is Rs 7,500 to Rs 8,000 crore.", "Rs 7,500 to Rs 8,000 crore|75000000000..80000000000|INR|range")]
    [InlineData("Carlyle paid JPY 20-25 billion for it.", "JPY 20-25 billion|20000000000..25000000000|JPY|range")]
    [InlineData("The projects are worth between RM5 billion and RM7 billion.", "between RM5 billion and RM7 billion|5000000000..7000000000|MYR|range")]
    public void Extract_SharedScaleAcrossRange_ReadsRange(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("It cost seven million yen.", "seven million yen|7000000|JPY|exact")]
    [InlineData("It cost twenty dollars.", "twenty dollars|20|USD|exact")]
    [InlineData("It cost a billion dollars.", "a billion dollars|1000000000|USD|exact")]
    [InlineData("It cost half a billion dollars.", "half a billion dollars|500000000|USD|exact")]
    [InlineData("It made a one-dollar bid.", "one-dollar|1|USD|exact")]
    [InlineData("It cost two hundred and fifty million pounds.", "two hundred and fifty million pounds|250000000|GBP|exact")]
    [InlineData("It cost twenty-five million euros.", "twenty-five million euros|25000000|EUR|exact")]
    [InlineData("It cost one and a half billion dollars.", "one and a half billion dollars|1500000000|USD|exact")]
    [InlineData("It is a ten-billion-dollar deal.", "ten-billion-dollar|10000000000|USD|exact")]
    [InlineData("It is a $1.5 billion-plus deal.", "$1.5 billion-plus|1500000000|USD|atLeast")]
    [InlineData("It could cost about a billion dollars.", "about a billion dollars|1000000000|USD|approximately")]
    [InlineData("The stock sold for 4 dollars 25 cents.", "4 dollars 25 cents|4.25|USD|exact")]
    [InlineData("The stock sold for 4 dollars and 25 cents.", "4 dollars and 25 cents|4.25|USD|exact")]
    public void Extract_NumberInWords_ReadsAmount(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Siemens bid 1,5 Mrd. € for it.", "1,5 Mrd. €|1500000000|EUR|exact")]
    [InlineData("It signed a €12,7-billion deal.", "€12,7-billion|12700000000|EUR|exact")]
    [InlineData("BHP valued Anglo at 29,34 pounds a share.", "29,34 pounds|29.34|GBP|exact")]
    [InlineData("Shire was up at 4,001.50 pence on Tuesday.", "4,001.50 pence|40.015|GBP|exact")]
    [InlineData("Nippon Express pays EURO 845 million for it.", "EURO 845 million|845000000|EUR|exact")]
    [InlineData("It paid €1.000.000 for it.", "€1.000.000|1000000|EUR|exact")]
    [InlineData("It paid €1.000,50 for it.", "€1.000,50|1000.5|EUR|exact")]
    [InlineData("It paid CHF 1'000'000 for it.", "CHF 1'000'000|1000000|CHF|exact")]
    [InlineData("It paid 1\u2009000 € for it.", "1\u2009000 €|1000|EUR|exact")]
    [InlineData("It paid 1\u202F000\u202F000 € for it.", "1\u202F000\u202F000 €|1000000|EUR|exact")]
    [InlineData("It paid ₹5,91,61,730 for it.", "₹5,91,61,730|59161730|INR|exact")]
    [InlineData("It paid Rs.1,00,000 crore.", "Rs.1,00,000 crore|1000000000000|INR|exact")]
    [InlineData("It paid $1,250 million.", "$1,250 million|1250000000|USD|exact")]
    public void Extract_DecimalAndThousandsStyles_ReadsAmount(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Tickets cost $5, $10 and $20.", "$5|5|USD|exact ; $10|10|USD|exact ; $20|20|USD|exact")]
    [InlineData("Units sold for €5, €10, or €20.", "€5|5|EUR|exact ; €10|10|EUR|exact ; €20|20|EUR|exact")]
    [InlineData("It paid 5 billion yen, 2 billion yuan and 1 billion won.", "5 billion yen|5000000000|JPY|exact ; 2 billion yuan|2000000000|CNY|exact ; 1 billion won|1000000000|KRW|exact")]
    public void Extract_List_ReadsEveryItem(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("Amazon may invest as much as $25 billion (£19 billion).", "as much as $25 billion|25000000000|USD|upTo ; £19 billion|19000000000|GBP|upTo")]
    [InlineData("It paid approximately £13.3 million (equivalent to approximately $17.4 million USD).", "approximately £13.3 million|13300000|GBP|approximately ; approximately $17.4 million USD|17400000|USD|approximately")]
    [InlineData("AusNet is valued at more than A$10.2bil (US$7.7bil or RM32bil).", "more than A$10.2bil|10200000000|AUD|atLeast ; US$7.7bil|7700000000|USD|atLeast ; RM32bil|32000000000|MYR|atLeast")]
    [InlineData("Piramal will pay Rs 2,912.5 crore, or $631.1 million.", "Rs 2,912.5 crore|29125000000|INR|exact ; $631.1 million|631100000|USD|exact")]
    public void Extract_BracketedConversion_TakesHedgeOfFigureItConverts(string text, string expected) => AssertFigures(text, expected);

    [Fact]
    public void Extract_BracketedConversion_LinksToFigureItConverts()
    {
        var found = FigureExtractor.Extract("Intro $1. AusNet is valued at A$10.2bil (US$7.7bil or RM32bil), and Ausnet's debt is $5bn.");

        Assert.Equal([null, null, 1, 1, null], found.Select(f => f.Converts));
    }

    [Theory]
    [InlineData("The company raised its target from $6 billion to $8 billion.", "$6 billion|6000000000|USD|exact ; $8 billion|8000000000|USD|exact")]
    [InlineData("Veolia lifted its offer from 2.9 billion euros to 3.4 billion euros.", "2.9 billion euros|2900000000|EUR|exact ; 3.4 billion euros|3400000000|EUR|exact")]
    [InlineData("Revenue grew from $8bn to $10bn.", "$8bn|8000000000|USD|exact ; $10bn|10000000000|USD|exact")]
    [InlineData("Bids ranged from $8bn to $10bn.", "from $8bn to $10bn|8000000000..10000000000|USD|range")]
    public void Extract_ChangeFromTo_ReturnsTwoFigures(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("The company issued 1.2 billion shares at 5 a share.")]
    [InlineData("Margins rose 12,5 percent.")]
    [InlineData("It was founded in 1999 and listed in 2004.")]
    [InlineData("The plant makes 2.5 GW of power.")]
    [InlineData("The cluster has 100,000 GPUs.")]
    [InlineData("It employs 20,000 people in 30 countries.")]
    [InlineData("The dollar rose against the yen and the euro.")]
    [InlineData("The NIS rose against the dollar and the euro.")]
    [InlineData("Sh. Ramesh said the firm would grow.")]
    [InlineData("The euro fell and sterling slipped.")]
    [InlineData("Billions of dollars are at stake.")]
    [InlineData("A $ sign and a € sign.")]
    [InlineData("He lost 10 pounds on the diet.")]
    [InlineData("The team won 3 games and the league.")]
    [InlineData("Both films were shot in 4 reals of footage.")]
    [InlineData("It costs a dollar.")]
    [InlineData("Its shares rose 5 per cent to a record.")]
    [InlineData("Version 1.2.3 was released.")]
    [InlineData("One of the two bidders walked away.")]
    [InlineData("Jones's $ is not money.")]
    [InlineData("The XS$5 code is a part number.")]
    [InlineData("Prices are quoted in 2020 euros.")]
    [InlineData("The R2 unit and the R8 model were shown.")]
    [InlineData("He lost 10.5 pounds in a month.")]
    [InlineData("Section 12,5 covers it.")]
    public void Extract_NotMoney_ReturnsNothing(string text) => Assert.Empty(FigureExtractor.Extract(text));

    [Theory]
    [InlineData("It made a bid of a $5bn.", "$5bn|5000000000|USD|exact")]
    [InlineData("It is a $5bn deal.", "$5bn|5000000000|USD|exact")]
    [InlineData("It is its $5bn deal.", "$5bn|5000000000|USD|exact")]
    public void Extract_ArticleBeforeDollar_IsNotAQualifier(string text, string expected) => AssertFigures(text, expected);

    [Theory]
    [InlineData("HKBN is set to raise HK$5.8 billion $748 million from its IPO.", "HK$5.8 billion|5800000000|HKD|exact ; $748 million|748000000|USD|exact")]
    [InlineData("Trade had already exceeded US$27 billion.", "exceeded US$27 billion|27000000000|USD|atLeast")]
    [InlineData("Es werden Aktien im Wert von bis zu 300 Millionen £ gekauft.", "bis zu 300 Millionen £|300000000|GBP|upTo")]
    [InlineData("Bayer zahlte rund 16,5 Milliarden Euro.", "rund 16,5 Milliarden Euro|16500000000|EUR|approximately")]
    public void Extract_HedgeWords_ReadAroundNewForms(string text, string expected) => AssertFigures(text, expected);

    [Fact]
    public void Extract_PathologicalDigitsAndCommas_Completes()
    {
        var text = Fill("1,2,3,4.5.6'7 000,");

        var found = FigureExtractor.Extract(text);

        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Extract_PathologicalCurrencyWords_Completes()
    {
        var text = Fill("$ US$ hk $ euros dollars Swiss francs one hundred and a half billion ");

        var found = FigureExtractor.Extract(text);

        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [InlineData("one ")]
    [InlineData("one hundred hundred ")]
    [InlineData("ninety ninety ninety trillion lakh crore dollars ")]
    [InlineData("C$1 and $1, ")]
    [InlineData("(((C$1 $1 ")]
    [InlineData("twenty-five ")]
    public void Extract_PathologicalRepetition_Completes(string unit)
    {
        var text = Fill(unit);

        var found = FigureExtractor.Extract(text);

        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Extract_RandomTokensOfNewForms_KeepsInvariants()
    {
        string[] tokens =
        [
            "$", "C$", "c $", "HK$", "A$", "US$", "R$", "€", "£", "¥", "₹", "Rs", "RM", "EUR", "CHF", "~", "+", "-", "(", ")", ",", ".", " or ",
            "1", "1,5", "12,7", "1.000.000", "1'000", "1,00,000", "4,001.50", "2026", "29,34", "0", "one", "twenty", "hundred", "and", "a", "half",
            "bn", "m", "Mrd.", "crore", "lakh", "billion", "million", "won", "yen", "euros", "pounds", "pence", "cents", "dollars", "Swiss francs",
            "pesos", "crowns", "between", "from", "to", "raised", "about", "up to", "bis zu", "Mexico", "Manila", "\n",
        ];
        var random = new Random(13);
        for (var run = 0; run < 3000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => tokens[random.Next(tokens.Length)] + (random.Next(3) == 0 ? "" : " ")));

            var found = FigureExtractor.Extract(text);

            for (var i = 0; i < found.Count; i++)
            {
                var figure = found[i];
                Assert.Equal(figure.Text, text.Substring(figure.Start, figure.Length));
                Assert.True(i == 0 || found[i - 1].End <= figure.Start, $"Overlap in '{text}'.");
                Assert.True(figure.Converts is null || figure.Converts < i, $"A conversion before its figure in '{text}'.");
            }
        }
    }

    [Fact]
    public void Extract_PathologicalFiguresInOneSentence_ReadsThemAll()
    {
        var text = Fill("€1,5 Mrd. (US$1.6bn), ");

        var found = FigureExtractor.Extract(text);

        Assert.True(found.Count > 8_000);
        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Currencies_EveryCode_IsAnIsoCodeHedgedAmountAccepts()
    {
        foreach (var currency in Currencies.All)
        {
            var money = HedgedAmount.Exact(1m, currency.Code);

            Assert.Equal(currency.Code, money.Currency);
            Assert.Contains(currency.Code, MoneyFormat.Compact(5_000_000_000m, currency.Code) + MoneyFormat.Full(1m, currency.Code), StringComparison.Ordinal);
        }
    }
}
