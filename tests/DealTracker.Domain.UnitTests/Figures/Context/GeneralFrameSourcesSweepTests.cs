using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The general-frames sweep (<c>SourceRules.GeneralFrames.cs</c>): sources read from the grammatical class of their frame, for any name,
/// tense and order the class allows, rather than from one wording.
/// <list type="bullet">
/// <item>A study cited by its author's name, whatever follows the noun ("according to a PwC study of DRC's infrastructure", "per a
/// recent Goldman Sachs research note on …"), or opening its clause before a finding verb ("A PwC study interviewing 1,200 executives
/// found"); every author of a study listed with commas ("a report by Google, Temasek Holdings and Bain &amp; Co."), both of a joint one;
/// a body publishing what is cited, by its noun ("figures published recently by the cyber-task-force in the prime minister's office").</item>
/// <item>A listed news outlet, wire or rating agency as the subject of any verb of perceiving, finding, reckoning, telling or publishing,
/// past time words and auxiliaries ("Reuters witnessed", "The Financial Times has now placed the valuation at", "The Wall Street Journal
/// first disclosed"), two together ("S&amp;P Global Ratings and Moody's downgraded"), after an inverted verb ("…, points out Dealogic.");
/// a rating agency rating ("Fitch Ratings gave the bonds an A+ rating", "was cut by Moody's").</item>
/// <item>Unnamed people: "Officials have said" opening the sentence, "most analysts said", any verb of speaking inverted after a quote
/// ("grumbles an Israeli venture capitalist", "said one commentator yesterday"), a speaker of an unnamed body however long its
/// description, an unnamed organisation by its part in the deal ("a brokerage running the deal said"), "according to some estimates".</item>
/// </list>
/// Counter-examples the rules leave alone, with the corpus labels that decide them: an outlet as a party or owned thing ("News Corp, which
/// owns The Wall Street Journal", "Bloomberg LP agreed", "Bloomberg News killed an investigation"), a verb outside the reporting class
/// ("Bloomberg ensured"), a dateline, ", officials said on Monday" after a party's clause (blind21 labels it none), "Industry analysts
/// say" and "Analysts estimate" (blind40, blind48: none), "by some estimates" (blind54: none), "…, Sifted understands." (blind60: none until the labelling conventions, S1, made it named),
/// a company's own official or spokesperson ("a Naver official said"; the corpus is split on "an X spokesman told Reuters": blind55 and
/// blind58 label only Reuters, issue66 and issue72 also the spokesman, so the rules keep reading it as before).
/// Before the rules: 135 of the first 377 generated combinations read right (those older rules already knew: "according to a Reuters
/// report", "Analysts said", "Bloomberg calculated"), and the counter-examples; after, all 397 and all 32 counter-examples. Real sentences outside the corpus (pages
/// search): 45 of 72 right before, 66 after (some frames were added while reading them: commentators, "points out X", a joint study);
/// 20 more gathered afterwards and held out: 10 right before, 16 when first read, 17 after one class gap was closed.
/// </summary>
public sealed class GeneralFrameSourcesSweepTests
{
    private static readonly string[] _marketClauses =
    [
        "the region's internet economy will reach $300 billion by 2025",
        "African startups raised $3.2 billion last year",
        "the ports need $2 billion of investment",
        "venture funding in Vietnam reached $1.3 billion last year",
    ];

    // ---- Studies by their author -------------------------------------------------------------------------------------------------

    /// <summary>Authors of every shape: one word, acronyms, several words, "&amp;", "of", a small-letter brand.</summary>
    private static readonly string[] _authors =
    [
        "PwC", "KPMG", "McKinsey & Company", "Bain & Co", "Bank of America", "Goldman Sachs", "Boston Consulting Group",
        "S&P Global Market Intelligence", "Wood Mackenzie", "e27", "Deloitte", "Oxford Economics",
    ];

    private static readonly string[] _studyFrames =
    [
        "{Mc}, according to a {A} study of DRC's infrastructure.",
        "{Mc}, according to a recent {A} report on the sector.",
        "According to the {A} survey of 500 investors, {M}.",
        "{Mc}, according to a recent {A} analysis of public records and data.",
        "{Mc}, according to the {A} estimate published on Monday.",
        "{Mc}, per a {A} research note to clients.",
        "{Mc}, citing a {A} survey of the market.",
        "Based on a {A} analysis of filings, {M}.",
        "A {A} study of 1,200 executives found that {M}.",
        "A recent {A} report on the region shows {M}.",
    ];

    /// <summary>Three or four authors of one study, listed with commas.</summary>
    private static readonly string[][] _authorLists =
    [
        ["Google", "Temasek Holdings", "Bain & Co."],
        ["PwC", "CB Insights", "Dealroom"],
        ["KPMG", "Deloitte", "EY", "Accenture"],
        ["Goldman Sachs", "Morgan Stanley", "JPMorgan Chase"],
        ["United Overseas Bank", "PwC Singapore", "the Singapore FinTech Association"],
    ];

    private static readonly string[] _listFrames =
    [
        "{Mc}, according to a report by {L}.",
        "{Mc}, according to a new study from {L}, which surveyed 300 firms.",
        "A report published by {L} on Monday showed that {M}.",
        "{Mc}, according to the annual survey by {L}.",
    ];

    /// <summary>Bodies publishing what is cited, named by their noun.</summary>
    private static readonly string[] _bodies =
    [
        "cyber-task-force in the prime minister’s office", "finance ministry", "central bank", "national statistics office",
        "state-run investment promotion agency",
    ];

    private static readonly string[] _bodyFrames =
    [
        "According to figures published recently by the {B}, {M}.",
        "{Mc}, according to data released by the {B} on Tuesday.",
        "According to statistics compiled by the {B}, {M}.",
    ];

    // ---- Outlets and rating agencies as subjects ---------------------------------------------------------------------------------

    /// <summary>Listed outlets and wires, with and without "The", one word and several.</summary>
    private static readonly string[] _outlets =
    [
        "Reuters", "The Financial Times", "Bloomberg", "The Wall Street Journal", "The Information", "Nikkei", "Caixin", "The New York Times",
        "Sky News", "Axios", "The Economic Times", "Handelsblatt",
    ];

    private static readonly string[] _outletFrames =
    [
        "{O} witnessed the signing of both loans on Saturday, which total $1.2 billion.",
        "Following the arrival of Arctos, {O} has now placed the valuation of the team at $1bn.",
        "{O} calculated that the stake is worth $3 billion.",
        "{O} first disclosed the $2 billion deal in March.",
        "{O} reviewed documents showing the fund invested $500 million.",
        "{O} estimated the deal at $1.2 billion.",
        "{O} last month pegged the company's value at $10 billion.",
        "The startup raised $300 million, and {O} learned that the round was led by Sequoia.",
        "The deal is worth $4 billion, {O} found after reviewing the terms.",
        "{O} on Tuesday detailed a plan to raise $5 billion.",
        "The round values the startup at $2 billion, points out {O}.",
        "News outlet {O} identified the investor behind the $1 billion round.",
    ];

    /// <summary>Rating agencies as the corpus labels them (issue72: "Fitch Ratings", "Moody's Investors Service"; blind63, blind64).</summary>
    private static readonly string[] _agencies =
    [
        "Fitch Ratings", "Moody's Investors Service", "S&P Global Ratings", "Moody’s", "Fitch", "Standard & Poor's", "DBRS Morningstar",
        "Kroll Bond Rating Agency",
    ];

    private static readonly string[] _agencyFrames =
    [
        "{R} gave the $1 billion bonds an A+ rating.",
        "{R} downgraded the company's debt after its $8 billion acquisition.",
        "{R} has assigned a 'AAA' rating to the $346 million bonds.",
        "{R} cut the lender's rating to BBB after the $2 billion loss.",
        "The $2 billion notes were rated A1 by {R}.",
        "Meanwhile, {R} lowered its outlook on the $5 billion deal to negative.",
        "{R} expects the company's leverage to fall after the $3 billion sale.",
        "Global credit agency {R} has affirmed the bank's rating after it spent $550 million on an acquisition.",
    ];

    // ---- Unnamed people ----------------------------------------------------------------------------------------------------------

    private static readonly string[] _unnamedFrames =
    [
        "Officials have said the deal will bring $2 billion of investment.",
        "Officials said the $2 billion deal would close this year.",
        "Executives have privately said the $1 billion figure is too low.",
        "At the time, most analysts said the $100 billion figure was too low.",
        "Many bankers believe the $3 billion valuation is too rich.",
        "“Some of the startups are valued at $5m without having done anything,” grumbles an Israeli venture capitalist.",
        "“The $2 billion price is too high,” says one Silicon Valley investor.",
        "“The deal is worth $1 billion,” said one commentator yesterday.",
        "“The $5 billion bid is only one factor,” a market-watcher said.",
        "An Israeli venture capitalist grumbles that valuations hit $1 billion.",
        "However, an executive of a firm that has a long association with cricket said that it was also bidding $1 billion.",
        "A banker at a bank that lent to the group said the $2 billion loan was safe.",
        "A brokerage running the deal said on Monday the offering raised $300 million.",
        "The shares were priced at $20 each, said a bank arranging the $1 billion sale.",
        "A law firm advising the bidders said the $3 billion offer was final.",
        "According to some estimates, the proposed IPO would be priced at $2tn.",
        "The market is worth $10 billion, according to industry estimates.",
        "According to unofficial estimates, the club lost $200 million.",
    ];

    public static TheoryData<string, string[], bool> Cases()
    {
        var data = new TheoryData<string, string[], bool>();
        var n = 0;
        foreach (var author in _authors)
        {
            foreach (var frame in _studyFrames)
            {
                data.Add(WithMarketClause(frame, _marketClauses, n++).Replace("{A}", author, StringComparison.Ordinal), [author], false);
            }
        }

        foreach (var list in _authorLists)
        {
            var written = string.Join(", ", list[..^1]) + " and " + list[^1];
            foreach (var frame in _listFrames)
            {
                data.Add(WithMarketClause(frame, _marketClauses, n++).Replace("{L}", written, StringComparison.Ordinal), list, false);
            }
        }

        foreach (var body in _bodies)
        {
            foreach (var frame in _bodyFrames)
            {
                data.Add(WithMarketClause(frame, _marketClauses, n++).Replace("{B}", body, StringComparison.Ordinal), [body], false);
            }
        }

        foreach (var outlet in _outlets)
        {
            foreach (var frame in _outletFrames)
            {
                data.Add(frame.Replace("{O}", outlet, StringComparison.Ordinal), [outlet], false);
            }
        }

        foreach (var agency in _agencies)
        {
            foreach (var frame in _agencyFrames)
            {
                data.Add(frame.Replace("{R}", agency, StringComparison.Ordinal), [agency], false);
            }
        }

        for (var k = 0; k < _agencies.Length; k++)
        {
            var (first, second) = (_agencies[k], _agencies[(k + 3) % _agencies.Length]);
            data.Add($"{first} and {second} downgraded AT&T following its $85.4 billion deal with Time Warner.", [first, second], false);
            data.Add($"{first} lowered the company's ratings to BBB, while {second} downgraded its $2 billion notes to Baa2.", [first, second], false);
        }

        foreach (var frame in _unnamedFrames)
        {
            data.Add(frame, [], true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_GeneralFrames_NamesEachSourceOfTheClass(string sentence, string[] named, bool anonymous)
    {
        AssertSourcesReadAs(sentence, Read(sentence).Sources, named, anonymous);
    }

    /// <summary>What must stay as it is: outlets as parties or owned things, verbs outside the reporting class, the corpus's none labels.</summary>
    public static TheoryData<string, string[], bool> CounterExamples() => new()
    {
        { "News Corp, which owns The Wall Street Journal, agreed to pay $500 million.", [], false },
        { "Bloomberg LP agreed to buy the firm for $1 billion.", [], false },
        { "Bloomberg Philanthropies pledged $1 billion to the fund.", [], false },
        { "The Financial Times was sold to Nikkei for $1.3 billion.", [], false },
        { "OpenAI signed a licensing deal with The Financial Times worth $10 million.", [], false },
        { "The Washington Post, which Bezos bought in 2013 for $250 million, is not for sale.", [], false },
        { "Bloomberg ensured the foundation ended the year with $1.6 billion.", [], false },
        { "Six years ago, Bloomberg News killed an investigation into $2 billion of wealth.", [], false },
        { "Thomson Reuters agreed to sell a controlling stake in its data business for $17 billion.", [], false },
        { "NEW YORK (Reuters) - Amazon will invest $4 billion in Anthropic.", [], false },
        { "Techcabal has released its new report on African funding, which totalled $3 billion.", [], false },
        { "Axios on Monday told staffers in an internal note that the company raised $20 million.", [], false },
        // Since the labelling conventions (S1): an outlet that understands is a named source (blind60 relabelled).
        { "NJJ is Newwave’s largest LP, Sifted understands.", ["Sifted"], false },
        { "Moody's raised $1 billion in a bond sale last year.", [], false },
        { "S&P Global agreed to buy IHS Markit for $44 billion.", [], false },
        { "Moody's shares rose 3% after it agreed to buy Bureau van Dijk for $3.3 billion.", [], false },
        { "Moody's cut 200 jobs after the $3 billion deal.", [], false },
        { "France is ploughing 2.9 billion euros into a factory, officials said on Monday.", [], false },
        { "The state's voting rights will rise if the government puts up 150 billion yen, government officials said.", [], false },
        // Since the twenty-second session: "industry analysts say" is people not named, the anonymous. blind40's reader labelled
        // these words none and issue78's anonymous ("“This is about building Africa’s sovereign AI capability,” industry analysts say");
        // the definition decides (TwentySecondSessionRulesTests).
        { "Industry analysts say the move signals $2 billion of demand.", [], true },
        // Since convention S6 (the twenty-sixth session): analysts known by role alone are unnamed people too.
        { "Analysts estimate that a sale could yield $617 million.", [], true },
        { "The fund manages assets that by some estimates exceed $30 trillion.", [], false },
        { "A Naver official said the company would invest $1 billion.", [], false },
        { "A Goldman banker said the $2 billion deal was priced well.", [], false },
        { "Officials at Temasek and GMR Infrastructure declined to comment on the $1 billion deal.", [], false },
        // Since convention S4 (the twenty-sixth session): unnamed media named as written, the month left out.
        { "The deal is worth $4 billion, according to a local media report in December.", ["a local media report"], false },
        { "The report was worth $2 billion, according to a 29 November Reuters report.", ["Reuters"], false },
        { "According to a report by CNBC, SoftBank’s $2 billion investment builds on its vision.", ["CNBC"], false },
        { "In an exclusive report by Semafor, AWS, Microsoft, Meta, and xAI are among the companies in talks over $5 billion.", ["Semafor"], false },
        { "The sector attracted $3.2bn, according to the annual Africa Tech Venture Capital report by Partech.", ["Partech|Africa Tech Venture Capital report"], false },
        { "According to a London-based research firm, Fintech Labs Ltd, Chinese AI startups will raise $5 billion this year.", ["Fintech Labs Ltd"], false },
        { "Venture Intelligence, a Chennai-based data provider, said that global AI spending will reach $632 billion by 2028.", ["Venture Intelligence"], false },
    };

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void Read_PartiesOwnedOutletsAndNoneLabels_ReadsOnlyTheSourcesCited(string sentence, string[] named, bool anonymous)
    {
        AssertSourcesReadAs(sentence, Read(sentence).Sources, named, anonymous);
    }

    /// <summary>
    /// Real sentences from outside the corpus (pages search), with the page each is from: 66 of 72 read right (45 before the rules),
    /// and 17 of 20 held out (10 before; left: a bank's analysts and its "puts" estimate, an outlet's name in quotes). Left out: "a Verizon spokesman declined to comment on the Bloomberg and Wall Street Journal reports" (reports talked
    /// about, read by older rules), "The report, by Alphabet’s Google, Singapore state investor Temasek Holdings and global business
    /// consultants Bain &amp; Company, said" (authors with descriptions), "According to the online news source ECO", "The Spanish
    /// investment house JB Capital has valued", "business advisory firm PWC similarly found" (described houses), "Russ Buettner of The
    /// New York Times obtained" (journalists of an outlet as subject).
    /// </summary>
    public static TheoryData<string, string, string[], bool> RealSentences()
    {
        var data = new TheoryData<string, string, string[], bool>();
        foreach (var (url, sentence, named, anonymous) in _realSentences)
        {
            data.Add(url, sentence, named, anonymous);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealSentences))]
    public void Read_RealSentencesOutsideTheCorpus_NamesTheirSources(string url, string sentence, string[] named, bool anonymous)
    {
        Assert.False(string.IsNullOrEmpty(url));
        AssertSourcesReadAs(sentence, Read(sentence).Sources, named, anonymous);
    }

    private static readonly (string Url, string Sentence, string[] Named, bool Anonymous)[] _realSentences =
    [
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ds_75yqrscenhi905dhcna2",
         "S&P Global Ratings lowered all of General Mills' long-term ratings to BBB from BBB+, while Moody's downgraded the senior unsecured debt ratings two notches to Baa2 from A3.",
         ["S&P Global Ratings", "Moody's"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ds_75yqrscenhi905dhcna2",
         "General Mills' debt leverage would rise to about 4.5x, from 3.2x for the 12 months that ended Nov. 26, 2017, according to S&P.",
         ["S&P"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ds_75yqrscenhi905dhcna2",
         "For its part, Moody's said the company should be able to trim leverage to below 4.0x within 24 months following the closing, in line with the Baa2 rating.",
         ["Moody's"], false),
        ("http://afbl.cn/wap/index.php?itemid=15655&moduleid=21&page=10",
         "Moody's rates the corporate family at Ba3, which reflects the high degree of leverage from the transaction of roughly 6.3x debt/Ebitda, although if including the US$8bn of preferred stock that is being bought by Berkshire Hathaway, that would rise to 10 times.",
         ["Moody's"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ruxr-rq5qlgzlfwnyfqlrw2",
         "S&P Global Ratings and Moody's downgraded AT&T Inc. following the completion of its $85.4 billion deal with Time Warner Inc.",
         ["S&P Global Ratings", "Moody's"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ruxr-rq5qlgzlfwnyfqlrw2",
         "S&P downgraded AT&T's corporate credit and senior unsecured debt ratings to BBB from BBB+ and removed them from CreditWatch with negative implications, where they were placed Oct. 24, 2016, while affirming all of Time Warner's ratings and removing them from CreditWatch with positive implications.",
         ["S&P"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ruxr-rq5qlgzlfwnyfqlrw2",
         "Meanwhile, Moody's downgraded AT&T's senior unsecured ratings to Baa2 from Baa1, concluding a review initiated Oct. 24, 2016.",
         ["Moody's"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/ruxr-rq5qlgzlfwnyfqlrw2",
         "S&P expects AT&T's 2018 pro forma debt leverage to reach about 3.5x, above the agency's 3.25x threshold for a BBB+ rating, while Moody's expects the company's gross pro forma leverage to come in at about 3.7x at year-end.",
         ["S&P", "Moody's"], false),
        ("http://news.morningstar.com/all/dow-jones/retail/201803065940/sp-downgrades-cvs-after-news-of-bond-sale.aspx",
         "Standard & Poor's Global Ratings downgraded CVS Health Corp.'s (CVS) debt rating to one notch above non-investment grade after the pharmacy operator announced plans to sell $44 billion in bonds to fund its $69 billion acquisition of Aetna Inc. (AET).",
         ["Standard & Poor's Global Ratings|Standard & Poor's"], false),
        ("https://www.bnnbloomberg.ca/takeda-downgraded-by-moody-s-on-elevated-debt-after-shire-deal-1.1184271",
         "Moody’s cut Takeda’s credit rating three notches to Baa2 from A2, still investment grade.",
         ["Moody’s"], false),
        ("https://www.bnnbloomberg.ca/takeda-downgraded-by-moody-s-on-elevated-debt-after-shire-deal-1.1184271",
         "Takeda Pharmaceutical Co.’s credit rating was cut by Moody’s Ratings Agency, which cited the drugmakers’ ballooning debt level following its $62 billion acquisition of Shire Plc.",
         ["Moody’s Ratings Agency|Moody’s"], false),
        ("http://mfwire.com/common/article.asp?storyID=21795&template=article&wireID=2",
         "Standard & Poor's cut BlackRock's debt rating by a notch on the heels of the New York money manager's deal to acquire Barclays Global Investors, Reuters reports.",
         ["Standard & Poor's", "Reuters"], false),
        ("https://styles.finanzen.at/nachrichten/anleihen/cequel-communications-llc-moodys-downgrades-cequel-to-b3;-outlook-stable-1000973967",
         "Moody's has downgraded Cequel's secured credit facility rating one notch to Ba3, as well Cequel's unsecured notes rating to Caa1, from B3.",
         ["Moody's"], false),
        ("http://financedocbox.com/Credit_and_Debt_and_Loans/80025620-Fitch-rates-iowa-finance-auth-s-series-2017-revolving-fund-bonds-aaa-outlook-stable.html",
         "In addition, Fitch has affirmed its 'AAA' rating on the following: --$911 million outstanding state revolving fund (SRF) revenue bonds.",
         ["Fitch"], false),
        ("http://financedocbox.com/Credit_and_Debt_and_Loans/121037429-Reportable-event-notice-cover-sheet-municipal-securities-rulemaking-board-msrb-rating-change.html",
         "In compliance thereto, the Commonwealth, its agencies and public corporations hereby provide notice that on July 1, 2014, Moody's Investors Service (Moody's) downgraded their rating.",
         ["Moody's Investors Service|Moody's"], false),
        ("https://www.rte.ie/news/business/2013/0829/470938-vodafone-verizon-stake",
         "Vodafone Group has said it was in talks with Verizon Communications to sell its 45% stake in their US joint venture Verizon Wireless for what a Bloomberg report said would be about $130 billion.",
         ["Bloomberg"], false),
        ("https://www.rte.ie/news/business/2013/0829/470938-vodafone-verizon-stake",
         "At the time, most analysts said the roughly $100 billion figure contemplated by Verizon was too low and that the value of the Vodafone holding was nearer $120 billion.",
         [], true),
        ("http://www.pulse.ng/bi/finance/finance-sprint-has-reportedly-approached-warren-buffett-about-an-investment-s-id6995468.html",
         "Sprint Chairman Masayoshi Son approached Warren Buffett to discuss a deal with the telecoms company, according to The Wall Street Journal's Ryan Knutson and Shalini Ramachandran.",
         ["The Wall Street Journal|Wall Street Journal"], false),
        ("https://newswatch.in/news/2007/05/15/reuters-agrees-to-172-billion-buyout-offer-from-thomson",
         "Canadian publisher Thomson Corp has agreed to buy Reuters for about £8.7 billion ($17.2 billion), creating the world’s leading provider of news and data for professional markets.",
         [], false),
        ("https://newswatch.in/news/2007/05/15/reuters-agrees-to-172-billion-buyout-offer-from-thomson",
         "Analysts said the discount reflects uncertainty about when the deal will close and whether regulators will clear it.",
         [], true),
        ("http://thebaron.info/news/article/2018/01/30/majority-stake-in-terminals-and-data-business-sold-for-17-billion",
         "Thomson Reuters agreed to sell a controlling stake in its financial terminals and data business for $17 billion to US private equity group Blackstone.",
         [], false),
        ("http://thebaron.info/news/article/2018/01/30/majority-stake-in-terminals-and-data-business-sold-for-17-billion",
         "Under the terms of the deal, approved by the Thomson Reuters board today, Reuters News remains part of Thomson Reuters, along with its legal and tax and accounting divisions.",
         [], false),
        ("http://thebaron.info/news/article/2018/01/30/majority-stake-in-terminals-and-data-business-sold-for-17-billion",
         "The new F&R company will make minimum annual payments of $325 million to Reuters to secure access to its news service, equating to almost $10 billion.",
         [], false),
        ("https://www.breakingviews.com/considered-view/ft-sale-would-defy-todays-financial-times/",
         "Bloomberg has already shown an appetite for print outlets by acquiring BusinessWeek magazine.",
         [], false),
        ("https://www.breakingviews.com/considered-view/ft-sale-would-defy-todays-financial-times/",
         "Rupert Murdoch’s empire paid over the odds for Journal parent Dow Jones.",
         [], false),
        ("http://www.finalternatives.com/node/10185",
         "Bloomberg won the right to move his foundation’s money from mutual funds into riskier investments, including hedge funds, in December 2007.",
         [], false),
        ("http://www.finalternatives.com/node/10185",
         "The losses exceeded the foundation’s giving in 2008—it handed out $235 million—but Bloomberg ensured it ended the year with more than it started by giving it another $460 million, bring its total assets to $1.6 billion.",
         [], false),
        ("http://www.iran-daily.com/News/259891.html",
         "The value of online transactions in areas from Internet retail to car-hailing should reach $300 billion by 2025, fueled by an existing population of 360 million online users, according to a research report by Google, Temasek Holdings and Bain & Co., the Economic Times wrote.",
         ["Google", "Temasek Holdings", "Bain & Co.|Bain & Co", "Economic Times|The Economic Times"], false),
        ("https://usanewsgroup.com/2021/11/14/more-than-75-of-people-in-6-southeast-asian-countries-now-have-access-to-the-internet-report-finds/",
         "More than 75% of the population in six major Southeast Asian countries have access to the internet and a majority of them have shopped online at least once, according to a new report from Google, Temasek Holdings and Bain & Company.",
         ["Google", "Temasek Holdings", "Bain & Company"], false),
        ("http://elremix.com/2018/11/20/google-southeast-asia-s-digital-economy-is-surging.html",
         "Southeast Asia's internet economy is expected to exceed $240 billion by 2025, a joint study by Google and Temasek showed, a fifth more than previously estimated, as more consumers use their smartphones to go online.",
         ["Google", "Temasek"], false),
        ("https://moguldom.com/387987/top-vcs-raise-concerns-about-valuations-and-returns-in-bubble-market-for-startups/",
         "The median valuation for such companies funded in 2021 was $26 million, up from $16 million in 2020 and $13 million in 2016, according to PitchBook Data Inc.",
         ["PitchBook Data Inc.|PitchBook Data Inc|PitchBook Data|PitchBook"], false),
        ("https://news.mergerlinks.com/daily-review/inmarsat-rejects-oaktree-s-ask-to-delay-a-takeover-court-hearing",
         "Net debt of $43.9bn as of Sep 30 was almost six times higher than a year before, FT reported.",
         ["FT|Financial Times"], false),
        ("http://www.reuters.com/article/britain-ipo-megafon-ifr-idUSL5E8G38VY20120503",
         "Firstly, the company had interviewed more than a dozen banks so more than two banks were expected to secure top level roles, said one banker close to the deal.",
         [], true),
        ("http://www.reuters.com/article/britain-ipo-megafon-ifr-idUSL5E8G38VY20120503",
         "Bankers at both firms declined to comment.",
         [], false),
        ("http://www.efinancialnews.com/story/2014-03-17/high-pressure-ipos-return",
         "One senior banker familiar with the matter said: “It’s classic STJ to keep everyone in limbo.”",
         [], true),
        ("https://biotech-insider.com/ge-raised-nearly-1-billion-through-sale-of-baker-hughes-stock",
         "Based on a volume-weighted average closing price (VWAP) of Baker Hughes stock from Jan. 25 through April 29 of $22.11, according to a MarketWatch calculation of FactSet data, the 43,685,723 Baker Hughes shares sold would have raised about $965.92 million.",
         ["MarketWatch", "FactSet"], false),
        ("https://www.thestar.com/business/2019/07/29/thomson-reuters-stock-flat-amid-potential-refinitiv-deal-with-london-stock-exchange.html",
         "Canaccord Genuity estimates the Thomson Reuters share of Refinitiv’s equity would be worth about US$5.85 billion.",
         ["Canaccord Genuity"], false),
        ("https://www.thestar.com/business/2019/07/29/thomson-reuters-stock-flat-amid-potential-refinitiv-deal-with-london-stock-exchange.html",
         "Thomson Reuters said during the weekend that it would own 15 per cent of the LSE Group PLC under the proposed transaction, which values Refinitiv at US$27 billion including debt.",
         [], false),
        ("https://www.japantimes.co.jp/business/2025/11/13/companies/sbi-shinsei-ipo-target",
         "The deal would value the Japanese lender at around ¥1 trillion, said the people, who asked not to to be identified as the information was private.",
         [], true),
        ("https://www.consultancy-me.com/news/13226/pwc-three-quarters-of-ai-linked-gains-captured-by-just-20-of-companies",
         "That is according to a report from PwC, which focuses on why AI activity is not producing measurable results for so many companies, and what really separates AI leaders from the rest.",
         ["PwC"], false),
        ("https://aimagazine.com/news/pwc-report-how-few-firms-capture-most-ai-economic-gains",
         "A PwC study interviewing over 1,200 senior executives found that just 20% of organisations are securing nearly three quarters (74%) of AI-driven economic value, underlining a stark divide in how businesses are using the technology.",
         ["PwC"], false),
        ("https://docslib.org/doc/6938191/magnifying-revenue-growth-management-unexplored-areas-of-opportunity",
         "Despite these changes, a recent Deloitte study indicates “Getting a Great Deal” remains the top choice driver across all age and income cohorts.",
         ["Deloitte"], false),
        ("https://www.thenationalnews.com/business/2021/09/05/ceos-confidence-in-global-economy-recovers-to-pre-pandemic-levels-kpmg-says/",
         "About 60 per cent of the leaders are confident about the economy's growth prospects over the next three years, up from 42 per cent in a similar survey conducted earlier this year, consultancy KPMG said in its 2021 CEO Outlook.",
         ["KPMG"], false),
        ("https://www.thenationalnews.com/business/2021/09/05/ceos-confidence-in-global-economy-recovers-to-pre-pandemic-levels-kpmg-says/",
         "The global economy, which contracted 3.3 per cent in 2020, is expected to expand 6 per cent this year on the back of the rapid vaccine roll-out and the injection of about $25 trillion in fiscal and monetary stimulus by governments and central banks through the pandemic, according to the International Monetary Fund.",
         ["International Monetary Fund"], false),
        ("https://webcertain.com/site/knowhowamp/global-ceos-cite-international-expansion-as-key-growth-driver/kb751",
         "A study by KPMG has revealed that almost half of CEOs worldwide are planning to devote significant amounts of money to international expansion over the next 3 years.",
         ["KPMG"], false),
        ("https://www.wrvo.org/2020-04-14/bloomberg-news-killed-investigation-fired-reporter-then-sought-to-silence-his-wife",
         "Six years ago, Bloomberg News killed an investigation into the wealth of Communist Party elites in China, fearful of repercussions by the Chinese government.",
         [], false),
        ("https://itiger.com/hans/news/2484190373",
         "Citigroup (C) and Banco Santander (SAN) are preparing a debt package of up to 4 billion euros ($4.22 billion) to support the potential sale of Platinum Equity-owned waste-management company Urbaser, Bloomberg reported Wednesday, citing unnamed sources familiar with the matter.",
         ["Bloomberg"], true),
        ("https://itiger.com/hans/news/2484190373",
         "Citi, Banco Santander, Urbaser did not immediately respond to requests for comment from MT Newswires.",
         [], false),
        ("https://theamericannews.net/america/usa/bank-of-america-to-lead-us1-83-billion-leveraged-loan-for-carrier-unit-deal",
         "For leveraged loans, M&A made up 7 per cent of this year’s volume as at mid-August, down from 9 per cent a year earlier, according to data compiled by Bloomberg.",
         ["Bloomberg"], false),
        ("https://cheapmoneynews.com/british-american-billionaire-in-talks-for-investment-in-telegraph-newspaper/amp",
         "Redbird Capital has initiated talks with Blavatnik about becoming a minority investor in The Telegraph, Sky News reported Thursday, citing two sources close to the situation.",
         ["Sky News"], true),
        ("https://cheapmoneynews.com/british-american-billionaire-in-talks-for-investment-in-telegraph-newspaper/amp",
         "Forbes estimates his net worth at $25.6 billion, placing him at No. 80 on the Real-Time Billionaires List.",
         ["Forbes"], false),
        ("https://cheapmoneynews.com/british-american-billionaire-in-talks-for-investment-in-telegraph-newspaper/amp",
         "Redbird Capital declined to comment.",
         [], false),
        ("https://paperspast.natlib.govt.nz/newspapers/CHP19840613.2.56",
         "It had no trouble finding the more than £7l million ($NZ152.65M) needed to buy the 36,535,000 Reuters B (limited voting) shares it announced on Monday it held.",
         [], false),
        ("https://standard.co.uk/business/business-news/snoop-scandal-doesn-t-stop-bloomberg-9118944.html",
         "Despite this, estimates from analysis firm Burton-Taylor show that Bloomberg’s worldwide financial markets revenues actually grew from $7.9 billion to $8.2 billion last year while Thomson Reuters fell from $7.5 billion to $7 billion.",
         ["Burton-Taylor"], false),
        ("https://standard.co.uk/business/business-news/snoop-scandal-doesn-t-stop-bloomberg-9118944.html",
         "Bloomberg's “snooping” scandal failed to prevent the financial-data specialist increasing its dominance over Thomson Reuters in 2013 as clients continued to use its $20,000-a-year (£12,000) terminals.",
         [], false),
        ("http://www.datalandscape.eu/news/who-leading-data-driven-world",
         "The IDC estimated that in 2014 the US accounted for 45% of total business analytics markets worldwide and is expected to grow to 55%.",
         ["IDC"], false),
        ("https://novanews.pro/among-the-six-times-waters-from-stonbek-which-specializes-in-the-falter",
         "A person close to the operation said: “Everyone wanders around the collar to see if anything good comes out.”",
         [], true),
        ("https://irishtimes-irishtimes-prod.web.arc-cdn.net/business/eircom-board-to-hold-crunch-talks-today-1.312484",
         "\"Valentia does seem the more likely one at this stage,\" said one source.",
         [], true),
        ("https://irishtimes-irishtimes-prod.web.arc-cdn.net/business/eircom-board-to-hold-crunch-talks-today-1.312484",
         "One key source said he believed a deal would proceed at the price level currently being discussed and that today would be a \"crunch day\" in the process.",
         [], true),
        ("https://irishtimes.com/business/nab-may-select-an-exclusive-bidder-for-irish-banks-1.1164563",
         "Market sources said yesterday that NAB had indicated that its preferred option was to hammer out a deal with one party only.",
         [], true),
        ("https://irishtimes.com/business/nab-may-select-an-exclusive-bidder-for-irish-banks-1.1164563",
         "\"There is probably quite a lot of pressure on him internally to have something to say by then,\" said one commentator yesterday.",
         [], true),
        ("https://irishtimes.com/business/nab-may-select-an-exclusive-bidder-for-irish-banks-1.1164563",
         "\"The potential embarrassment of the chief executive on November 10th is only one factor,\" a market-watcher said.",
         [], true),
        ("https://diki.de/slownik-angielskiego?q=entertain+bids",
         "\"The rivalry between these identity firms is fierce,\" said one executive who entertained bids from several of the consultants for a recent corporate name change.",
         [], true),
        ("https://diki.de/slownik-angielskiego?q=entertain+bids",
         "Executives at Hearst, which announced this fall that it would entertain bids for its book divisions, refused to comment, as they always do.",
         [], false),
        ("https://www.americanbanker.com/news/fleet-b-of-a-was-settled-in-a-hurry-filing-reveals",
         "FleetBoston Financial Corp. executives held \"informal discussions\" with other potential buyers this year before agreeing to sell to Bank of America Corp. in a hastily negotiated deal, according to a securities filing.",
         ["securities filing"], false),
        ("http://www.electronicsweekly.com/blogs/mannerisms/shenanigans/poor-old-bankers-2014-08/",
         "70% of tech M&A deals worth over $100 million this year have been done without the use of an investment bank, points out Dealogic.",
         ["Dealogic"], false),

        // Held out: gathered after the rules were written and measured before any change (10 of 20 right before the sweep, 16 when
        // first read by it, 17 after the described-outlet opening "Global credit agency Fitch Ratings has affirmed" was added).
        ("https://baystreet.ca/stockstowatch/19080/Morgan-Stanley-Says-US-Data-Centre-Power-To-Double-By-2027",
         "According to Morgan Stanley, rising demand for high-performance computing used to support generative artificial intelligence (A.I.) is fueling exponential growth in data centre power needs.",
         ["Morgan Stanley"], false),
        ("https://prod-mssip.morganstanley.com/insights/articles/technology-media-telecom-europe-themes",
         "According to Morgan Stanley Research, global data center capacity should grow at an annual rate of 23%, rising from approximately 95 GW in 2025 to 250 GW by 2030.",
         ["Morgan Stanley Research|Morgan Stanley"], false),
        ("https://komontrust.cc/frontend.php?id=11&r=report%2Fitem",
         "In the latest research report on March 1, Morgan Stanley stated that the next wave of investment will focus more on other infrastructure of AI data centers, such as servers, network equipment, cooling systems, data storage, and even physical real estate.",
         ["Morgan Stanley"], false),
        ("https://promptnewsonline.com/fitch-endorses-ratings-of-zenith-first-gtb-uba-fidelitydowngrades-union-bank",
         "Fitch Ratings yesterday affirmed the Long-term Issuer Default Ratings (IDR) of Zenith Bank Plc, First Bank, United Bank for Africa Plc, Guaranty Trust Bank Plc, Access Bank Plc, Diamond Bank Plc, Fidelity Bank Plc and the Long-term National Ratings of Stanbic IBTC Bank Plc.",
         ["Fitch Ratings"], false),
        ("https://americaeconomia.com/en/bbva-faces-distraction-risks-hostile-takeover-bid-sabadell-warns-fitch-ratings",
         "Fitch has explained that if the takeover bid is accepted by the shareholders, the possible implications for the ratings of both banks will be assessed.",
         ["Fitch"], false),
        ("https://americaeconomia.com/en/bbva-faces-distraction-risks-hostile-takeover-bid-sabadell-warns-fitch-ratings",
         "\"However, this acquisition poses greater challenges due to its non-friendly nature and potential impacts on the most overlapping regions,\" Fitch said.",
         ["Fitch"], false),
        ("http://news.smh.com.au/breaking-news-business/fitch-affirms-anz-credit-rating-aa-minus-20090806-ebbd.html",
         "Global credit agency Fitch Ratings has affirmed the long-term rating of ANZ Banking Group Ltd as AA-minus after the bank spent $US550 million ($A687 million) to acquire some of Royal Bank of Scotland Plc's (RBS) Asian businesses.",
         ["Fitch Ratings"], false),
        ("http://news.smh.com.au/breaking-news-business/fitch-affirms-anz-credit-rating-aa-minus-20090806-ebbd.html",
         "In light of $4.7 billion of new capital raised by ANZ in the last three months, the capital impact appears modest - on a pro forma and post-acquisition basis - Fitch said in a statement on Thursday.",
         ["Fitch"], false),
        ("http://uk.reuters.com/article/idUKWLA395320120301",
         "March 01 - Fitch Ratings has revised the Rating Watch on Kredyt Bank’s (KB) Long-term Issuer Default Rating (IDR) of ‘BBB’ to Positive (RWP) from Evolving (RWE).",
         ["Fitch Ratings"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/qrqg5fbnnwu8gdnw7skllw2",
         "Fitch Ratings on June 9 upgraded Banco Popular Español SA's long- and short-term issuer default ratings to A-/F2 from B/B and removed the short-term rating from Rating Watch Negative, following the bank's acquisition by Banco Santander SA.",
         ["Fitch Ratings"], false),
        ("https://www.spglobal.com/marketintelligence/en/news-insights/trending/qrqg5fbnnwu8gdnw7skllw2",
         "Fitch also affirmed Banco Santander unit Santander International Debt SA's long- and short-term senior unsecured debt ratings at A-/F2.",
         ["Fitch"], false),
        ("https://www.thefreelibrary.com/Fitch+upgrades+Fortis+Bank+and+BGL+to+AA-+on+BNPP+acquisition-a0200079128",
         "Fitch said it has upgraded Fortis Bank's and BGL SA's long-term Issuer Default Ratings (IDRs) to AA- from A+ and removed them from Rating Watch Positive (RWP) following the purchase of majority stakes in these banks by BNP Paribas.",
         ["Fitch"], false),
        ("https://www.thefreelibrary.com/Fitch+upgrades+Fortis+Bank+and+BGL+to+AA-+on+BNPP+acquisition-a0200079128",
         "Fitch claims that BNPP's move into the Belgian and Luxembourg markets will allow the French bank to roll out its business model in two more retail markets and strengthen its franchise in asset management and private banking.",
         ["Fitch"], false),
        ("https://www.japantimes.co.jp/business/2025/11/13/companies/sbi-shinsei-ipo-target",
         "SBI Shinsei plans to list in mid-December and has tapped Bank of America, Goldman Sachs Group, Mizuho Financial Group, Nomura Holdings, SBI Holdings and SMBC Nikko Securities as lead underwriters for the deal, people familiar with the matter said last month.",
         [], true),
        ("https://novanews.pro/among-the-six-times-waters-from-stonbek-which-specializes-in-the-falter",
         "These four parties are committed to the process, according to many people familiar with this issue.",
         [], true),
        ("https://cheapmoneynews.com/british-american-billionaire-in-talks-for-investment-in-telegraph-newspaper/amp",
         "Last week, a cross-party group of parliamentarians urged the government to investigate how Redbird Capital is funding its takeover of the venerable British newspaper, according to a report in The Guardian.",
         ["The Guardian"], false),
        ("https://standard.co.uk/business/business-news/snoop-scandal-doesn-t-stop-bloomberg-9118944.html",
         "Alex DeGroote, analysts at Panmure Gordon, said: “Bloomberg has been taking market share for some time.”",
         ["Panmure Gordon"], false),
    ];
}
