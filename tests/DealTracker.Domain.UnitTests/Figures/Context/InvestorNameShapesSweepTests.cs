using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The name-shapes sweep: the investor of an investment figure is the organisation (or person) putting the money in, whatever the
/// shape of its name: led by a place ("Saudi Aramco"), joined by "&amp;" ("Procter &amp; Gamble"), starting small ("d-Matrix", "eBay",
/// "a16z"), with digits ("3M", "7-Eleven", "01.AI", "500 Global"), dotted ("Booking.com"), in capitals ("ADIA"), with a legal form
/// ("Robert Bosch GmbH", "Banco Santander S.A."), owned ("Alphabet's Google"), led by "The", numbered ("Vision Fund 2"), a person,
/// described ("sovereign wealth fund GIC") or in apposition; and each organisation is listed whole among the sentence's organisations.
/// Frames are the ones wires write (e.g. https://www.seattletimes.com/business/malaysia-says-saudi-aramco-will-invest-7-billion-in-oil-hub/
/// "oil major Saudi Aramco will invest $7 billion in …"; http://uk.reuters.com/article/ebay-flipkart-online-idUKL3N1HI3GG "eBay
/// invested $500 million in Flipkart"; https://business-standard.com/amp/article/reuters/china-s-didi-gets-500-mln-funding-from-booking-com-parent-118071700593_1.html
/// "Didi Chuxing has received a $500 million investment from U.S. travel firm Booking Holdings Inc"; http://pulse2.com/2009/09/17/kohlberg-kravis-roberts-co-investing-400-million-into-kodak-for-16-5-ownership/
/// "Kohlberg Kravis Roberts &amp; Co., …, will also invest $400 million into Kodak").
/// Before the sweep's fixes 319 of the 387 single-name combinations read right (digit-led, numeronym and letter-hyphen names were no
/// names, "Robert Bosch GmbH" was a person, a person "in talks to invest" was no investor, "by Alphabet's Google" gave Alphabet).
/// </summary>
public sealed class InvestorNameShapesSweepTests
{
    /// <summary>A name as written, the investor names accepted for it ("|"), and whether it is a person (not listed as an organisation).</summary>
    private static readonly (string Written, string Accepted, bool Person)[] _names =
    [
        ("Saudi Aramco", "Saudi Aramco", false), ("China Mobile", "China Mobile", false),
        ("Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority", false),
        ("Johnson & Johnson", "Johnson & Johnson", false), ("Procter & Gamble", "Procter & Gamble", false),
        ("Kohlberg Kravis Roberts & Co.", "Kohlberg Kravis Roberts & Co.|Kohlberg Kravis Roberts", false),
        ("d-Matrix", "d-Matrix", false), ("eBay", "eBay", false), ("iQiyi", "iQiyi", false), ("xAI", "xAI", false), ("a16z", "a16z", false),
        ("3M", "3M", false), ("7-Eleven", "7-Eleven", false), ("01.AI", "01.AI", false), ("500 Global", "500 Global", false),
        ("Booking.com", "Booking.com", false), ("C3.ai", "C3.ai", false), ("Salesforce.com", "Salesforce.com", false),
        ("SAP", "SAP", false), ("NTT", "NTT", false), ("KKR", "KKR", false), ("ADIA", "ADIA", false),
        ("Nvidia Corp.", "Nvidia Corp.|Nvidia", false), ("Microsoft Corp.", "Microsoft Corp.|Microsoft", false),
        // A legal form ending in a period at the sentence's end keeps it: the period is the form's and the sentence's.
        ("Alibaba Group Holding Ltd", "Alibaba Group Holding Ltd|Alibaba Group Holding Ltd.|Alibaba Group Holding", false),
        ("Barclays plc", "Barclays plc|Barclays", false), ("Siemens AG", "Siemens AG|Siemens", false), ("Allianz SE", "Allianz SE|Allianz", false),
        ("Banco Santander S.A.", "Banco Santander S.A.|Banco Santander", false), ("Prosus N.V.", "Prosus N.V.|Prosus", false),
        ("Robert Bosch GmbH", "Robert Bosch GmbH|Robert Bosch", false), ("Thrive Capital LLC", "Thrive Capital LLC|Thrive Capital", false),
        ("Samsung Electronics Co.", "Samsung Electronics Co.|Samsung Electronics", false),
        ("Temasek Holdings Pte Ltd", "Temasek Holdings Pte Ltd|Temasek Holdings Pte Ltd.|Temasek Holdings", false),
        ("Alphabet's Google", "Google|Alphabet's Google", false), ("SoftBank's Vision Fund 2", "Vision Fund 2|SoftBank's Vision Fund 2", false),
        ("Amazon's AWS", "AWS|Amazon's AWS", false),
        // The reader gives a "The"-led company without its article; the corpus labels accept both ("The Walt Disney Company|Walt Disney Company").
        ("The Carlyle Group", "The Carlyle Group|Carlyle Group", false), ("The Blackstone Group", "The Blackstone Group|Blackstone Group", false),
        ("Vision Fund 2", "Vision Fund 2", false), ("Sequoia Capital Fund III", "Sequoia Capital Fund III", false),
        ("Jeff Bezos", "Jeff Bezos", true), ("Mukesh Ambani", "Mukesh Ambani", true),
    ];

    /// <summary>Frames with the figure's text: {X} the investor, {Y} the company.</summary>
    private static readonly (string Frame, string At)[] _frames =
    [
        ("{X} will invest $2 billion in {Y}.", "$2 billion"),
        ("{X} is in talks to invest up to $500 million in {Y}, people familiar with the matter said.", "$500 million"),
        ("{X} would put in $1 billion, the report said.", "$1 billion"),
        ("{X} agreed to pour $750 million into {Y}.", "$750 million"),
        ("{X} plans to take a $300 million stake in {Y}.", "$300 million"),
        ("{Y} received $40 million from {X}.", "$40 million"),
        ("{Y} said {X} will invest $150 million in the company.", "$150 million"),
        ("{X} led the round and put in $200 million.", "$200 million"),
        ("The deal includes an investment of $400 million by {X}.", "$400 million"),
    ];

    private static readonly string[] _companies = ["Anthropic", "Mistral AI", "Horse Powertrain", "OpenAI"];

    /// <summary>Descriptions written before a name, with the name meant.</summary>
    private static readonly (string Written, string Name)[] _described =
    [
        ("U.S. chipmaker Nvidia", "Nvidia"), ("Japanese conglomerate SoftBank Group", "SoftBank Group"), ("sovereign wealth fund GIC", "GIC"),
        ("Saudi Arabia's Public Investment Fund", "Public Investment Fund"), ("private equity firm KKR", "KKR"),
        ("German carmaker Volkswagen", "Volkswagen"), ("Chinese tech giant Tencent", "Tencent"), ("e-commerce giant eBay", "eBay"),
        ("Elon Musk's xAI", "xAI"), ("venture firm a16z", "a16z"), ("Indian conglomerate Reliance Industries", "Reliance Industries"),
        ("Singapore's Temasek", "Temasek"), ("Abu Dhabi's Mubadala", "Mubadala"), ("oil major Saudi Aramco", "Saudi Aramco"),
    ];

    private static readonly (string Frame, string At)[] _describedFrames =
    [
        ("{X} will invest $1 billion in {Y}.", "$1 billion"),
        ("{Y} said {X} would invest up to $300 million.", "$300 million"),
        ("{Y} received €50 million from {X}.", "€50 million"),
        ("{X} agreed to pour as much as £2bn into {Y}.", "£2bn"),
        ("{X} is set to invest about $400 million in {Y}, Bloomberg reported.", "$400 million"),
    ];

    public static TheoryData<string, string, string, bool> NameShapeCases()
    {
        var data = new TheoryData<string, string, string, bool>();
        var k = 0;
        foreach (var (written, accepted, person) in _names)
        {
            foreach (var (frame, at) in _frames)
            {
                data.Add(frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{Y}", _companies[k++ % _companies.Length], StringComparison.Ordinal), at, accepted, person);
            }
        }

        foreach (var (written, name) in _described)
        {
            foreach (var (frame, at) in _describedFrames)
            {
                // "venture firm a16z will invest" opens with a small letter only mid-sentence; at the start a wire writes it capitalised.
                var sentence = frame.Replace("{Y}", _companies[k++ % _companies.Length], StringComparison.Ordinal).Replace("{X}", written, StringComparison.Ordinal);
                data.Add(Capitalised(sentence), at, name, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NameShapeCases))]
    public void Read_InvestorOfEveryNameShape_IsTheNameWholeAndListed(string sentence, string at, string accepted, bool person)
    {
        var reading = Read(sentence);
        var figure = reading.Figures.First(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));
        var names = accepted.Split('|');

        Assert.Equal(Metric.Investment, figure.Metric);
        // Case aside, as the corpus scores it: a wire opens a sentence with "EBay" for eBay.
        Assert.Contains(figure.Investor, names, StringComparer.OrdinalIgnoreCase);
        Assert.True(person || reading.Organisations.Any(o => names.Contains(o.Name, StringComparer.OrdinalIgnoreCase)), $"{accepted} not among {string.Join("; ", reading.Organisations.Select(o => o.Name))}");
    }

    /// <summary>More names of every shape (initials, "&amp;" in capitals, a place before a plural possessive, a hyphenated given name).</summary>
    private static readonly (string Written, string Accepted, bool Person)[] _moreNames =
    [
        ("Qatar Investment Authority", "Qatar Investment Authority", false), ("Bpifrance", "Bpifrance", false), ("BlackRock Inc.", "BlackRock Inc.|BlackRock", false),
        ("T. Rowe Price", "T. Rowe Price", false), ("J.P. Morgan", "J.P. Morgan", false), ("JPMorgan Chase & Co.", "JPMorgan Chase & Co.", false),
        ("AT&T", "AT&T", false), ("H&M", "H&M", false), ("LG Electronics", "LG Electronics", false), ("Hon Hai Precision Industry Co.", "Hon Hai Precision Industry Co.", false),
        ("Tata Sons Pvt Ltd", "Tata Sons Pvt Ltd|Tata Sons Pvt Ltd.|Tata Sons", false), ("Mitsubishi UFJ Financial Group", "Mitsubishi UFJ Financial Group", false),
        ("Deutsche Telekom AG", "Deutsche Telekom AG|Deutsche Telekom", false), ("L'Oréal", "L'Oréal", false), ("Nestlé S.A.", "Nestlé S.A.|Nestlé", false),
        ("Toyota Motor Corp.", "Toyota Motor Corp.|Toyota Motor", false), ("General Motors Co.", "General Motors Co.|General Motors", false),
        ("Andreessen Horowitz", "Andreessen Horowitz", false), ("Lightspeed Venture Partners", "Lightspeed Venture Partners", false), ("Y Combinator", "Y Combinator", false),
        ("Tiger Global Management", "Tiger Global Management", false), ("Coatue", "Coatue", false), ("DST Global", "DST Global", false), ("G42", "G42", false),
        ("M12", "M12", false), ("Norges Bank Investment Management", "Norges Bank Investment Management", false), ("CPP Investments", "CPP Investments", false),
        ("Ontario Teachers' Pension Plan", "Ontario Teachers' Pension Plan", false), ("Caisse de dépôt et placement du Québec", "Caisse de dépôt et placement du Québec", false),
        ("Emirates NBD", "Emirates NBD", false), ("HSBC Holdings plc", "HSBC Holdings plc|HSBC Holdings", false), ("Goldman Sachs", "Goldman Sachs", false),
        ("Morgan Stanley", "Morgan Stanley", false), ("Bill Gates", "Bill Gates", true), ("Masayoshi Son", "Masayoshi Son", true), ("Reid Hoffman", "Reid Hoffman", true),
        ("Peter Thiel's Founders Fund", "Founders Fund|Peter Thiel's Founders Fund", false), ("Mubadala Investment Co.", "Mubadala Investment Co.|Mubadala Investment", false),
        ("Alibaba.com", "Alibaba.com", false), ("Amazon.com Inc.", "Amazon.com Inc.|Amazon.com", false), ("NEC Corp.", "NEC Corp.|NEC", false),
        ("ByteDance Ltd.", "ByteDance Ltd.|ByteDance", false), ("Kuwait Investment Authority", "Kuwait Investment Authority", false),
        ("Indonesia Investment Authority", "Indonesia Investment Authority", false), ("Korea Investment Partners", "Korea Investment Partners", false),
        ("India's Reliance Industries", "Reliance Industries|India's Reliance Industries", false), ("Hong Kong's Li Ka-shing", "Li Ka-shing", true),
        ("New Enterprise Associates", "New Enterprise Associates", false), ("General Catalyst", "General Catalyst", false), ("Saudi Telecom Co.", "Saudi Telecom Co.|Saudi Telecom", false),
    ];

    /// <summary>More frames: tenses, hedges, currencies, clause orders. "{X} said it would invest" is left out for persons ("it" is no person).</summary>
    private static readonly (string Frame, string At)[] _moreFrames =
    [
        ("{X} has invested €300m in {Y}.", "€300m"), ("{Y} has secured a $250 million investment from {X}.", "$250 million"),
        ("{Y} said on Tuesday that {X} had agreed to invest ¥50 billion in the company.", "¥50 billion"), ("{X} is set to pour as much as €2bn into {Y}.", "€2bn"),
        ("{X} will buy a 10% stake in {Y} for $1.2 billion.", "$1.2 billion"), ("{X} said it would invest up to $1 billion in {Y}.", "$1 billion"),
        ("{X} committed $500 million to {Y}.", "$500 million"), ("Under the deal, {X} will inject Rs 5,000 crore into {Y}.", "Rs 5,000 crore"),
        ("{X} was in advanced talks to invest around $1 billion in {Y}, Bloomberg News reported.", "$1 billion"),
        ("{X} is investing a further $2 billion in {Y}.", "$2 billion"), ("{Y} announced a $1 billion investment from {X}.", "$1 billion"),
        ("{X} agreed to invest £150m in {Y}, the companies said on Monday.", "£150m"),
    ];

    private static readonly string[] _moreCompanies = ["Anthropic", "Mistral AI", "Horse Powertrain", "OpenAI", "Rivian", "Zhipu AI"];

    /// <summary>Before the second wave of fixes 544 of these 600 read right (initials, "Ontario Teachers' Pension Plan", "Li Ka-shing" were cut).</summary>
    public static TheoryData<string, string, string, bool> MoreNameShapeCases()
    {
        var data = new TheoryData<string, string, string, bool>();
        var k = 0;
        foreach (var (written, accepted, person) in _moreNames)
        {
            foreach (var (frame, at) in _moreFrames)
            {
                var company = _moreCompanies[k++ % _moreCompanies.Length];
                if (!(person && frame.Contains("said it would", StringComparison.Ordinal)))
                {
                    data.Add(frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{Y}", company, StringComparison.Ordinal), at, accepted, person);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MoreNameShapeCases))]
    public void Read_InvestorOfMoreNameShapes_IsTheNameWholeAndListed(string sentence, string at, string accepted, bool person) =>
        Read_InvestorOfEveryNameShape_IsTheNameWholeAndListed(sentence, at, accepted, person);

    /// <summary>Clause orders: apposition, relative clause, absolute "with X putting in", passive agent, possessive, joint subject, attribution.</summary>
    private static readonly (string Frame, string At)[] _clauseFrames =
    [
        ("{X}, which already owns a stake in {Y}, will invest a further $1 billion.", "$1 billion"),
        ("{X}, the largest shareholder, agreed to put in $300 million.", "$300 million"),
        ("{Y} raised $600 million in a round led by Sequoia, with {X} putting in $200 million.", "$200 million"),
        ("In a statement, {Y} said {X} had committed €400 million to the company.", "€400 million"),
        ("{Y} will get $2 billion from {X} under the agreement.", "$2 billion"),
        ("$500 million was invested by {X} in {Y}.", "$500 million"),
        ("{X} and Google will each invest $250 million in {Y}.", "$250 million"),
        ("{X} will also invest $100 million in {Y}, according to a filing.", "$100 million"),
        ("{X} is expected to invest roughly $1bn in {Y}.", "$1bn"),
        ("{X}'s $3 billion investment in {Y} was approved on Monday.", "$3 billion"),
        ("{X} bought a 5% stake in {Y} for $800 million.", "$800 million"),
        ("{X} took a $150 million minority stake in {Y}.", "$150 million"),
        ("{Y} secured an investment of $60 million from {X}.", "$60 million"),
        ("{X} invests $45 million in {Y}", "$45 million"),
        ("{X} could invest as much as $4 billion in {Y}, sources told Reuters.", "$4 billion"),
    ];

    private static readonly (string Written, string Accepted)[] _clauseNames =
    [
        ("Saudi Aramco", "Saudi Aramco"), ("Johnson & Johnson", "Johnson & Johnson"), ("eBay", "eBay"), ("3M", "3M"), ("7-Eleven", "7-Eleven"),
        ("Booking.com", "Booking.com"), ("KKR", "KKR"), ("Siemens AG", "Siemens AG|Siemens"), ("Alphabet's Google", "Google|Alphabet's Google"),
        ("The Carlyle Group", "The Carlyle Group|Carlyle Group"), ("Vision Fund 2", "Vision Fund 2"), ("T. Rowe Price", "T. Rowe Price"),
        ("Robert Bosch GmbH", "Robert Bosch GmbH|Robert Bosch"), ("a16z", "a16z"), ("01.AI", "01.AI"), ("China Mobile", "China Mobile"),
        ("Abu Dhabi Investment Authority", "Abu Dhabi Investment Authority"), ("Kohlberg Kravis Roberts & Co.", "Kohlberg Kravis Roberts & Co."),
        ("NTT", "NTT"), ("Prosus N.V.", "Prosus N.V.|Prosus"),
    ];

    /// <summary>
    /// Before the third wave of fixes 213 of these 300 read right (with the first two waves' fixes, 293: "Vision Fund 2" lost its number
    /// before "could", "took", "under", "in"; "Prosus N.V." lost its legal form, read as a ticker on an exchange).
    /// </summary>
    public static TheoryData<string, string, string, bool> ClauseOrderCases()
    {
        var data = new TheoryData<string, string, string, bool>();
        var k = 0;
        foreach (var (written, accepted) in _clauseNames)
        {
            foreach (var (frame, at) in _clauseFrames)
            {
                var sentence = frame.Replace("{X}", written, StringComparison.Ordinal).Replace("{Y}", _companies[k++ % _companies.Length], StringComparison.Ordinal);
                data.Add(Capitalised(sentence), at, accepted, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClauseOrderCases))]
    public void Read_InvestorInEveryClauseOrder_IsTheNameWholeAndListed(string sentence, string at, string accepted, bool person) =>
        Read_InvestorOfEveryNameShape_IsTheNameWholeAndListed(sentence, at, accepted, person);

    /// <summary>Lists: "A would put in $N and B up to $M" gives A, then B.</summary>
    public static TheoryData<string, string, string> ListCases()
    {
        var data = new TheoryData<string, string, string>();
        (string, string)[] pairs =
        [
            ("Google", "Salesforce"), ("Saudi Aramco", "China Mobile"), ("Johnson & Johnson", "3M"), ("SAP", "KKR"), ("eBay", "xAI"),
            ("Temasek", "7-Eleven"), ("Siemens AG", "Booking.com"), ("GIC", "ADIA"),
        ];
        foreach (var (a, b) in pairs)
        {
            data.Add($"{a} would put in $1 billion and {b} up to $500 million, the people said.", a, b);
            data.Add($"{a} will invest $300 million in the company, while {b} will invest $200 million.", a, b);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public void Read_ListOfInvestorsWithTheirMoney_GivesEachItsOwn(string sentence, string first, string second)
    {
        var investors = Read(sentence).Figures.Where(f => f.Metric == Metric.Investment).Select(f => f.Investor).ToList();

        Assert.Equal([first, second], investors);
    }

    /// <summary>Apposition and relative clauses between the investor and its money.</summary>
    [Theory]
    [InlineData("Anthropic is backed by Microsoft, which committed about $2 billion to the startup.", "$2 billion", "Microsoft")]
    [InlineData("Nvidia, the world's most valuable company, will invest $5 billion in Anthropic.", "$5 billion", "Nvidia")]
    [InlineData("SAP, Europe's biggest software maker, will invest €500 million in Mistral AI.", "€500 million", "SAP")]
    [InlineData("Saudi Aramco, which has pledged $1.5 billion, is the largest backer of Horse Powertrain.", "$1.5 billion", "Saudi Aramco")]
    [InlineData("Johnson & Johnson, which agreed to put in $250 million, is the largest backer of the startup.", "$250 million", "Johnson & Johnson")]
    public void Read_InvestorInAppositionOrRelativeClause_IsTheName(string sentence, string at, string investor)
    {
        Assert.Equal(investor, Figure(sentence, at).Investor);
    }

    /// <summary>
    /// Real sentences from outside the corpus. Before the sweep 10 of these 11 read right ("KKR Private Equity Investors" was cut to
    /// "KKR Private Equity"); after it, all 11. Left out: "eBay Inc will pay $500 million in cash ... in exchange for an unspecified
    /// equity stake in the company" (financialexpress.com), read as other money before and after (a price paid for a stake, a metric
    /// matter outside this sweep).
    /// </summary>
    [Theory]
    // http://uk.reuters.com/article/ebay-flipkart-online-idUKL3N1HI3GG
    [InlineData("As part of the fundraising, eBay invested $500 million in Flipkart (IPO-FLPK.N) for a stake.", "$500 million", "eBay")]
    // https://www.business-standard.com/amp/article/pti-stories/flipkart-raises-1-4-bn-from-microsoft-tencent-and-ebay-117041000779_1.html
    [InlineData("EBay will invest USD 500 million in Flipkart as the two firms will merge their operations in the country.", "USD 500 million", "EBay")]
    // http://www.financialexpress.com/industry/with-ebay-india-in-the-bag-and-1-4-bln-in-the-safe-is-flipkart-out-to-snapdeal/622552/
    [InlineData("Earlier last month, China’s giant Alibaba invested $177 million investment in Paytm Mall, along with $23 million by the private equity player SAIF Partners, in a bid to gain entry into the Indian e-commerce industry.", "$23 million", "SAIF Partners")]
    // https://www.infrastructureinvestor.com/kkr-euronext-in-japanese-pipe-deal/
    [InlineData("KKR Private Equity Investors, the Amsterdam-listed fund affiliated with Kohlberg Kravis Roberts, has invested ¥20 billion ($167.4 million) in convertible preferred stock of Orient Corporation, a Japanese consumer credit company.", "¥20 billion", "KKR Private Equity Investors")]
    // https://www.witszen.com/flipkart-ebay-merger/
    [InlineData("eBay’s contribution to this round was $514 million.", "$514 million", "eBay")]
    // https://www.medianama.com/2017/04/223-flipkart-raises-14-billion-microsoft-ebay-tencent/
    [InlineData("The Economic Times’ Madhav Chanchani reports that eBay’s contribution to the funding round was $500 million.", "$500 million", "eBay")]
    // https://business-standard.com/amp/article/reuters/china-s-didi-gets-500-mln-funding-from-booking-com-parent-118071700593_1.html
    [InlineData("Chinese ride-hailing app Didi Chuxing has received a $500 million investment from U.S. travel firm Booking Holdings Inc, in a boost for its aggressive plan to enter new markets outside of China.", "$500 million", "Booking Holdings Inc")]
    // https://www.apdnews.com/tag/533ccb9/3
    [InlineData("Apple announced on Friday it will invest 1 billion U.S. dollars in Chinese ride-hailing platform Didi Chuxing.", "1 billion", "Apple")]
    // https://azzet.com/news/nvidia-chips-in-us-100bn-for-openai-expansion
    [InlineData("NVIDIA last week announced it would take a US$5 billion (A$7.6 billion) stake in its struggling smaller rival Intel Corp as part of a collaboration between the two technology companies.", "US$5 billion", "NVIDIA")]
    // https://azzet.com/news/nvidia-chips-in-us-100bn-for-openai-expansion
    [InlineData("NVIDIA cemented its position as the world’s valuable company, hitting a record high after announcing it would invest up to US$100 billion (A$151 billion) in OpenAI and supply it with computer chips for a major data centre expansion.", "US$100 billion", "NVIDIA")]
    // http://pulse2.com/2009/09/17/kohlberg-kravis-roberts-co-investing-400-million-into-kodak-for-16-5-ownership/ (the stray "?" after the ticker left out)
    [InlineData("Kohlberg Kravis Roberts & Co., the investment firm that trades on the New York Stock Exchange as KKR Financial Holdings LLC (NYSE:KFN), will also invest $400 million into Kodak.", "$400 million", "Kohlberg Kravis Roberts & Co.")]
    public void Read_RealSentenceOfAnInvestorsMoney_IsTheNamedInvestor(string sentence, string at, string investor)
    {
        var figure = Figure(sentence, at);

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(investor, figure.Investor);
    }
}
