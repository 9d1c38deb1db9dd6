using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;
using static DealTracker.Domain.UnitTests.Figures.FigureText;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// A generated sweep of issue 13's money forms: currencies (symbols, prefixed dollars in any case and spacing, ISO codes,
/// names and plurals, Reuters' "dlrs") × number styles (1,234.5; 1.234,5 and 1,5 beside "Mio."/"Mrd."; 1 234; words) ×
/// scale spellings (attached, spaced, hyphenated; upper, mixed and lower case) × placement (before or after the number) ×
/// hedges, in frames wires use, each asserting amount, currency, span and hedge; and forms that are no money.
/// Frames and forms checked against real copy (the outside sentences below): inc42's "INR 913.7 Cr ($109 Mn)" and
/// "$1.1-1.2 Bn" (http://www.anapaulabessa.com/index-102.html), "₹4 Cr" and "$200M" (https://incbusiness.in/?p=4474),
/// "$ 150 million (about Rs 1,250 crore)" (https://fastnewsglobe.com/startup-ecosystem-of-india-is-flying-high-1250-crore-rupees-raised-in-7-days),
/// Dow Jones' "roughly EUR900 million" (https://uk.marketscreener.com/quote/stock/AIRBUS-SE-4637/news/Airbus-Wins-2-3-Billion-Satellite-Contract-From-German-Armed-Forces-Update-47311273),
/// Reuters' "150.6 million euros ($175.61 million)" (https://www.reuters.com/article/banco-com-port-results/portugal-millennium-bcps-first-half-net-profit-jumps-67-pct-idUSE8N1S9005).
/// Expected figures are written "text|amount|currency|hedge", joined by " ; ".
/// </summary>
public sealed class MoneyFormsSweepTests
{
    private static readonly string[] _companies = ["Siemens", "Reliance Jio", "Tencent", "Shopify", "Nestlé", "Petrobras", "Temasek", "BHP"];

    // "{M}" is the money with its hedge, as the wires write it.
    private static readonly string[] _frames =
    [
        "{C} agreed to pay {M} for the unit.",
        "{C} said on Tuesday it would invest {M} in the plant.",
        "The deal is worth {M}, {C} said.",
        "{C} raised {M} in its latest funding round.",
        "{C} posted a net profit of {M} in the quarter, Reuters reported.",
    ];

    private static readonly (string Text, Hedge Hedge)[] _hedges =
    [
        ("", Hedge.Exact), ("about ", Hedge.Approximately), ("up to ", Hedge.UpTo), ("more than ", Hedge.AtLeast),
        ("nearly ", Hedge.Approximately), ("as much as ", Hedge.UpTo), ("at least ", Hedge.AtLeast), ("an estimated ", Hedge.Approximately),
        ("roughly ", Hedge.Approximately), ("over ", Hedge.AtLeast), ("", Hedge.Exact),
    ];

    /// <summary>A currency as written before the number ("US$", "EUR ") or after it (" euros", " dlrs").</summary>
    private sealed record CurrencyForm(string Text, string Code, bool Before, Family Family = Family.Any);

    // Any: English scales; Continental: also "Mio."/"Mrd." and decimal commas; Indian: also "cr", "crore", "lakh".
    private enum Family { Any, Continental, Indian }

    private static readonly CurrencyForm[] _currencies =
    [
        new("$", "USD", true), new("US$", "USD", true), new("U.S. $", "USD", true), new("us$", "USD", true), new("US $", "USD", true),
        new("C$", "CAD", true), new("c$", "CAD", true), new("A$", "AUD", true), new("HK$", "HKD", true), new("hk$", "HKD", true),
        new("S$", "SGD", true), new("NT$", "TWD", true), new("R$", "BRL", true), new("MX$", "MXN", true), new("NZ$", "NZD", true),
        new("€", "EUR", true, Family.Continental), new("£", "GBP", true), new("¥", "JPY", true), new("₹", "INR", true, Family.Indian),
        new("Rs ", "INR", true, Family.Indian), new("Rs.", "INR", true, Family.Indian),
        new("EUR ", "EUR", true, Family.Continental), new("USD ", "USD", true), new("CHF ", "CHF", true, Family.Continental),
        new("GBP ", "GBP", true), new("JPY ", "JPY", true), new("RMB ", "CNY", true), new("CNY ", "CNY", true), new("INR ", "INR", true, Family.Indian),
        new("SEK ", "SEK", true), new("EUR", "EUR", true, Family.Continental), new("USD", "USD", true),
        new(" €", "EUR", false, Family.Continental), new(" EUR", "EUR", false, Family.Continental), new(" USD", "USD", false),
        new(" CHF", "CHF", false, Family.Continental), new(" euros", "EUR", false, Family.Continental), new(" Euros", "EUR", false),
        new(" dollars", "USD", false), new(" U.S. dollars", "USD", false), new(" US dollars", "USD", false), new(" Swiss francs", "CHF", false, Family.Continental),
        new(" yuan", "CNY", false), new(" renminbi", "CNY", false), new(" RMB", "CNY", false), new(" yen", "JPY", false),
        new(" pounds", "GBP", false), new(" pounds sterling", "GBP", false), new(" Canadian dollars", "CAD", false),
        new(" Hong Kong dollars", "HKD", false), new(" rupees", "INR", false, Family.Indian), new(" reais", "BRL", false),
        new(" Norwegian crowns", "NOK", false), new(" won", "KRW", false), new(" dlrs", "USD", false), new(" stg", "GBP", false),
        new(" Canadian dlrs", "CAD", false), new(" U.S. dlrs", "USD", false),
    ];

    /// <summary>A scale as written, what it multiplies by, and how it may be joined to the number.</summary>
    private sealed record ScaleForm(string Text, decimal Factor, Family Family = Family.Any, bool Attached = true, bool Spaced = true, bool Hyphen = false);

    private static readonly ScaleForm[] _scales =
    [
        new("m", 1e6m), new("M", 1e6m), new("mn", 1e6m, Hyphen: true), new("MN", 1e6m), new("Mn", 1e6m), new("mln", 1e6m, Hyphen: true),
        new("MM", 1e6m, Spaced: false), new("million", 1e6m, Attached: false, Hyphen: true), new("Million", 1e6m, Attached: false),
        new("b", 1e9m, Spaced: false), new("B", 1e9m), new("bn", 1e9m, Hyphen: true), new("BN", 1e9m), new("Bn", 1e9m),
        new("bln", 1e9m, Hyphen: true), new("billion", 1e9m, Attached: false, Hyphen: true), new("Billion", 1e9m, Attached: false),
        new("tn", 1e12m, Hyphen: true), new("TN", 1e12m, Attached: false), new("trillion", 1e12m, Attached: false, Hyphen: true),
        new("k", 1e3m, Spaced: false), new("K", 1e3m), new("thousand", 1e3m, Attached: false),
        new("Mio.", 1e6m, Family.Continental, Attached: false), new("Mrd.", 1e9m, Family.Continental, Attached: false),
        new("Mio", 1e6m, Family.Continental, Attached: false), new("Mrd", 1e9m, Family.Continental, Attached: false),
        new("cr", 1e7m, Family.Indian), new("crore", 1e7m, Family.Indian, Attached: false, Hyphen: true),
        new("lakh", 1e5m, Family.Indian, Attached: false), new("lakh crore", 1e12m, Family.Indian, Attached: false),
    ];

    /// <summary>A number as written and its value; Continental ones only beside Continental currencies or scales.</summary>
    private static readonly (string Text, decimal Value, Family Family)[] _numbers =
    [
        ("47.5", 47.5m, Family.Any), ("1,234.5", 1234.5m, Family.Any), ("12", 12m, Family.Any), ("2.25", 2.25m, Family.Any),
        ("350", 350m, Family.Any), ("1,5", 1.5m, Family.Continental), ("1.234,5", 1234.5m, Family.Continental), ("12,75", 12.75m, Family.Continental),
    ];

    public static TheoryData<string, string> Scaled()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var currency in _currencies)
        {
            foreach (var scale in _scales.Where(s => s.Family == Family.Any || s.Family == currency.Family))
            {
                foreach (var joint in Joints(scale))
                {
                    var number = _numbers.Where(n => n.Family == Family.Any || currency.Family == Family.Continental).ElementAt(k % (currency.Family == Family.Continental ? 8 : 5));
                    var (hedgeText, hedge) = _hedges[k % _hedges.Length];
                    var core = number.Text + joint + scale.Text;
                    var money = currency.Before ? currency.Text + core : core + currency.Text;
                    var written = hedgeText + money;
                    var frame = _frames[k % _frames.Length];
                    var sentence = frame.Replace("{C}", _companies[k % _companies.Length], StringComparison.Ordinal).Replace("{M}", written, StringComparison.Ordinal);
                    data.Add(Capitalise(sentence), $"{written}|{Plain(number.Value * scale.Factor)}|{currency.Code}|{EnumNames.Token(hedge)}");
                    k++;
                }
            }
        }

        return data;
    }

    /// <summary>How a scale may be joined to its number: attached, after a space, after a hyphen.</summary>
    private static IEnumerable<string> Joints(ScaleForm scale) =>
        new[] { (scale.Attached, ""), (scale.Spaced, " "), (scale.Hyphen, "-") }.Where(j => j.Item1).Select(j => j.Item2);

    public static TheoryData<string, string> Unscaled()
    {
        // Numbers without a scale in every separator style, and numbers in words with names.
        (string Text, decimal Value, Family Family)[] numbers =
        [
            ("1,234.5", 1234.5m, Family.Any), ("1 234 567", 1234567m, Family.Any), ("1 234", 1234m, Family.Any), ("75", 75m, Family.Any),
            ("1.234,5", 1234.5m, Family.Continental), ("1.234.567", 1234567m, Family.Any), ("4,500", 4500m, Family.Any),
        ];
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var currency in _currencies.Where(c => c.Text.Trim() is not ("won" or "pounds" or "yuan" or "RMB")))
        {
            foreach (var number in numbers.Where(n => n.Family == Family.Any || currency.Family == Family.Continental))
            {
                var (hedgeText, hedge) = _hedges[k % _hedges.Length];
                var money = currency.Before ? currency.Text + number.Text : number.Text + currency.Text;
                var sentence = _frames[k % _frames.Length].Replace("{C}", _companies[k % _companies.Length], StringComparison.Ordinal).Replace("{M}", hedgeText + money, StringComparison.Ordinal);
                data.Add(Capitalise(sentence), $"{hedgeText + money}|{Plain(number.Value)}|{currency.Code}|{EnumNames.Token(hedge)}");
                k++;
            }
        }

        (string Text, decimal Value)[] words =
        [
            ("five million", 5e6m), ("two hundred million", 2e8m), ("a billion", 1e9m), ("half a billion", 5e8m), ("twenty-five million", 25e6m),
            ("one and a half billion", 15e8m), ("three trillion", 3e12m), ("ten thousand", 1e4m),
        ];
        foreach (var currency in _currencies.Where(c => !c.Before && char.IsLower(c.Text.Trim()[0])))
        {
            var (text, value) = words[k % words.Length];
            var (hedgeText, hedge) = _hedges[k % _hedges.Length];
            var money = text + currency.Text;
            var sentence = _frames[k % _frames.Length].Replace("{C}", _companies[k % _companies.Length], StringComparison.Ordinal).Replace("{M}", hedgeText + money, StringComparison.Ordinal);
            data.Add(Capitalise(sentence), $"{hedgeText + money}|{Plain(value)}|{currency.Code}|{EnumNames.Token(hedge)}");
            k++;
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scaled))]
    public void Extract_ScaledMoneyInEveryForm_ReadsAmountCurrencySpanAndHedge(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [MemberData(nameof(Unscaled))]
    public void Extract_UnscaledAndWordMoney_ReadsAmountCurrencySpanAndHedge(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("It paid EUR-300-million (USD 323m) for the unit.", "EUR-300-million|300000000|EUR|exact ; USD 323m|323000000|USD|exact")]
    [InlineData("It paid a USD-1.2-billion fee.", "USD-1.2-billion|1200000000|USD|exact")]
    [InlineData("Profit was 5 mln dlrs in the quarter.", "5 mln dlrs|5000000|USD|exact")]
    [InlineData("It earned 12.5 mln Canadian dlrs.", "12.5 mln Canadian dlrs|12500000|CAD|exact")]
    [InlineData("The loan was USD 47.5 M.", "USD 47.5 M|47500000|USD|exact")]
    [InlineData("The grant was USD 50 K, and the bonus USD 10 K.", "USD 50 K|50000|USD|exact ; USD 10 K|10000|USD|exact")]
    [InlineData("It raised US$1.2-bn and $1.5-billion.", "US$1.2-bn|1200000000|USD|exact ; $1.5-billion|1500000000|USD|exact")]
    [InlineData("It raised 2.5-3 bln euros.", "2.5-3 bln euros|2500000000..3000000000|EUR|range")]
    [InlineData("It raised EUR 2.5-3 BN.", "EUR 2.5-3 BN|2500000000..3000000000|EUR|range")]
    [InlineData("Bids ranged from $2 M to $3 M.", "from $2 M to $3 M|2000000..3000000|USD|range")]
    [InlineData("It raised 1 234,5 Mio. €.", "1 234,5 Mio. €|1234500000|EUR|exact")]
    [InlineData("Sales were 5 M USD and costs 3 M dollars.", "5 M USD|5000000|USD|exact ; 3 M dollars|3000000|USD|exact")]
    [InlineData("It sold $5 M of notes, €3 M of bonds and £1 B of loans.", "$5 M|5000000|USD|exact ; €3 M|3000000|EUR|exact ; £1 B|1000000000|GBP|exact")]
    [InlineData("The fund raised $500 M or more.", "$500 M or more|500000000|USD|atLeast")]
    [InlineData("It raised $2-3 M from investors.", "$2-3 M|2000000..3000000|USD|range")]
    [InlineData("The round is USD 2 to 3 M, people said.", "USD 2 to 3 M|2000000..3000000|USD|range")]
    [InlineData("It raised $5 M+ and then $7 M-plus.", "$5 M+|5000000|USD|atLeast ; $7 M-plus|7000000|USD|atLeast")]
    [InlineData("It pays USD 12 M/year for the licence.", "USD 12 M|12000000|USD|exact")]
    [InlineData("It paid 5 M€ for it.", "5 M€|5000000|EUR|exact")]
    [InlineData("It raised 2 bln H.K. dlrs.", "2 bln H.K. dlrs|2000000000|HKD|exact")]
    [InlineData("It raised 5 mln stg ($6.5 mln).", "5 mln stg|5000000|GBP|exact ; $6.5 mln|6500000|USD|exact")]
    // A country word after a bare "$" amount, as Canadian papers write it (https://www.cbc.ca/news/business/nvidia-results-1.7241187
    // style: "Annual revenue in the division was $26.3 billion US in 2022"); read only before a boundary, not before a noun.
    [InlineData("Annual revenue in the division was $26.3 billion US in 2022.", "$26.3 billion US|26300000000|USD|exact")]
    [InlineData("The deal is worth $5 billion Cdn, or $3.6 billion U.S. in cash.", "$5 billion Cdn|5000000000|CAD|exact ; $3.6 billion U.S.|3600000000|USD|exact")]
    [InlineData("It earned $500 million Canadian.", "$500 million Canadian|500000000|CAD|exact")]
    [InlineData("It sold the unit for $1.2 billion Australian last year.", "$1.2 billion Australian|1200000000|AUD|exact")]
    [InlineData("It will build a $5 billion US plant.", "$5 billion|5000000000|USD|exact")]
    [InlineData("The US unit raised $40 million USA-wide.", "$40 million|40000000|USD|exact")]
    // Misspelt scales the wires print.
    [InlineData("ASML led a €1.7 billion ($2 bilion) series C round.", "€1.7 billion|1700000000|EUR|exact ; $2 bilion|2000000000|USD|exact")]
    [InlineData("It raised $300 milion and then $1.5 billon.", "$300 milion|300000000|USD|exact ; $1.5 billon|1500000000|USD|exact")]
    public void Extract_FormsFoundFailing_ReadRight(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    // http://www.anapaulabessa.com/index-102.html (inc42's feed)
    [InlineData("In December, SoftBank offloaded 2.53% of its stake in Gurugram-based parent of Policybazaar PB Fintech, through multiple block deals, amounting to a cumulative INR 913.7 Cr ($109 Mn).", "INR 913.7 Cr|9137000000|INR|exact ; $109 Mn|109000000|USD|exact")]
    [InlineData("Japanese investment major SoftBank, which has not been striking any funding deals in India lately and is drawing up to offload stakes in bourse-bound Ola Electric and FirstCry, still holds shares of $1.1-1.2 Bn in its listed portfolio companies here.", "$1.1-1.2 Bn|1100000000..1200000000|USD|range")]
    // https://incbusiness.in/?p=4474
    [InlineData("L Catterton marked the first close of its $200M India fund, while Dectrocel raised ₹4 Cr for its AI diagnostics platform.", "$200M|200000000|USD|exact ; ₹4 Cr|40000000|INR|exact")]
    // http://medial.app/news/decoding-rapidos-dollar120-mn-unicorn-round-5d27d4cc17579
    [InlineData("Decoding Rapido’s $120 Mn unicorn round", "$120 Mn|120000000|USD|exact")]
    // https://fastnewsglobe.com/startup-ecosystem-of-india-is-flying-high-1250-crore-rupees-raised-in-7-days
    [InlineData("In the last week of March, the country’s startups have raised funding of more than $ 150 million (about Rs 1,250 crore).", "more than $ 150 million|150000000|USD|atLeast ; about Rs 1,250 crore|12500000000|INR|approximately")]
    // https://uk.marketscreener.com/quote/stock/AIRBUS-SE-4637/news/Airbus-Wins-2-3-Billion-Satellite-Contract-From-German-Armed-Forces-Update-47311273
    [InlineData("Last week, the group said it would book a charge of roughly EUR900 million in its first-half balance sheet, citing new forecasts on workload, risks and costs for some telecommunications, navigation and observation programs.", "roughly EUR900 million|900000000|EUR|approximately")]
    // https://www.jensen-group.com/de/investor-relations/press-releases/news/detail/News/slightly-lower-revenues-reflect-competitive-environment.html
    [InlineData("Revenue of the first half-year of 2019 amounts to 177.6 million euro, a slight decrease of 1.9% compared to last year.", "177.6 million euro|177600000|EUR|exact")]
    // https://www.schuhkurier.de/allbirds-strukturiert-um/
    [InlineData("Der Nettoverlust betrug 35,2 Mio. US-Dollar (32,4 Mio. Euro) gegenüber 21,9 Mio. US-Dollar (20,2 Mio. Euro) im ersten Quartal 2022.", "35,2 Mio. US-Dollar|35200000|USD|exact ; 32,4 Mio. Euro|32400000|EUR|exact ; 21,9 Mio. US-Dollar|21900000|USD|exact ; 20,2 Mio. Euro|20200000|EUR|exact")]
    // https://www.eurotech.com/en/press+room/news/?119
    [InlineData("First Quarter 2007 Revenue up by 119% to Euro15.16 Million", "Euro15.16 Million|15160000|EUR|exact")]
    // https://www.reuters.com/article/banco-com-port-results/portugal-millennium-bcps-first-half-net-profit-jumps-67-pct-idUSE8N1S9005
    [InlineData("Net profit rose to 150.6 million euros ($175.61 million) in the period, with earnings from operations in Portugal contributing 59 million euros, up from just 1.6 million euros in the same period a year earlier.", "150.6 million euros|150600000|EUR|exact ; $175.61 million|175610000|USD|exact ; 59 million euros|59000000|EUR|exact ; 1.6 million euros|1600000|EUR|exact")]
    public void Extract_OutsideSentences_ReadEveryForm(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("The app has 47.5 M users.")]
    [InlineData("The link runs at 5 Mbps.")]
    [InlineData("The plant is 300 MW.")]
    [InlineData("It sold a 5 M shares block.")]
    [InlineData("The model has 70 B parameters.")]
    [InlineData("The cluster has 100 K GPUs.")]
    [InlineData("The app was downloaded 12 M times.")]
    [InlineData("The farm makes 2.5 GW of power.")]
    [InlineData("It holds 1 234 567 shares.")]
    [InlineData("The euro rose 1,5 percent against the dollar.")]
    [InlineData("It was founded in 1999 and listed in 2004.")]
    [InlineData("The firm employs 3 mln people.")]
    [InlineData("Traders sold dollars and bought euros.")]
    [InlineData("The USD index rose 0.5 percent.")]
    [InlineData("The EUR 5% coupon bonds were sold.")]
    [InlineData("It serves 5 M customers in 12 countries.")]
    [InlineData("The files total 5 MB and 2 GB.")]
    [InlineData("The K-12 market and the T-Mobile deal.")]
    [InlineData("Euro 2024 drew 2.7 million fans.")]
    [InlineData("The EUR-2 notes and the USD-10 swaps were repriced.")]
    [InlineData("It runs 5 M&A desks and 3 B2B units.")]
    [InlineData("On May 5 100 people attended.")]
    public void Extract_NotMoney_ReturnsNothing(string sentence) => Assert.Empty(FigureExtractor.Extract(sentence));

    [Theory]
    [InlineData("1 234 ")]
    [InlineData("€1 234 567 ")]
    [InlineData("USD 47.5 M ")]
    [InlineData("EUR-300-million ")]
    [InlineData("5 M USD 5 M ")]
    [InlineData("1 2 3 4 5 6 7 8 9 ")]
    public void Extract_PathologicalRepetitionOfWireForms_ReturnsOnlyFiguresWrittenInTheText(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (FigureExtractor.MaxTextLength / unit.Length) + 1))[..FigureExtractor.MaxTextLength];

        var found = FigureExtractor.Extract(text);

        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    private static string Capitalise(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];
}
