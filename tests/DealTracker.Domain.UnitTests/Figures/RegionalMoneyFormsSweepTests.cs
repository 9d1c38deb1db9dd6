using System.Globalization;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Money;
using DealTracker.Domain.Text;

namespace DealTracker.Domain.UnitTests.Figures;

/// <summary>
/// A generated sweep of money as regional business papers and scraped newswire pages write it, forms the extractor gave
/// nothing (or a wrong figure) for: the Nigerian naira's "N" ("N40 billion", "N1.2trn", "N2,500"), the Korean won's "W"
/// ("W1.2 trillion", "W37,550"), Swiss francs' "Sfr"/"SFR"/"Fr." ("Sfr18.50", "Fr. 300 million"), the Iranian rial's "Rls",
/// the rand's "R" before a grouped number ("R36,301"), Indian papers' bare crore and lakh ("raised 85 crore from"), Indian
/// grouping cut short by a typo ("Rs 6,98.38 crore"), "INR." and "I₹" (a stray icon letter), doubled or garbled dollar signs
/// ("S$$47.9 million", "U$$ 774mn", "SUS$193.6 million", "SU$9.54 billion"; since the thirty-seventh session the Argentine "U$S 25 million",
/// "u$s", "U$D"), an ISO code before a dollar sign ("EUR $80
/// million"), scale and currency typos ("billioin", "reminbi"), fractions of a scale in words ("a quarter of a billion U.S.
/// dollars", "a third of a billion dollars", about 333,333,333) and "$4.1 billion-euro". Each form is put in six positions:
/// sentence start, middle, after "about", after "up to", in brackets as a conversion, and in a list; every row asserts the
/// text span, amount, currency, hedge and conversion link. Forms that are no money ("N95", "3.68 crore shares", "a quarter
/// of the shares", "several hundred million dollars") give nothing.
/// Before the rules were added 12 of the 354 generated rows passed (3%: "half a billion dollars" and "SFr 2.93 billion",
/// read already, in their six positions), 1 of the 12 forms found failing (the "$5 billion-dollar" control); all pass now.
/// The 15 outside sentences (stored public pages, each address above it) were right 9 of 15 before, 10 of 15 after the
/// rules written from the brief's classes, and 13 of 15 after the glued sign before a two-decimal price ("R109.86"), a
/// rule added after reading them; the two left are marked misses ("R845", "quadrillion").
/// Expected figures are written "text|amount|currency|hedge" (and "|converts N" for a conversion), joined by " ; ".
/// </summary>
public sealed class RegionalMoneyFormsSweepTests
{
    private static readonly string[] _companies = ["Access Bank", "Samsung", "Nestlé", "Reliance", "Sasol", "Temasek", "Mapna", "Stellantis"];

    /// <summary>One form: as written, its amount, currency and the hedge it carries on its own (a third is approximate).</summary>
    private sealed record Form(string Text, decimal Amount, string Code, Hedge Hedge = Hedge.Exact);

    private static readonly Form[] _forms =
    [
        // Nigerian papers (BusinessDay, ThisDay, The Guardian Nigeria): "N" glued, before a scale or a grouped number.
        new("N40 billion", 40e9m, "NGN"), new("N6 billion", 6e9m, "NGN"), new("N1.2trn", 1.2e12m, "NGN"), new("N500m", 500e6m, "NGN"),
        new("N2,500", 2500m, "NGN"), new("N2.50", 2.5m, "NGN"), new("N12.5bn", 12.5e9m, "NGN"), new("N25,000", 25000m, "NGN"), new("N1.5 trillion", 1.5e12m, "NGN"),

        // Korean papers and wires: "W" glued.
        new("W1.2 trillion", 1.2e12m, "KRW"), new("W37,550", 37550m, "KRW"), new("W500 billion", 500e9m, "KRW"), new("W3.5tn", 3.5e12m, "KRW"),
        new("W1,250,000", 1250000m, "KRW"),

        // Swiss francs as the FT and Swiss papers write them.
        new("Sfr18.50", 18.5m, "CHF"), new("SFr 2.93 billion", 2.93e9m, "CHF"), new("Sfr2.93 billion", 2.93e9m, "CHF"), new("SFR 2 billion", 2e9m, "CHF"),
        new("Fr. 300 million", 300e6m, "CHF"), new("SFr. 45 million", 45e6m, "CHF"), new("Sfr 1.2bn", 1.2e9m, "CHF"),
        new("Fr. 18.50", 18.5m, "CHF"), new("Fr. 1,250", 1250m, "CHF"),

        // Philippine papers' glued "P" (fifteenth session, from issue72's misses); ISO codes that are English words, before a scale.
        new("P2.5 billion", 2.5e9m, "PHP"), new("P182.72 million", 182.72e6m, "PHP"), new("P6.24", 6.24m, "PHP"), new("P1,250", 1250m, "PHP"),
        new("MAD 319 bn", 319e9m, "MAD"), new("TRY 5 billion", 5e9m, "TRY"), new("RON 2.1 billion", 2.1e9m, "RON"), new("PEN 400 million", 400e6m, "PEN"),

        // Iranian rials, South African rand before a grouped number.
        new("Rls 3.75 billion", 3.75e9m, "IRR"), new("Rls. 500 million", 500e6m, "IRR"), new("R36,301", 36301m, "ZAR"), new("R109.86", 109.86m, "ZAR"), new("R1,250,000", 1250000m, "ZAR"),

        // Indian papers: bare crore and lakh, the cut-short grouping, "INR." and the stray "I" before "₹".
        new("85 crore", 850e6m, "INR"), new("1,500 crore", 15e9m, "INR"), new("720 crore", 7.2e9m, "INR"), new("2.5 lakh crore", 2.5e12m, "INR"),
        new("50 lakh", 5e6m, "INR"), new("Rs 6,98.38 crore", 6983.8e6m, "INR"), new("Rs 1,45.50 crore", 1455e6m, "INR"),
        new("INR. 42 crore", 420e6m, "INR"), new("I₹5,100 crore", 51e9m, "INR"), new("I₹90 crore", 900e6m, "INR"),

        // Doubled and garbled signs from scraped pages; an ISO code before a dollar sign.
        new("S$$47.9 million", 47.9e6m, "SGD"), new("U$$ 774mn", 774e6m, "USD"), new("SUS$193.6 million", 193.6e6m, "USD"), new("SU$9.54 billion", 9.54e9m, "USD"),
        new("HK$$12 billion", 12e9m, "HKD"), new("U$ 480.9 million", 480.9e6m, "USD"), new("EUR $80 million", 80e6m, "EUR"), new("GBP $40 million", 40e6m, "GBP"),

        // Since the thirty-seventh session: the dollar as Argentine and Uruguayan papers write it, the "S" or "D" after the sign ("U$S", "u$s", "U$D").
        new("U$S 25 million", 25e6m, "USD"), new("u$s 300 million", 300e6m, "USD"), new("U$D 1.2 billion", 1.2e9m, "USD"), new("U$S1.5 billion", 1.5e9m, "USD"),
        new("u$d 40 million", 40e6m, "USD"),

        // Typos a wire makes.
        new("$2 billioin", 2e9m, "USD"), new("$5 milllion", 5e6m, "USD"), new("$3 trillioin", 3e12m, "USD"), new("5 billion reminbi", 5e9m, "CNY"),
        new("1.1 billion renmimbi", 1.1e9m, "CNY"),

        // Fractions of a scale in words; the "$...-euro" compound.
        new("a quarter of a billion U.S. dollars", 250e6m, "USD"), new("half a billion dollars", 500e6m, "USD"), new("a quarter-billion dollars", 250e6m, "USD"),
        new("three quarters of a billion euros", 750e6m, "EUR"), new("three-quarters of a million pounds", 750e3m, "GBP"),
        new("a third of a billion dollars", 333333333m, "USD", Hedge.Approximately), new("two-thirds of a billion yen", 666666667m, "JPY", Hedge.Approximately),
        new("$4.1 billion-euro", 4.1e9m, "EUR"),
    ];

    /// <summary>A position: the sentence ("{C}" a company, "{M}" the form with the hedge words), the hedge words before the form, the hedge they give, and the figures around it.</summary>
    private sealed record Position(string Frame, string HedgeText, Hedge? Hedge, string Before, string After, bool Converts);

    private static readonly Position[] _positions =
    [
        // Sentence start.
        new("{M} was paid by {C} for the stake, the company said.", "", null, "", "", false),

        // Middle.
        new("{C} agreed to pay {M} for a 20% stake in the unit.", "", null, "", "", false),

        // After "about".
        new("{C} raised {M} from investors last year.", "about ", Hedge.Approximately, "", "", false),

        // After "up to".
        new("{C} could invest {M} in the new plant.", "up to ", Hedge.UpTo, "", "", false),

        // In brackets, converting a figure before it.
        new("{C} raised €10 million ({M}) in the round.", "", null, "€10 million|10000000|EUR|exact ; ", "", true),

        // In a list.
        new("The bids were €5 million, {M} and £2 million, {C} said.", "", null, "€5 million|5000000|EUR|exact ; ", " ; £2 million|2000000|GBP|exact", false),
    ];

    public static TheoryData<string, string> EveryFormInEveryPosition()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var form in _forms)
        {
            foreach (var position in _positions)
            {
                var written = position.HedgeText + form.Text;
                var sentence = position.Frame
                    .Replace("{C}", _companies[k++ % _companies.Length], StringComparison.Ordinal)
                    .Replace("{M}", written, StringComparison.Ordinal);
                if (sentence.StartsWith(written, StringComparison.Ordinal))
                {
                    // "A quarter of a billion U.S. dollars was paid": capitalised at the start.
                    written = char.ToUpperInvariant(written[0]) + written[1..];
                    sentence = written + sentence[form.Text.Length..];
                }

                var hedge = position.Hedge ?? form.Hedge;
                var converts = position.Converts ? "|converts 0" : "";
                data.Add(sentence, $"{position.Before}{written}|{Plain(form.Amount)}|{form.Code}|{EnumNames.Token(hedge)}{converts}{position.After}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFormInEveryPosition))]
    public void Extract_RegionalFormInEveryPosition_ReadsAmountCurrencySpanAndHedge(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("Si l’on en croit Bloomberg, Mistral serait en train de lever jusqu’à 1 milliard de d’euros en capital.", "jusqu’à 1 milliard de d’euros|1000000000|EUR|upTo")]
    [InlineData("La empresa recaudó 100 millones de de dólares.", "100 millones de de dólares|100000000|USD|exact")]
    [InlineData("Zomato had in March raised $5 million ( 38 crore) from Pacific Horizon.", "$5 million|5000000|USD|exact ; 38 crore|380000000|INR|exact|converts 0")]
    [InlineData("ShareChat has raised 720 crore in a funding round that will boost its valuation to 3,332 crore ($460 million).", "720 crore|7200000000|INR|exact ; 3,332 crore|33320000000|INR|exact ; $460 million|460000000|USD|exact|converts 1")]
    [InlineData("A Pakistani lender raised 85 crore from banks in Karachi.", "85 crore|850000000|PKR|exact")]
    [InlineData("The firm raised 85-90 crore from investors.", "85-90 crore|850000000..900000000|INR|range")]
    [InlineData("The firm raised between 85 and 90 crore in 2024.", "between 85 and 90 crore|850000000..900000000|INR|range")]
    [InlineData("It raised N2,500.50 a share and W37,550.", "N2,500.50|2500.5|NGN|exact ; W37,550|37550|KRW|exact")]
    [InlineData("Shares rose to Sfr18.50, valuing it at Sfr2.93 billion.", "Sfr18.50|18.5|CHF|exact ; Sfr2.93 billion|2930000000|CHF|exact")]
    [InlineData("Stellantis and CATL will build a $4.1 billion-euro ($4.3 billion) factory.", "$4.1 billion-euro|4100000000|EUR|exact ; $4.3 billion|4300000000|USD|exact|converts 0")]
    [InlineData("It is a $5 billion-dollar deal.", "$5 billion-dollar|5000000000|USD|exact")]
    [InlineData("$$5bn was raised.", "$$5bn|5000000000|USD|exact")]
    public void Extract_FormsFoundFailing_ReadRight(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    // https://naijacoaded.com/six-months-to-deadline-only-14-banks-have-met-recapitalisation
    [InlineData("Commercial banks with international authorisation are to up their capital to N500 billion, national banks require N200 billion, and regional banks, N50 billion.", "N500 billion|500000000000|NGN|exact ; N200 billion|200000000000|NGN|exact ; N50 billion|50000000000|NGN|exact")]
    // https://ghostmail.co.za/weekly-corporate-finance-activity-by-sa-exchange-listed-companies-81
    [InlineData("The shares were acquired at an average price per share of R116.57, below the mandatory offer price of R125.00 per share, for an aggregate R394,48 million.", "R116.57|116.57|ZAR|exact ; R125.00|125|ZAR|exact ; R394,48 million|394480000|ZAR|exact")]
    // https://www.ghostmail.co.za/weekly-corporate-finance-activity-by-sa-exchange-listed-companies-136 (a miss: "R845", a glued R before a
    // plain number with no scale, grouping or decimals, is not read, as "R2" and the R512 road are not)
    [InlineData("This week Anglo undertook an accelerated bookbuild offering of c.52,2 million Valterra ordinary shares. The shares were placed at a price of R845 per share raising proceeds of R44,1 billion (US$2,5 billion).", "R44,1 billion|44100000000|ZAR|exact ; US$2,5 billion|2500000000|USD|exact|converts 0")]
    [InlineData("The equity raise will fund acquisitions, which include the Protea Gardens Mall in Soweto, announced on 19 August 2025 for R478,1 million.", "R478,1 million|478100000|ZAR|exact")]
    // https://ghostmail.co.za/?p=25797
    [InlineData("The issue of 157,407,408 offer shares (34.4% of the company’s issued capital), at a subscription price of R54.00 per offer share – at the top end of the pricing range – raised R8,5 billion.", "R54.00|54|ZAR|exact ; R8,5 billion|8500000000|ZAR|exact")]
    // https://ghostmail.co.za/weekly-corporate-finance-activity-by-sa-exchange-listed-companies-53
    [InlineData("As part of its capital optimisation strategy, Investec Ltd acquired on the open market a further 119,387 Investec Plc shares at an average price of R109.86 per share.", "R109.86|109.86|ZAR|exact")]
    // http://www.anapaulabessa.com/index-102.html (Inc42)
    [InlineData("In December, SoftBank offloaded 2.53% of its stake in Gurugram-based parent of Policybazaar PB Fintech, through multiple block deals, amounting to a cumulative INR 913.7 Cr ($109 Mn).", "INR 913.7 Cr|9137000000|INR|exact ; $109 Mn|109000000|USD|exact|converts 0")]
    [InlineData("Following the transaction involving 1.14 Cr shares, SoftBank now holds 83.23 Lakh shares in PB Fintech.", "")]
    // https://inc42.com/buzz/from-purplle-to-eruditus-indian-startups-raised-478-mn-this-week/amp
    [InlineData("In another development, alternate investment firm Anicut Capital raised $11 Mn (about INR 92 Cr) through a feeder fund based out of GIFT City for its Private Credit Fund III.", "$11 Mn|11000000|USD|exact ; about INR 92 Cr|920000000|INR|approximately|converts 0")]
    // https://www.bedigest.com/NEWS/281541.aspx (Tehran Times)
    [InlineData("Domestic investment approved in Iran’s free trade zones surged 80% in the first four months of the current Iranian year (March 20 – July 22), reaching IRR 2,095 trillion (US$2.25 billion), according to the Free and Special Economic Zones High Council.", "IRR 2,095 trillion|2095000000000000|IRR|exact ; US$2.25 billion|2250000000|USD|exact|converts 0")]
    // https://irannews.appsfornexus.com/99564 (a miss: "19.07 quadrillion rials", "quadrillion" being no scale the extractor reads)
    [InlineData("Iran’s Planning and Budget Organization (PBO) said development spending allocations in the first five months of the current Iranian year (March 21-August 22) reached 19.07 quadrillion rials ($38.1 billion).", "$38.1 billion|38100000000|USD|exact")]
    // https://jakotaindex.com/top-stories/south-koreas-biggest-conglomerates-commit-800-billion-in-domestic-spending
    [InlineData("Samsung Electronics will spend ₩450 trillion ($311 billion) over five years, including construction of a new memory chip line at its Pyeongtaek complex designated as Plant 5, to meet AI-driven semiconductor demand.", "₩450 trillion|450000000000000|KRW|exact ; $311 billion|311000000000|USD|exact|converts 0")]
    // https://mumbaipress.com/sharechat-and-moj-raise-rs-3726-cr-join-unicorn-club/
    [InlineData("Mohalla Tech, the parent company of leading short video app Moj and vernacular social media platform ShareChat, on Thursday said it has raised $502 million (about Rs 3,726 crore) in its Series E funding round, taking the valuation to a little over $2.1 billion.", "$502 million|502000000|USD|exact ; about Rs 3,726 crore|37260000000|INR|approximately|converts 0 ; over $2.1 billion|2100000000|USD|atLeast")]
    // https://d10.asianbankingandfinance.net/wholesale-banking/news/south-korea-raises-1bln-selling-woori-shares
    [InlineData("South Korea has raised $1 billion by selling a 9 percent stake in Woori Finance Holdings in a block deal at 16,000 won ($14.26) a share, Yonhap News said on Thursday, citing banking industry sources.", "$1 billion|1000000000|USD|exact ; 16,000 won|16000|KRW|exact ; $14.26|14.26|USD|exact|converts 1")]
    // https://actualnewsmagazine.com/?p=359728
    [InlineData("La division Brookfield Growth du gestionnaire d’actifs alternatifs a investi 250 millions de dollars dans l’augmentation de capital de 7,1 milliards de dollars de Musk pour l’accord, selon un dossier réglementaire mercredi.", "250 millions de dollars|250000000|USD|exact ; 7,1 milliards de dollars|7100000000|USD|exact")]
    public void Extract_OutsideSentences_ReadEveryForm(string sentence, string expected) =>
        Assert.Equal(expected, Describe(FigureExtractor.Extract(sentence)));

    [Theory]
    [InlineData("Nokia's N95 and the N1 were ranked first and second.")]
    [InlineData("The N 5 billion figure and W 3 million rows are labels.")]
    [InlineData("The W3C standard and the R2 score rose.")]
    [InlineData("The W1.25 firmware and R845 road.")]
    [InlineData("The company sold 3.68 crore shares and 10 lakh units.")]
    [InlineData("The app has 50 crore users and 2 lakh merchants.")]
    [InlineData("A quarter of the shares were sold in the third quarter.")]
    [InlineData("One third of the board and two thirds of the votes.")]
    [InlineData("It raised several hundred million dollars.")]
    [InlineData("Tens of billions of dollars and hundreds of millions of euros were spent.")]
    [InlineData("SFR customers and Fr. Smith met on Fr. 5 May.")]
    [InlineData("The P2P lender, the P500 model, P 5 billion and the S&P 500.")]
    [InlineData("We will TRY 5 times, MAD 5 men and PEN 3 letters.")]
    public void Extract_NotMoney_ReturnsNothing(string sentence) => Assert.Empty(FigureExtractor.Extract(sentence));

    [Theory]
    [InlineData("S$$")]
    [InlineData("U$$ 7")]
    [InlineData("I₹5,")]
    [InlineData("6,98.3")]
    [InlineData("a quarter of a ")]
    [InlineData("85 crore from ")]
    public void Extract_PathologicalRepetitionOfRegionalForms_ReturnsOnlyFiguresWrittenInTheText(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (FigureExtractor.MaxTextLength / unit.Length) + 1))[..FigureExtractor.MaxTextLength];
        var found = FigureExtractor.Extract(text);
        Assert.All(found, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    private static string Describe(IReadOnlyList<ExtractedFigure> figures) => string.Join(" ; ", figures.Select(f =>
        $"{f.Text}|{(f.Money.Hedge == Hedge.Range ? $"{Plain(f.Money.Low)}..{Plain(f.Money.High)}" : Plain(f.Money.Amount))}|{f.Money.Currency}|{EnumNames.Token(f.Money.Hedge)}"
        + (f.Converts is { } c ? $"|converts {c}" : "")));

    private static string Plain(decimal? value) => value!.Value.ToString("0.######", CultureInfo.InvariantCulture);
}
