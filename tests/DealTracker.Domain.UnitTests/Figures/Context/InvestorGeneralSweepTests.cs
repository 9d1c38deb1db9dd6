using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The general-investor sweep (branch sweep-inv-general): frames written for the whole grammatical class of investor, each crossed with
/// names of several shapes, verbs in several tenses and intentions, and orders the class allows.
/// <list type="bullet">
/// <item>An investor is an organisation or a named person: a proposed name that is a role or people word ("Officials said the company will
/// invest …"), a sentence opener ("Together with existing and new investors, they put £90m …"), an amount ("Rs.874"), a date, a pronoun, a
/// document or a place adjective is refused, and the next rule or no investor stands (<c>InvestorRules.NoInvestorNames.cs</c>).</item>
/// <item>The receiver frame: money a company receives, gets, secures, lands, wins, attracts, bags or draws "from" a giver is the giver's
/// ("Reliance Retail will get a $1 billion investment from Qatar's sovereign wealth fund" names no one, as the corpus labels a described
/// state fund; "… from Zhuhai city's state-owned Huafa Group" → Huafa Group); a payment for a milestone is no investment
/// (<c>InvestorRules.ReceiverFrames.cs</c>).</item>
/// <item>The buyer of a holding bought from a seller: "X completed a deal on Tuesday to buy 17 per cent of Z from Y for about $1.2 billion" →
/// X, in any tense or intention, with "from Y" before or after the price (<c>InvestorRules.BuyersFromSellers.cs</c>).</item>
/// <item>Money put in through a fund or vehicle: "X, which …, will use the fund to invest between $5 million and $30 million", "X has invested
/// $M … through its venture arm" → X (<c>InvestorRules.FundVehicleUses.cs</c>).</item>
/// </list>
/// Before the sweep 257 of the 418 generated combinations read right; after, all. Outside the corpus, 41 real sentences of the classes
/// (pages search): 33 right before, 37 after. Left wrong (a misspelt "investement", an outlet buying, a state's purchase after a dateline, money
/// "invested" in a with-clause):
/// Having already garnered over Rs 1.04 lakh crore as investments from reputed foreign investors in less than 8 weeks, Mukesh Ambani led Reliance Industr… (https://swarajyamag.com./insta/saudi-arabias-pif-to-invest-15-billion-for-233-per-cent-stake-in-mukesh-ambanis-jio-platforms)
/// Dow Jones will pay $160 million for Reuters' stake, with $153 million in cash funded through the sale of up to six local newspapers, and $7 million in… (http://www.waterstechnology.com/inside-market-data/feature/1615229/reuters-sells-factiva-dow-jones)
/// DUBAI: Saudi Arabia’s purchase of a stake of about US$2 billion in Tesla Inc is only the latest high-profile investment by its sovereign wealth fund s… (https://dev-v4.freemalaysiatoday.com/category/business/2018/08/09/saudis-public-investment-fund-invests-us2-billion-in-tesla)
/// Meta will build a 1 GW data‑centre campus in Lebanon, Indiana, with more than $10 billion invested in the facility and nearby community, creating roug… (https://www.chinadailybrief.com/search/keyword/investment)
/// </summary>
public sealed class InvestorGeneralSweepTests
{
    private static readonly string[] _money =
    [
        "$1 billion",
        "$250 million",
        "€300 million",
        "£90m",
        "Rs 5,000 crore",
        "US$1.5 billion",
        "¥100 billion",
        "$40 million",
    ];

    // ---- Roles and openers ------------------------------------------------------------------------------------------------------

    private static readonly string[] _roles =
    [
        "Officials",
        "Analysts",
        "Sources",
        "Executives",
        "Investors",
        "Regulators",
        "Bankers",
        "Experts",
    ];

    private static readonly string[] _roleFrames =
    [
        "{R} said the company will invest {M} in the plant.",
        "{R} expect the group to put {M} into the new venture.",
        "{R} say the firm plans to invest {M} in the project.",
    ];

    private static readonly string[] _openers =
    [
        "Together",
        "However",
        "Meanwhile",
        "Additionally",
        "Moreover",
        "Separately",
        "Furthermore",
        "Altogether",
    ];

    private static readonly (string Written, string? Accepted)[] _openerInvestors =
    [
        ("SoftBank", "SoftBank"),
        ("Temasek Holdings", "Temasek Holdings"),
        ("Saudi Aramco", "Saudi Aramco"),
        ("KKR", "KKR"),
        ("Mubadala Investment Company", "Mubadala Investment Company"),
    ];

    private static readonly string[] _openerFrames =
    [
        "{O}, they put {M} into Myricx Bio.",
        "{O} with existing and new investors, they put {M} into Myricx Bio.",
        "{O}, it will invest {M} in the plant.",
        "{O}, {X} will invest {M} in Myricx Bio.",
        "{O}, {X} put {M} into Myricx Bio.",
    ];

    // ---- Receivers ------------------------------------------------------------------------------------------------------------

    private static readonly string[] _receivers =
    [
        "Reliance Retail",
        "Groq",
        "Yello Mobile",
        "Cassava Technologies",
        "Jio Platforms",
        "The startup",
    ];

    private static readonly string[] _receivingVerbs =
    [
        "will get",
        "has secured",
        "received",
        "landed",
        "won",
        "attracted",
        "bagged",
        "is set to receive",
        "secures",
        "is likely to receive",
        "got",
        "has drawn",
    ];

    private static readonly string[] _receivedNouns =
    [
        "a {M} investment",
        "{M} in funding",
        "{M}",
        "a {M} commitment",
        "another {M} investment",
        "{M} in fresh funding",
        "a {M} equity investment",
    ];

    private static readonly (string Written, string? Accepted)[] _givers =
    [
        ("Silver Lake", "Silver Lake"),
        ("private equity firm KKR", "KKR"),
        ("Saudi Arabia", "Saudi Arabia"),
        ("Qatar's sovereign wealth fund", null),
        ("SoftBank Vision Fund 2", "SoftBank Vision Fund 2"),
        ("US-based General Atlantic", "General Atlantic"),
        ("Zhuhai city's state-owned Huafa Group", "Huafa Group"),
        ("the Kingdom", null),
        ("Mubadala Investment Company", "Mubadala Investment Company"),
        ("Silicon Valley-based venture capital firm Formation 8", "Formation 8"),
        ("GM's venture capital unit", "GM"),
    ];

    // ---- Buyers from sellers ---------------------------------------------------------------------------------------------------

    private static readonly (string Written, string? Accepted)[] _buyers =
    [
        ("Saudi Aramco", "Saudi Aramco"),
        ("KKR", "KKR"),
        ("Sony Group Corp.", "Sony Group Corp."),
        ("Temasek", "Temasek"),
        ("Brookfield Asset Management", "Brookfield Asset Management"),
        ("Prince Alwaleed bin Talal", "Prince Alwaleed bin Talal"),
    ];

    private static readonly string[] _buyingVerbs =
    [
        "completed a deal on Tuesday to buy",
        "agreed to buy",
        "is set to acquire",
        "has acquired",
        "bought",
        "will purchase",
        "is close to completing a deal to buy",
        "offered to buy",
        "has agreed to take",
        "acquires",
    ];

    private static readonly string[] _holdings =
    [
        "17 per cent of South Korean oil refiner Hyundai Oilbank",
        "a 10% stake in Kadokawa",
        "shares in Calsonic Kansei",
        "a minority stake in Equity Bank",
        "a 41% stake in auto-parts maker Calsonic Kansei",
    ];

    private static readonly string[] _sellers =
    [
        "Hyundai Heavy Industries Holdings",
        "the founding family",
        "Nissan",
        "Helios Partners",
    ];

    // ---- Funds and vehicles ----------------------------------------------------------------------------------------------------

    private static readonly (string Written, string? Accepted)[] _owners =
    [
        ("Mubadala", "Mubadala"),
        ("SoftBank Group", "SoftBank Group"),
        ("Temasek Holdings", "Temasek Holdings"),
        ("Sequoia Capital", "Sequoia Capital"),
        ("Reliance Industries", "Reliance Industries"),
    ];

    private static readonly string[] _vehicleFrames =
    [
        "{X}, which is a big investor in SoftBank's Vision Fund, will use the fund to invest between {M} and $30 million in European start-ups.",
        "{X} will use its new vehicle to invest {M} in Indian startups.",
        "{X} plans to tap its growth fund to invest {M} in Kadokawa.",
        "{X} has invested {M} in Kadokawa through its venture arm.",
        "{X}, through its Asia fund, invested {M} in Kadokawa.",
        "{X} will deploy its balance sheet to invest {M} in European start-ups.",
    ];

    /// <summary>The cross product: sentence, the figure as written, the investor accepted (null: none named).</summary>
    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        var k = 0;
        foreach (var role in _roles)
        {
            foreach (var frame in _roleFrames)
            {
                var money = _money[k++ % _money.Length];
                data.Add(frame.Replace("{R}", role, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal), money, null);
            }
        }

        for (var i = 0; i < _openers.Length; i++)
        {
            foreach (var frame in _openerFrames)
            {
                var (written, accepted) = _openerInvestors[(i + k) % _openerInvestors.Length];
                var money = _money[k++ % _money.Length];
                var sentence = frame.Replace("{O}", _openers[i], StringComparison.Ordinal).Replace("{X}", written, StringComparison.Ordinal)
                    .Replace("{M}", money, StringComparison.Ordinal);
                data.Add(sentence, money, frame.Contains("{X}", StringComparison.Ordinal) ? accepted : null);
            }
        }

        foreach (var receiver in _receivers)
        {
            foreach (var verb in _receivingVerbs)
            {
                foreach (var (giver, accepted) in _givers)
                {
                    // A third of the combinations, rotating the nouns and the money.
                    if (k % 3 != 0)
                    {
                        k++;
                        continue;
                    }

                    var noun = _receivedNouns[k % _receivedNouns.Length];
                    var money = _money[k++ % _money.Length];
                    data.Add($"{receiver} {verb} {noun.Replace("{M}", money, StringComparison.Ordinal)} from {giver}.", money, accepted);
                }
            }
        }

        foreach (var (buyer, accepted) in _buyers)
        {
            foreach (var verb in _buyingVerbs)
            {
                var holding = _holdings[k % _holdings.Length];
                var seller = _sellers[k % _sellers.Length];
                var money = _money[k++ % _money.Length];
                var tail = k % 2 == 1 ? $"from {seller} for about {money}" : $"for about {money} from {seller}";
                data.Add($"{buyer} {verb} {holding} {tail}.", "about " + money, accepted);
            }
        }

        foreach (var (owner, accepted) in _owners)
        {
            foreach (var frame in _vehicleFrames)
            {
                var range = frame.Contains("between", StringComparison.Ordinal);
                var money = range ? "$5 million" : _money[k % _money.Length];
                k++;
                data.Add(frame.Replace("{X}", owner, StringComparison.Ordinal).Replace("{M}", money, StringComparison.Ordinal),
                    range ? $"between {money} and $30 million" : money, accepted);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_GeneralInvestorFrames_NameTheOrganisationPuttingMoneyIn(string sentence, string at, string? accepted)
    {
        AssertInvestor(sentence, at, accepted);
    }

    /// <summary>Real sentences from outside the corpus (pages search), each with its page.</summary>
    [Theory]
    // https://swarajyamag.com./insta/saudi-arabias-pif-to-invest-15-billion-for-233-per-cent-stake-in-mukesh-ambanis-jio-platforms
    [InlineData("Earlier on Saturday (13 June), American private equity firm TPG said that it will invest $600 million in Jio Platforms for a 0.93% stake in the company.", "$600 million", "TPG")]
    // https://www.nasdaq.com/articles/vodacom-to-buy-55-stake-in-vodafone-egypt-for-%242.74-bln-0
    [InlineData("South Africa's Vodacom Group Ltd said on Wednesday it would buy a 55% stake in the Egyptian arm of Vodafone Group Plc for $2.74 billion.", "$2.74 billion", "Vodacom Group Ltd|Vodacom Group|Vodacom")]
    // http://in.reuters.com/article/deals-day-idINL3N0K51ZX20131226
    [InlineData("French cement maker Lafarge SA said it would sell its remaining 20 percent stake in its former European and South American gypsum operations to Belgian building materials group Etex for 145 million euros ($198 million) in cash.", "145 million euros", "Etex")]
    // http://in.reuters.com/article/deals-day-idINL3N0K51ZX20131226
    [InlineData("Vale SA, the world's No. 1 iron ore producer, sold a 44.25 percent stake in purified phosphoric acid producer Fosbrasil SA to Israel Chemicals Ltd for $52 million, according to a securities filing.", "$52 million", "Israel Chemicals Ltd|Israel Chemicals")]
    // http://in.reuters.com/article/deals-day-idINL3N0K51ZX20131226
    [InlineData("Last week, the Koplowitz family sold 3.8 percent of its majority stake in FCC for 72 million euros to reduce personal debt.", "72 million euros", null)]
    // http://uk.reuters.com/article/carrefour-brazil-diniz-idUKFWN0U104G20141218
    [InlineData("French supermarkets group Carrefour on Thursday announced that Brazilian billionaire Abilio Diniz had bought a 10 percent stake in its Brazil division through his investment company Peninsula for about 1.8 billion reais ($663 million).", "about 1.8 billion reais", "Abilio Diniz|Peninsula")]
    // https://www.firstpost.com/business/softbank-to-buy-2-billion-of-yahoo-japan-shares-held-by-altaba-4702051.html
    [InlineData("SoftBank Group Corp said on Tuesday that its unit SoftBank Corp would buy 221 billion yen ($2 billion) worth of shares in Yahoo Japan Corp, a 10.78 percent stake, held by U.S. investment firm Altaba Inc.", "221 billion yen", "SoftBank Corp|SoftBank Group Corp")]
    // https://www.12news.com/article/money/business/5-billion-battery-plant-queen-creek-lg/75-64991f98-d511-4808-ad66-50b7e2350267
    [InlineData("LG Energy Solution announced Friday it would be investing $5.5 billion into a manufacturing plant that will produce lithium-ion batteries.", "$5.5 billion", "LG Energy Solution")]
    // https://www.12news.com/article/money/business/5-billion-battery-plant-queen-creek-lg/75-64991f98-d511-4808-ad66-50b7e2350267
    [InlineData("LG has committed to investing $5.5 billion into the plant, around quintuple the company's initial committed investment of $1.4 billion.", "$5.5 billion", "LG")]
    // https://autoworldnews.com/articles/15978/20151211/jaguar-land-rover-put-1-5-billion-towards-factory-slovakia.htm
    [InlineData("Jaguar Land Rover (JLR) confirmed Friday that it will put $1.5 billion towards a car plant in Slovakia, a move that will mark one of the biggest-ever foreign direct investments in the central European nation.", "$1.5 billion", "Jaguar Land Rover|JLR")]
    // https://xii-xwealth.com/hyundai-to-build-an-electric-car-plant-in-the-us
    [InlineData("Earlier, Hyundai promised to invest $7.4 billion in the U.S. by 2025, including in the production of electric cars, modernization of existing plants and technology development.", "$7.4 billion", "Hyundai")]
    // https://wqow.com/2021/04/16/gm-announces-battery-plant-coming-to-tennessee/
    [InlineData("NASHVILLE, Tenn. (AP) — General Motors and LG Energy Solution have announced plans to invest more than $2.3 billion to build a second U.S. electric vehicle battery factory in Spring Hill, Tennessee.", "more than $2.3 billion", "General Motors|LG Energy Solution")]
    // https://www.pilotonline.com/business/vp-nw-electric-carmaker-north-carolina-20220329-t4ylii62anegvjss7av5omhegm-story.html
    [InlineData("The company is expected to invest $4 billion in building the plant on a nearly 2,000-acre (800-hectare) site about a 30-minute drive southwest of Raleigh.", "$4 billion", null)]
    // https://thedailycable.com/2019/12/05/gm-among-partners-planning-2-3b-battery-plant-in-ohio/
    [InlineData("The companies plan to invest a total of $2.3 billion in the facility, which is expected to create 1,100 new jobs, according to a GM statement.", "$2.3 billion", null)]
    // https://www.coindesk.com/solana-development-growth-strategic-investment-funds
    [InlineData("The foundation has now attracted $140 million in funding, including a $40 million investment from crypto exchanges OKEx and MXC in March.", "$40 million", "OKEx|MXC")]
    // https://hkchacha.com/news/cyberports-fund-invested-a-total-of-hk14-87-million-into-four-of-its-startups/
    // https://hkchacha.com/news/cyberports-fund-invested-a-total-of-hk14-87-million-into-four-of-its-startups/
    // https://staging.globalventuring.com/news-round-up-24-december-2018
    [InlineData("Shanghai Electric will invest $9.9m in the fund, which is targeting AI and smart manufacturing industries, while a Golden Concord subsidiary is putting up $10.2m.", "$9.9m", "Shanghai Electric")]
    // https://globaleconomicreport.com/state-owned-investment-funds-seek-bargains-in-covid-19-economic-crisis
    [InlineData("And last month, it invested $500 million in the Los Angeles entertainment company Live Nation.", "$500 million", null)]
    // https://liquidity-provider.com/news/softbank-cuts-back-spending-leaving-startups-desperate-for-cash/
    [InlineData("Light was injected with $121 million from SoftBank's first Vision Fund in 2018.", "$121 million", "Vision Fund|SoftBank")]
    // https://dev-v4.freemalaysiatoday.com/category/business/2018/08/09/saudis-public-investment-fund-invests-us2-billion-in-tesla
    [InlineData("PIF invested US$3.5 billion in US ride-share company Uber Technologies Inc in June 2016.", "US$3.5 billion", "PIF")]
    // https://dev-v4.freemalaysiatoday.com/category/business/2018/08/09/saudis-public-investment-fund-invests-us2-billion-in-tesla
    [InlineData("PIF also holds an option to invest an additional US$480 million in Virgin’s space services.", "US$480 million", "PIF")]
    // https://dev-v4.freemalaysiatoday.com/category/business/2018/08/09/saudis-public-investment-fund-invests-us2-billion-in-tesla
    [InlineData("PIF agreed to commit US$20 billion in May 2017 to an infrastructure investment fund with Blackstone Group LP, the world’s biggest private-equity manager.", "US$20 billion", "PIF")]
    // https://www.business-standard.com/topic/funding/page-11
    [InlineData("Drug firm Lupin on Thursday said it has received USD 25 million (around Rs 205 crore) from AbbVie Inc for meeting a key development milestone for a product to treat hematological cancers.", "USD 25 million", null)]
    // https://www.business-standard.com/topic/funding/page-11
    [InlineData("As part of the agreement, Lupin has received USD 25 million from AbbVie for initiation of Phase 1 clinical studies successfully, it added.", "USD 25 million", null)]
    // https://www.business-standard.com/topic/funding/page-11
    [InlineData("The drug maker had earlier received USD 30 million from AbbVie for achievement of other milestones in the programme.", "USD 30 million", null)]
    // https://www.business-standard.com/topic/funding/page-11
    [InlineData("The National Highway Authority of India (NHAI) received Rs 37 crore for construction of a tunnel at Laxmi Dungri, a reserve forest in Sambalpur district, official sources said.", "Rs 37 crore", null)]
    // https://www.thehindu.com/news/national/Bullish-investors-back-Team-Indus-moon-shot/article16705021.ece
    [InlineData("Last year, it won a $1 million milestone prize from Google Lunar X Prize for completing the viable concept of its moon lander.", "$1 million", null)]
    // https://www.investing.com/news/stock-market-news/chinas-wanda-group-says-to-invest-additional-80-billion-yuan-in-shenyang-1868408
    [InlineData("BEIJING (Reuters) - Chinese conglomerate Dalian Wanda Group said on Wednesday that it will invest an additional 80 billion yuan ($11.64 billion) in the city of Shenyang, as part of its effort to help revitalize China's northeastern rustbelt.", "80 billion yuan", "Dalian Wanda Group")]
    // https://www.investing.com/news/stock-market-news/chinas-wanda-group-says-to-invest-additional-80-billion-yuan-in-shenyang-1868408
    [InlineData("Wanda Group had previously invested 25 billion yuan in Shenyang, capital of Liaoning province.", "25 billion yuan", "Wanda Group")]
    // https://www.investing.com/news/stock-market-news/chinas-wanda-group-says-to-invest-additional-80-billion-yuan-in-shenyang-1868408
    [InlineData("In April, it said it will invest about 45 billion yuan in the impoverished province of Gansu over the next three years.", "about 45 billion yuan", null)]
    // https://www.chinadailybrief.com/search/keyword/investment
    [InlineData("Adani Group announced a $100 billion investment through 2035 to build AI‑optimised data centres powered by renewable energy, one of India’s largest private digital‑infrastructure pledges.", "$100 billion", "Adani Group")]
    // https://techstartups.com/staging/2018/04/16/top-tech-startup-news-stories-need-know-monday-april-16
    [InlineData("Now Boston Scientific, the Marlborough, Mass.-based medical device giant, says it will buy nVision for $150 million upfront and another $125 million to be paid if certain clinical and commercial milestones are hit over the next four years.", "$150 million", null)]
    // https://dev-v4.freemalaysiatoday.com/category/business/2018/08/09/saudis-public-investment-fund-invests-us2-billion-in-tesla
    [InlineData("The fund announced plans in October 2017 to invest about US$1 billion in Virgin Group’s space companies, Virgin Galactic, The Spaceship Co and Virgin Orbit.", "about US$1 billion", null)]
    // https://ksaplayers.com/Ksahome/NewsDetial/?nid=34616322
    [InlineData("Ayar Third Investment Company, a subsidiary of the sovereign wealth fund, will buy $1 billion in convertible preferred stock and will be able to convert the preferred stock into about 280 million shares.", "$1 billion", "Ayar Third Investment Company")]
    public void Read_RealSentencesOfTheClasses_NameTheirInvestor(string sentence, string at, string? accepted)
    {
        AssertInvestor(sentence, at, accepted);
    }

    /// <summary>
    /// Counter-examples the frames must not take: a described giver, a giver in a relative clause, a payment for a milestone, a price per
    /// share, a described subject using a vehicle, a stake sold to no one, names that are no investor.
    /// </summary>
    [Theory]
    [InlineData("Officials said the company will invest $2 billion in the plant.", "$2 billion")]
    [InlineData("Together with existing and new investors, they put £90m into Myricx Bio.", "£90m")]
    [InlineData("Out of the total shares offered, 16.20%, equivalent to Rs.874 crore, were allocated to five domestic mutual funds.", "Rs.874 crore")]
    [InlineData("Reliance Retail will get a $1 billion investment from Qatar's sovereign wealth fund.", "$1 billion")]
    [InlineData("During the trip, Trump secured a $600 billion investment pledge from the Kingdom, which is the largest commercial agreement ever.", "$600 billion")]
    [InlineData("The VC firm, through Surge, currently invests in the range of $1 million to $2 million.", "$1 million to $2 million")]
    [InlineData("As part of the agreement, Lupin has received USD 25 million from AbbVie for initiation of Phase 1 clinical studies successfully, it added.", "USD 25 million")]
    [InlineData("The Public Investment Fund acquired 16.9 per cent of Kingdom Holding Co. from Prince Alwaleed for 9.09 riyals a share.", "9.09 riyals")]
    [InlineData("NAIROBI, Sept 8 (Reuters) - Ghana's sovereign wealth fund will invest almost $33 million in a lithium mine.", "almost $33 million")]
    [InlineData("Jio Platforms secured $5 billion in new funding from SoftBank Group Corp. and Abu Dhabi Investment Authority.", "$5 billion")]
    [InlineData("The companies plan to invest a total of $2.3 billion in the facility, which is expected to create 1,100 new jobs.", "$2.3 billion")]
    [InlineData("In April, it said it will invest about 45 billion yuan in the impoverished province of Gansu over the next three years.", "about 45 billion yuan")]
    public void Read_NoOrganisationNamedAsGiver_NamesNoInvestor(string sentence, string at)
    {
        Assert.Null(Figure(sentence, at).Investor);
    }

    /// <summary>The last check: words that are no investor, and names that are.</summary>
    [Theory]
    [InlineData("Officials", true)]
    [InlineData("Together", true)]
    [InlineData("Rs.874", true)]
    [InlineData("MoU", true)]
    [InlineData("September", true)]
    [InlineData("They", true)]
    [InlineData("South American", true)]
    [InlineData("However Google", true)]
    [InlineData("Kingdom", true)]
    [InlineData("Ltd.", true)]
    [InlineData("Holding LLC", true)]
    [InlineData("MALAYSIA'S", true)]
    [InlineData("QED Investors", false)]
    [InlineData("Third Point", false)]
    [InlineData("C5", false)]
    [InlineData("SVF2", false)]
    [InlineData("3i Group", false)]
    [InlineData("Saudi Arabia", false)]
    [InlineData("Abu Dhabi", false)]
    [InlineData("government", false)]
    public void IsNoInvestorName_WordsAndNames_RefusesOnlyNonNames(string name, bool refused)
    {
        var sentence = new SentenceWords(name + " invested $1 billion.", 0, name.Length + 21);

        Assert.Equal(refused, InvestorRules.IsNoInvestorName(sentence, name));
    }

    private static void AssertInvestor(string sentence, string at, string? accepted)
    {
        var figure = Figure(sentence, at);
        if (accepted is null)
        {
            Assert.Null(figure.Investor);
            return;
        }

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Contains(figure.Investor ?? "", accepted.Split('|'));
    }
}
