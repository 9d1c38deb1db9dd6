using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// Generated sweep of anonymous sources (the issue: "people who are not named"): unnamed people known by role or trade ("according to
/// bankers", "said a lawyer involved in the transaction"), sources owned by an outlet ("according to the publication's sources", "a
/// Bloomberg source": the outlet named too), back-references ("these people say", "one of them said", "Sources described the talks as
/// preliminary", "Rumor had it"), and lookalikes that are no anonymous source (a party's own official or spokesperson, a named person,
/// "people are buying", "sources of funding", "open-source", "the source code", "revenue sources", "it is understood": no one there).
/// Frames as wires write them, e.g. https://www.reuters.com/article/china-toutiao-fundraising/chinese-startup-toutiao-raising-at-least-2-bln-in-funding-round-sources-idUSL4N1KX21V
/// ("..., one of them said"), https://pakistanislamterroruber.blogspot.com/2014/11/report-uber-to-raise-new-funding-at.html ("Bloomberg's
/// sources said"), https://pub-fnprod-single-page-app.vir.onservo.com/articles/seven-banks-share-in-franco-spanish-property-deal-20050315
/// ("Banking sources said"), http://www.eroscard.co.uk/business/lehman-reaches-a-deal-on-new-selloff-6839160.html ("Insiders say").
/// Before the sweep's fixes: see docs/extractor.md ("### Sources").
/// </summary>
public sealed class AnonymousRoleSourcesSweepTests
{
    /// <summary>Deal clauses: (the party that could speak for itself, the clause).</summary>
    private static readonly (string Party, string Clause)[] _clauses =
    [
        ("Viva Republica", "Viva Republica is raising $500 million at a $10 billion valuation"),
        ("Horse Powertrain", "Saudi Aramco is set to pour as much as €2bn into Horse Powertrain"),
        ("Mistral AI", "Mistral AI is in talks to raise €1 billion from investors"),
        ("Zepto", "Zepto has raised Rs 2,000 crore in a new round led by Motilal Oswal"),
        ("Anthropic", "Amazon would invest up to $4 billion in Anthropic"),
        ("Revolut", "Revolut is seeking to sell shares at a valuation of about $75 billion"),
        ("Northvolt", "Volkswagen could put another $1 billion into Northvolt"),
        ("Grab", "Grab is weighing a stake sale that could value the business at S$20 billion"),
    ];

    /// <summary>Unnamed people who speak: by role or trade, counted or bare, described by what they know.</summary>
    private static readonly string[] _speakers =
    [
        "bankers", "a lawyer involved in the transaction", "a banker close to the deal", "two senior officials", "an executive at one of the firms",
        "one employee", "industry insiders", "analysts who asked not to be named", "a government official who spoke on condition of anonymity",
        "people in the know", "insiders", "banking sources", "a person close to the company", "two lawyers working on the deal",
        "an adviser to one of the bidders", "a senior banker", "several employees", "a fund manager briefed on the talks", "market sources",
        "an industry source", "one of the people", "the people", "the person", "these people", "one of them", "two of the sources",
        "people close to the negotiations", "a dealmaker involved in the talks", "the bankers", "the lawyers", "attorneys close to the talks",
        "one staffer", "a trader familiar with the order book",
    ];

    /// <summary>Frames for a speaker: after the clause, before it, and cited.</summary>
    private static readonly string[] _speakerFrames =
    [
        "{C}, {P} said.",
        "{C}, according to {P}.",
        "According to {P}, {C}.",
        "{C}, said {P}.",
        "{P} said {C}.",
    ];

    /// <summary>People owned by an outlet or speaking to it: (phrase, outlet named).</summary>
    private static readonly (string Phrase, string Outlet)[] _outletPeople =
    [
        ("{C}, according to a Bloomberg source.", "Bloomberg"),
        ("{C}, Bloomberg's sources said.", "Bloomberg"),
        ("{C}, according to Reuters' sources.", "Reuters"),
        ("{C}, sources close to the company told The Economic Times.", "The Economic Times"),
        ("{C}, one employee told Bloomberg.", "Bloomberg"),
        ("{C}, a banker close to the deal told the Financial Times.", "Financial Times"),
        ("{C}, two executives told Nikkei Asia.", "Nikkei Asia"),
        ("{C}, a lawyer involved in the transaction told Handelsblatt.", "Handelsblatt"),
        ("{C}, an industry insider told Mint.", "Mint"),
        ("{C}, according to a Yonhap source.", "Yonhap"),
    ];

    /// <summary>Sources that belong to an unnamed outlet, and back-references with no role.</summary>
    private static readonly string[] _otherAnonymousFrames =
    [
        "{C}, according to the publication's sources.",
        "{C}, according to news outlet's sources.",
        "{C}, according to the newspaper's sources.",
        "According to the daily's sources, {C}.",
        "{C}, according to the investment banking industry.",
        "{C}, these people say.",
        "Rumor had it that {C}.",
        "Rumour has it {C}.",
        "{C}, industry insiders say.",
        "{C}, sources said, describing the talks as preliminary.",
        "Sources described the talks as preliminary, but {C}.",
        "{C}; sources put the chance of a deal at even.",
    ];

    /// <summary>Lookalikes: a party speaking for itself, a named person, people as a market, sources that are no people.</summary>
    private static readonly string[] _noAnonymousFrames =
    [
        "{C}, an official from {X} said.",
        "{C}, a {X} spokesperson said.",
        "{C}, a spokesperson for {X} said.",
        "{C}, the company's CEO said.",
        "{C}, its chief financial officer said.",
        "{C}, Lee Seung-gun said.",
        "{C}, Kim Min-jae, the chief executive, said.",
        "It is understood that {C}.",
        "{C}, and people are buying.",
        "{C}, as it looks for new sources of funding.",
        "{C}, as its open-source models gain users.",
        "{C}, and the source code stays private.",
        "{C}, adding new revenue sources.",
        "{C}, one of multiple sources of capital.",
        "{C}, the investors said.",

        // Left out: "an executive at {X} said" is ambiguous, the corpus reading "an official at Hyundai Motor told Yonhap" as unnamed
        // people; only "an official from {X}" is the party speaking. "analysts at Bernstein" name Bernstein (a named source, not read here).
    ];

    public static TheoryData<string, string[], bool> Cases()
    {
        var data = new TheoryData<string, string[], bool>();
        var n = 0;
        foreach (var speaker in _speakers)
        {
            foreach (var frame in _speakerFrames)
            {
                data.Add(Fill(frame, _clauses[n++ % _clauses.Length], speaker), [], true);
            }
        }

        foreach (var clause in _clauses)
        {
            foreach (var (phrase, outlet) in _outletPeople)
            {
                data.Add(Fill(phrase, clause, null), [outlet], true);
            }

            foreach (var frame in _otherAnonymousFrames)
            {
                data.Add(Fill(frame, clause, null), [], true);
            }

            foreach (var frame in _noAnonymousFrames)
            {
                data.Add(Fill(frame, clause, null), [], false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_AnonymousRoleFrames_ReadsAnonymousAndOutlets(string sentence, string[] named, bool anonymous)
    {
        var reading = Read(sentence);
        var namedSpans = reading.Sources.Where(s => s.Kind == SourceKind.Named).Select(s => WithoutThe(Spanned(sentence, s))).ToList();
        var anonymousSpans = reading.Sources.Where(s => s.Kind == SourceKind.Anonymous).Select(s => Spanned(sentence, s)).ToList();
        var read = namedSpans.SequenceEqual(named.Select(WithoutThe)) && anonymousSpans.Count > 0 == anonymous;
        Assert.True(read, $"{sentence} => named [{string.Join("; ", namedSpans)}] anonymous [{string.Join("; ", anonymousSpans)}]");
    }

    /// <summary>Real sentences from outside the corpus.</summary>
    [Theory]
    // https://www.reuters.com/article/china-toutiao-fundraising/chinese-startup-toutiao-raising-at-least-2-bln-in-funding-round-sources-idUSL4N1KX21V
    [InlineData("U.S.-based private equity firm General Atlantic is among potential new investors and could be leading the round, one of them said.", "", true)]
    [InlineData("The fundraising comes after the startup raised $1 billion at a $11 billion valuation towards the end of 2016, according to two of the people.", "", true)]
    // https://pakistanislamterroruber.blogspot.com/2014/11/report-uber-to-raise-new-funding-at.html
    [InlineData("The deal is not done, and terms and the investor group still could change, Bloomberg's sources said.", "Bloomberg", true)]
    [InlineData("Uber is close to raising a new round of funding which would bring the company's valuation to $40 billion, Bloomberg reported Wednesday, citing insider sources.", "Bloomberg", true)]
    // https://www.businessinsider.com.au/huffington-post-raises-15-million-2008-11
    [InlineData("A source close to the company tells us these reports are inaccurate but did not elaborate.", "", true)]
    // https://pub-fnprod-single-page-app.vir.onservo.com/articles/seven-banks-share-in-franco-spanish-property-deal-20050315
    [InlineData("Banking sources said it ranked among Europe's largest M&A property deals.", "", true)]
    // http://www.eroscard.co.uk/business/lehman-reaches-a-deal-on-new-selloff-6839160.html
    [InlineData("Insiders say the business to be spun out would also take in new investment from South African billionaire Johann Rupert.", "", true)]
    // https://hurriyet.com.tr/gundem/japans-nomura-grabs-lehmans-asia-business-9956581
    [InlineData("\"Nomura's proposals are the most competitive and put it in the leading position,\" one of the sources said.", "", true)]
    [InlineData("The source, who had direct knowledge of the deal, did not say how much it was worth, nor did he say if certain Lehman units were excluded from the agreement.", "", true)]
    // https://moneytimes.com/amp/articles/3170/20150727/flipboard-50m-new-funding-reports.htm: a party's spokesperson telling an outlet.
    [InlineData("A spokesperson for the company told VentureBeat that the newly-raised funds would be used to expand engineering and sales teams.", "VentureBeat", false)]
    // https://www.benzinga.com/m-a/22/06/27622138/elon-musks-twitter-deal-has-big-equity-commitment-from-financier-with-links-to-russian-billionaire-r
    [InlineData("This has set in motion discussions regarding his intent and the sources of funding.", "", false)]
    // http://newsaboutmarket.blogspot.com/2007/01/dlf-files-fresh-ipo-papers.html
    [InlineData("\"It would be for about 10.2 per cent of the company,\" said a banker.", "", true)]
    [InlineData("The bankers said Lehman Brothers had been added to the underwriters for the issue, while JM Morgan Stanley and Enam Financial, who had been on the list of underwriters last year, were no longer involved.", "", true)]
    // https://business-standard.com/article/companies/govt-may-fix-upper-price-band-for-cil-ipo-at-rs-260-110092700162_1.html
    [InlineData("There are indications that the upper price band could be about Rs 260 a share, a person in the know of development told PTI.", "PTI", true)]
    [InlineData("According to market sources, merchant bankers working on the issue are of the view that upper price band should be set at Rs 280 per share.", "", true)]
    // http://www.livemint.com/Money/0hJEogCObokZPfjFlFq0DM/DLF-to-fix-IPO-band-imminently.html
    [InlineData("“Bankers are talking about Rs500-550 and the company wants close to 600 a share,” the source said.", "", true)]
    // https://cnhnews.com/business/daily-mail-chief-to-pay-35m-for-telegraph-stake
    [InlineData("A deal is expected to be struck imminently, according to insiders.", "", true)]
    [InlineData("The decision to set the ownership threshold at 15% follows an intensive lobbying campaign by newspaper industry executives concerned that a permanent outright ban could cut off a vital source of funding to an already-embattled industry.", "", false)]
    // https://www.khbrknews.com/daily-mail-owner-rothermere-eyes-minority-telegraph-stake-in-redbird-d/
    [InlineData("However, the insider suggested that a transaction could yet be struck without any involvement from DMGT.", "", true)]
    // http://www.businessinsider.com/startup-cash-trouble-wsj-twitter-debate-2011-10?op=1
    [InlineData("That is pushing some entrepreneurs to look for \"bridge\" financing to keep forging ahead, or to cut the valuations they are seeking, the people add.", "", true)]
    // http://www.zdnet.com/facebook-readies-5b-ipo-filing-2062303671/
    [InlineData("According to IFR, sources close to the deal said this preliminary amount could eventually be raised due to investor demand.", "IFR", true)]
    // https://si.frajer.net/goback.aspx?msgnum=4&subjectid=26737
    [InlineData("Officials at Goldman declined to comment.", "", false)]
    // http://breakoutinvestor.kryslliotech.com/2021/07/05/paytm-ipo-paytm-likely-to-file-draft-prospectus-next-week-for-2-3-billion-ipo
    [InlineData("The company has hired JPMorgan Chase, Morgan Stanley, ICICI Securities, Goldman Sachs, Axis Capital, Citi and HDFC Bank for the IPO, the sources said.", "", true)]
    [InlineData("Citi and ICICI Sec declined to comment.", "", false)]
    public void Read_RealAnonymousRoleSentences_ReadsAnonymousAndOutlets(string sentence, string outlet, bool anonymous)
    {
        var reading = Read(sentence);
        Assert.Equal(anonymous, reading.Sources.Any(s => s.Kind == SourceKind.Anonymous));
        Assert.Equal(outlet.Length == 0 ? new List<string>() : [outlet], reading.Sources.Where(s => s.Kind == SourceKind.Named).Select(s => WithoutThe(Spanned(sentence, s))).ToList());
    }

    private static string Fill(string frame, (string Party, string Clause) clause, string? person)
    {
        var text = frame.Replace("{C}", frame.StartsWith("{C}", StringComparison.Ordinal) ? clause.Clause : Lower(clause.Clause), StringComparison.Ordinal)
            .Replace("{X}", clause.Party, StringComparison.Ordinal);
        if (person is not null)
        {
            text = text.Replace("{P}", person, StringComparison.Ordinal);
        }

        return Capitalised(text);
    }

    /// <summary>A clause inside a sentence: names keep their capitals, so only the clause is returned as is.</summary>
    private static string Lower(string clause) => clause;
}
