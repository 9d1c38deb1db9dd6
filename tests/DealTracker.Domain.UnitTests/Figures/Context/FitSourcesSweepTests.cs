using DealTracker.Domain.Figures.Context;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The fit-sources sweep (issue74-77's source misses, <c>SourceRules.FitFrames.cs</c>): each frame crossed with outlets or firms of
/// several shapes (one word, several words, "The", a mixed-case brand) and with a deal clause before or after.
/// <list type="bullet">
/// <item>"(per X reporting)", "during an appearance on X", "speaking on X": an outlet.</item>
/// <item>"X adds that", "X has unearthed documents", "X obtained a copy": an outlet (not a company) telling its readers.</item>
/// <item>"A report in X said", "a headline in X", "an article in X": the outlet, and no second "the report".</item>
/// <item>"seen by X and Y", "media reports X and Y": every outlet of the list.</item>
/// <item>"according to M&amp;A advisory firm X", "according to Beijing-based deal data provider X": the firm after its description.</item>
/// <item>"according to one anonymous investor": unnamed people; "disclosed in a US Securities and Exchange Commission filing": the filing.</item>
/// <item>Not sources: "Reuters asked Google for a comment", "according to the firm Tuesday", "Microsoft adds that".</item>
/// </list>
/// </summary>
public sealed class FitSourcesSweepTests
{
    private static readonly string[] _outlets = ["Financial Times", "Bloomberg Television", "The Sunday Times", "Globes", "DigiTimes", "Sky News"];

    private static readonly string[] _outletFrames =
    [
        "{Mc} (per {O} reporting).",
        "Per {O} reporting, {M}.",
        "The chief executive announced the round during an appearance on {O} on Tuesday.",
        "Speaking on {O}, the founder said {M}.",
        "{O} adds that {M}.",
        "{O} added that {M}.",
        "{O} has unearthed documents showing that {M}.",
        "{O} obtained a copy of the term sheet, which shows {M}.",
        "A report in {O} said {M}.",
        "A report in {O}, said {M}, the report said.",
        "Therefore, a headline in {O} that {M} drew attention.",
        "An article in {O} on Monday said {M}.",
    ];

    private static readonly (string First, string Second)[] _outletPairs =
    [
        ("CNN", "BBC News"), ("Axios", "Financial Times"), ("Reuters", "Sky News"), ("Bloomberg", "The Wall Street Journal"),
    ];

    private static readonly string[] _pairFrames =
    [
        "In an internal memo to staff seen by {A} and {B}, the chief executive said {M}.",
        "{Mc}, US media reports {A} and {B}.",
    ];

    private static readonly (string Description, string Firm)[] _firms =
    [
        ("M&A advisory firm", "Recof Corp."), ("M&A research firm", "Recof Data"), ("Beijing-based deal data provider", "ITJuzi"),
        ("London-based research firm", "Dealroom"), ("market intelligence platform", "Tracxn"), ("independent consultancy", "Global SWF"),
    ];

    private static readonly string[] _firmFrames =
    [
        "{Mc}, according to {D} {F}.",
        "According to {D} {F}, {M}.",
    ];

    private static readonly string[] _anonymousPeople = ["one anonymous investor", "an unnamed banker", "two anonymous executives", "a unnamed source"];

    private static readonly string[] _regulators = ["US Securities and Exchange Commission", "Securities and Exchange Board of India", "SEC", "Hong Kong Stock Exchange"];

    public static TheoryData<string, string[], bool> Cases()
    {
        var data = new TheoryData<string, string[], bool>();
        var n = 0;
        foreach (var outlet in _outlets)
        {
            foreach (var frame in _outletFrames)
            {
                data.Add(Fill(frame, n++).Replace("{O}", outlet, StringComparison.Ordinal), [outlet], false);
            }
        }

        foreach (var (first, second) in _outletPairs)
        {
            foreach (var frame in _pairFrames)
            {
                data.Add(Fill(frame, n++).Replace("{A}", first, StringComparison.Ordinal).Replace("{B}", second, StringComparison.Ordinal), [first, second], false);
            }
        }

        foreach (var (description, firm) in _firms)
        {
            foreach (var frame in _firmFrames)
            {
                data.Add(Fill(frame, n++).Replace("{D}", description, StringComparison.Ordinal).Replace("{F}", firm, StringComparison.Ordinal), [firm], false);
            }
        }

        foreach (var people in _anonymousPeople)
        {
            data.Add(Fill($"\"The pricing was generous,\" according to {people}.", n++), [], true);
            data.Add(Fill($"{{Mc}}, according to {people}.", n++), [], true);
        }

        foreach (var regulator in _regulators)
        {
            data.Add($"The funding, disclosed in a {regulator} filing, involved 97 investors.", [$"{regulator} filing"], false);
            data.Add(Fill($"{{Mc}}, as revealed in a {regulator} filing.", n++), [$"{regulator} filing"], false);
        }

        return data;

        static string Fill(string frame, int n)
        {
            var clause = Clause(n);
            return frame.Replace("{Mc}", clause, StringComparison.Ordinal).Replace("{M}", clause, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_FitFrames_NamesEachAndNoOther(string sentence, string[] named, bool anonymous)
    {
        var sources = Read(sentence).Sources;
        AssertSourcesReadAs(sentence, sources, named, anonymous);
    }

    /// <summary>What must stay no source: an outlet asking for comment, a party adding or obtaining, the speaker's firm on a weekday.</summary>
    public static TheoryData<string> Negatives()
    {
        var data = new TheoryData<string>();
        foreach (var outlet in new[] { "Reuters", "Bloomberg", "CNBC", "The Financial Times" })
        {
            data.Add($"{outlet} asked Google for a comment, but they didn’t answer right away, and Wiz also declined to speak.");
            data.Add($"{outlet} contacted Microsoft for comment, but the company did not respond.");
        }

        foreach (var party in new[] { "Microsoft", "SoftBank Group", "Temasek" })
        {
            data.Add($"{party} adds that the deal will close in the second quarter.");
            data.Add($"{party} has obtained a license to operate in India.");
        }

        data.Add("Hyosung Group has selected a consortium as the preferred bidder for Hyosung Capital, according to the firm Tuesday.");
        return data;
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Read_OutletsAskingAndPartiesTelling_NamesNoSource(string sentence)
    {
        Assert.DoesNotContain(Read(sentence).Sources, s => s.Kind == SourceKind.Named);
    }

    /// <summary>The corpus sentences the frames were written for (issue74-77), with their pages.</summary>
    [Theory]
    // https://agenticdaily.ai/articles/helsing-drone-startup-targets-18bn-valuation-in-defense-funding
    [InlineData("Helsing, a German defense technology startup focused on drone systems, is pursuing funding at an $18 billion valuation (per Financial Times reporting).", new[] { "Financial Times" }, false)]
    // https://benzinga.com/z/45810158
    [InlineData("What Happened: Executive Chairman Trae Stephens announced the funding milestone during an appearance on Bloomberg Television, revealing that Founders Fund, backed by billionaire Peter Thiel, led the round with a record $1 billion commitment, its largest investment to date.", new[] { "Bloomberg Television" }, false)]
    // https://vcpost.com/articles/128192/20240723/israeli-cybersecurity-startup-wiz-rejects-google-s-23-billion-acquisition.htm
    [InlineData("In an internal memo to staff seen by CNN and BBC News, Wiz founder and chief executive Assaf Rappaport said that while they were \"flattered\" by Google's offer, the company has chosen to focus on reaching $1 billion in revenue before considering selling its shares to the public.", new[] { "CNN", "BBC News" }, false)]
    // https://www.biznob.com/a-letter-says-that-wiz-a-cybersecurity-company-backs-out-of-a-23-billion-deal-with-google/
    [InlineData("Reuters asked Google for a comment, but they didn’t answer right away, and Wiz also declined to speak.", new string[0], false)]
    // https://www.mactech.com/2022/04/25/apple-manufacturer-tsmc-looks-to-make-17-billion-from-apple-orders-this-year/
    [InlineData("DigiTimes adds that TSMC is likely to remain Apple’s sole chip supplier for the foreseeable future.", new[] { "DigiTimes" }, false)]
    // https://news.finchcapital.com/post/102cwn4/klarna-insiders-sell-shares-in-secondary-deal-that-values-the-swedish-payments
    [InlineData("Breakit has unearthed documents that give us more information about the deal.", new[] { "Breakit" }, false)]
    // http://www.nippon.com/en/behind/l10227/
    [InlineData("According to M&A advisory firm Recof Corp., the number of deals went up 5.7% to 627, also a record high.", new[] { "Recof Corp." }, false)]
    // https://asia.nikkei.com/Business/Japan-Inc-s-overseas-M-As-soar-to-a-record-106bn-in-first-half2
    [InlineData("The figure represents a more than three-fold jump from the same period a year earlier, according to M&A research firm Recof Data.", new[] { "Recof Data" }, false)]
    // https://www.oodaloop.com/briefs/2024/08/21/alibaba-tencent-cast-wide-net-for-ai-upstarts/
    [InlineData("Since 2023, 40% of Alibaba’s deals in China and 30% of Tencent’s have targeted AI startups—both record highs for the two tech titans, according to Beijing-based deal data provider ITJuzi.", new[] { "ITJuzi" }, false)]
    // https://vcpost.com/articles/11008/20130713/oracle-bond-concession-attracts-investors.htm
    [InlineData("\"Oracle came out with a very nice concession, at least at the initial price thoughts stage,\" according to one anonymous investor.", new string[0], true)]
    // https://realassets.ipe.com/news/wsib-plans-to-put-500m-into-stonepeak-core-fund-co-investment-vehicle/10063902.article
    [InlineData("WSIB told IPE Real Assets that the Stonepeak fund is seeking to raise an initial $5bn to target the communications, energy transition, transportation and logistics infrastructure sectors.", new[] { "IPE Real Assets" }, false)]
    // https://domain-b.com/amp/companies-organisations/firms-companies/bt-to-name-preferred-mobile-operator-for-£10-bn-acqusition
    [InlineData("A report in The Sunday Times, said BT had been finalising a deal with one of the two operators over the weekend, and would announce its preferred target for a takeover worth around £10 billion early next week, the report said.", new[] { "The Sunday Times" }, false)]
    // https://ishitech.co.il/0213ar1.htm
    [InlineData("Therefore, a headline in Globes that NICE is in negotiations to buy Verint at $1.5b value, if consummated it would represent the single largest foreign purchase by an Israeli company.", new[] { "Globes" }, false)]
    // https://pledgetimes.com/companies-media-giants-warner-bros-discovery-and-paramount-global-possibly-merging/
    [InlineData("Media companies Warner Bros. Discovery and Paramount Global may merge, US media reports Axios and Financial Times.", new[] { "Axios", "Financial Times" }, false)]
    // https://profit.pakistantoday.com.pk/2024/12/25/elon-musks-xai-raises-6-billion-to-fuel-ai-expansion/
    [InlineData("The funding, disclosed in a US Securities and Exchange Commission filing, involved 97 investors, including Andreessen Horowitz, BlackRock, Fidelity, Nvidia, AMD, and Sequoia Capital, although individual contributions were not detailed.", new[] { "US Securities and Exchange Commission filing" }, false)]
    public void Read_IssueSentences_NamesTheirSources(string sentence, string[] named, bool anonymous)
    {
        AssertSourcesReadAs(sentence, Read(sentence).Sources, named, anonymous);
    }
}
