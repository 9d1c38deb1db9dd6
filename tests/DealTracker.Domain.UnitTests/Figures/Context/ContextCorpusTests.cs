using DealTracker.Domain.Figures.Context;
using DealTracker.Tests.Shared;
using Xunit.Abstractions;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The quality gate: real news sentences (Corpus/*.json, each with its address), read by <see cref="ContextReader"/>.
/// The rules were written against tuning.json; heldout.json was collected with it and not tuned on. A sentence counts as
/// right for a family when everything it expects in that family comes out: every listed figure's metric; every investment
/// figure's investor ("A|B" accepts either spelling, null expects none); the same named sources (by name, a leading article aside) and
/// anonymous sources or not.
/// </summary>
public sealed class ContextCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Per set, the sentences right on each family as last measured (docs/extractor.md keeps the history). A rule change that
    /// loses one fails here; one that gains should raise the figure. Sets other than tuning.json need at least 20 sentences per family.
    /// Since the fund-raises realignment (172+2 figures other → roundSize) eleven metric gates went down by one, each only for a relabelled
    /// figure the rules do not read yet: blind2 (a $6 billion fund "that TPG … is raising", an attributive size; "additional commitments
    /// of about $30bn"), blind7 ("has raised about $50 billion from its founding partners"), blind12 ("raise as much as $41 billion to buy
    /// back shares"), blind17 (Vision Fund "which has so far secured $97.7bn"), blind23 ("a group of seven banks … committed $13 billion in
    /// debt"), blind37 (the RM7.5 billion Murabahah facility inside a financing), blind39 (a debt raise in brackets; "banking $700
    /// million"), blind43 ("$12.5 billion of debt in the SPV"), blind45 ("aims to raise around 20 billion yen in total"), blind46 (a loan
    /// "package was lifted to $12 billion"), blind60 ("a $130 million by MNT-halan in securitised bonds").
    /// The metric-and-investor gaps sweep (MetricInvestorGapsSweepTests) reads five of the relabelled figures named here and below:
    /// blind7's "has raised about $50 billion from its founding partners", blind17's Vision Fund "which has so far secured $97.7bn",
    /// blind45's "aims to raise around 20 billion yen in total", blind18's "gives MAM the right to invest another $4.1B" and blind52's
    /// "with SoftBank planning to invest ¥2 trillion"; the gates rose with them.
    /// Since convention M10 (the twentieth session: a fund's size is a round size, 79+8+8 figures relabelled, docs/issue-reading/relabels/
    /// fund-sizes.tsv) and its rule (MetricRules.FundSizes.cs), six metric gates went down by one, each for a fund the blind readers left
    /// other or an investment and the rule reads as a fund's size: blind19 (Kapiva's "Rs 50 crore innovation fund to support research"),
    /// blind23 (MGX, "a $100 billion … investment vehicle"), blind40 (Clip's "inversión de US$ 250 millones del Latin America Fund de
    /// SoftBank … y Viking", now a named group's investment), blind43 ("The $70B fund is investing $8B"), blind49 ("Australia's $89
    /// billion Future Fund", a sovereign fund the sentence does not call one) and blind59 (RBS's "£775mln fund … for challenger banks to
    /// lend"). The corpus as a whole gained 77 metric sentences.
    /// Since the past-totals relabel (the twentieth session: 11 figures an investor had put in over several rounds or a period moved
    /// from investment to other, with 2 bracketed conversions; docs/issue-reading/relabels/past-totals.tsv) and its rule
    /// (MetricRules.PastTotals.cs), six metric gates went down by one for relabelled sums the rule does not read: blind35 ("has
    /// enthusiastically invested $13 billion in OpenAI in 2022 and 2023"), blind41 (Tata Sons' FY24 sum, "the highest annual investment"
    /// after it), blind48 (Mubadala's "more than $2bn (Dh7.34bn) in Brazil in energy, … as of 2019"), blind50 and issue68 (PIF's "$31.5
    /// billion" in or during 2023, no target), issue76 ("VCs have poured $116.9 billion into digital health in the decade"); blind42 lost
    /// one to the rule ("Prosus … invested just about $75 million in India during financial year 2021", labelled an investment).
    /// Since conventions S4–S7 (the twenty-sixth session: 243 sentences' sources relabelled, 236 blind and 7 by hand to match them,
    /// docs/issue-reading/relabels/sources-s4-s7.tsv) and their rules (SourceRules.UnnamedReporting.cs), twenty source gates went down by
    /// one to three, each only for relabelled sentences the rules do not read yet (the 40 such sentences are all relabelled ones; no
    /// sentence whose label stayed was lost); the corpus as a whole gained 164 source sentences on the relabelled labels (15,822 → 15,986
    /// of 16,761).
    /// </summary>
    [Theory]
    [InlineData("tuning.json", 50, 10, 56)]
    [InlineData("heldout.json", 35, 21, 40)]
    [InlineData("blind.json", 46, 21, 53)]
    // Ninth session (target kinds): a blind read of every investment figure in these sets relabelled 299 figures of blind2–blind50
    // to the written convention: money into a fund, a project, a plant, wind farm, mine or field, infrastructure, a sector or
    // technology, a country, several companies, a period's or several investors' total, or a majority stake's price is other (292),
    // and "secured/received $X from A, B and C" is roundSize (7) (list: commit "Corpus: relabel ..."). Those figures left the
    // investor counts, and those the rules did not read that way lowered metric; the rows below were remeasured after it.
    // Named-investor-totals realignment (2026-12-03, the reading): 326 figures in 57 blind files that a named organisation's own
    // money put in (into a country, a sector, many companies, a programme or period, a project, plant or build-out) were relabelled
    // other -> investment with that organisation as investor (list: the realignment's commit). Metric gates went down by one or two
    // only where relabelled figures are not read yet: blind2 "Reliance and its subsidiaries have invested over $2 billion"; blind12
    // "SoftBank and … Grab said they were investing $2 billion"; blind18 "gives MAM the right to invest another $4.1B"; blind24
    // "brought the company's total investment in India to $10 billion"; blind35 "a £2 billion commitment to the UK's AI ecosystem", "he
    // has … invested around $15 billion … of which $11 billion"; blind40 Zilliqa's fund "to invest up to $5 million", SK Group's
    // "blueprint to invest a total of ₩103 trillion"; blind41 "AIP, formed … with a goal to initially invest more than US$30 billion",
    // "TSMC as the world's largest contract chip maker invests $65 billion", LG Uplus's "100 billion won ($75.8 million) investment in
    // startups"; blind45 "set to back … with US$100 million"; blind48 "CDPQ has been a long-term partner of Plenary, having invested
    // more than A$200 million ($152 million)"; blind52 "CDPQ has invested ~$9 billion in India", "SoftBank planning to invest ¥2
    // trillion"; blind53 "This initiative … plans to invest up to $100 billion".
    [InlineData("blind2.json", 90, 36, 107)]
    // Eighth session: 14 sentences of blind3, blind11–17, blind21 and blind35 that labelled money spent in a country or region taken
    // bare ("invest $2 billion in Indonesia", "invested $14 billion in India") an investment were relabelled other, the written
    // convention the later sets follow (blind27, blind42–46); their figures left the investor counts, and those the rules do not yet
    // read as other (a data centre in Sweden, renewable energy in India, a conversion before "into India") lowered metric by one each.
    [InlineData("blind3.json", 60, 31, 71)]
    // Round givers (2026-12-03): blind4, blind5, blind12 and blind15 each had one investor sentence that the written convention makes a
    // round (several givers: "from a clutch of financial firms", "from the two automakers and SK Corp.", "from Saudi Arabia's Public
    // Investment Fund and Singapore's Pwarp Investment PTE"; a leader: "to lead a $300 million … investment in"); relabelled roundSize, so
    // their investor gates are one lower (every investor sentence left is still read right).
    // Twenty-fourth session: blind4's "Rivian scored a $700-million investment, led by Amazon" (labelled Amazon's investment before the
    // conventions) is now read as the round its leader leads, as "secured"/"received … led by" already were and as the round-givers
    // realignment above labels a leader's round; its metric and investor gates are one lower.
    [InlineData("blind4.json", 30, 21, 42)]
    [InlineData("blind5.json", 40, 23, 44)]
    [InlineData("blind6.json", 39, 18, 49)]
    [InlineData("blind7.json", 70, 38, 77)]
    [InlineData("blind8.json", 59, 23, 60)]
    [InlineData("blind9.json", 54, 22, 58)]
    [InlineData("blind10.json", 50, 23, 53)]
    [InlineData("blind11.json", 41, 19, 43)]
    [InlineData("blind12.json", 28, 19, 30)]
    [InlineData("blind13.json", 55, 24, 34)]
    [InlineData("blind14.json", 61, 23, 35)]
    [InlineData("blind15.json", 70, 24, 51)]
    [InlineData("blind16.json", 66, 27, 50)]
    [InlineData("blind17.json", 72, 26, 52)]
    [InlineData("blind18.json", 98, 37, 62)]
    [InlineData("blind19.json", 117, 25, 59)]
    [InlineData("blind20.json", 75, 25, 64)]
    // blind21 was 64 on metric: "Vodafone … sold a 10% stake in Vantage Towers for 1.3 billion euros" is labelled other, against the
    // written convention (a minority stake's price is an investment) that four sentences of blind26, blind33 and blind34 follow.
    [InlineData("blind21.json", 74, 25, 59)]
    [InlineData("blind22.json", 76, 22, 74)]
    [InlineData("blind23.json", 77, 17, 101)]
    [InlineData("blind24.json", 86, 28, 106)]
    [InlineData("blind25.json", 95, 32, 125)]
    [InlineData("blind26.json", 63, 21, 107)]
    [InlineData("blind27.json", 88, 33, 111)]
    [InlineData("blind28.json", 84, 31, 111)]
    [InlineData("blind29.json", 72, 23, 110)]
    [InlineData("blind30.json", 80, 23, 111)]
    [InlineData("blind31.json", 77, 24, 112)]
    [InlineData("blind32.json", 82, 21, 110)]
    [InlineData("blind33.json", 73, 38, 108)]
    [InlineData("blind34.json", 77, 36, 108)]
    [InlineData("blind35.json", 99, 24, 139)]
    [InlineData("blind36.json", 80, 32, 109)]
    [InlineData("blind37.json", 83, 28, 120)]
    [InlineData("blind38.json", 104, 26, 146)]
    [InlineData("blind39.json", 71, 22, 112)]
    // 121 -> 120 in the twenty-second session: "Industry analysts say …" is labelled none here and anonymous in issue78; the rule now
    // reads the anonymous (GeneralFrameSourcesSweepTests).
    [InlineData("blind40.json", 77, 26, 121)]
    [InlineData("blind41.json", 67, 28, 118)]
    [InlineData("blind42.json", 146, 30, 205)]
    [InlineData("blind43.json", 131, 42, 208)]
    [InlineData("blind44.json", 107, 33, 192)]
    [InlineData("blind45.json", 117, 30, 141)]
    [InlineData("blind46.json", 79, 25, 143)]
    [InlineData("blind47.json", 98, 28, 122)]
    [InlineData("blind48.json", 75, 29, 147)]
    [InlineData("blind49.json", 97, 36, 160)]
    [InlineData("blind50.json", 112, 30, 136)]
    // Ninth session: collected and labelled blind before any of the session's rules; these are their first runs. Investor 26 until the
    // thirty-fifth session, whose rule that a name money or shares go "in" is no investor refused "NTT" in "the remaining shares in NTT
    // Data": the target, which matched the buyer's short name (Nippon Telegraph and Telephone, "NTT") only by its first word.
    [InlineData("blind51.json", 114, 25, 162)]
    [InlineData("blind52.json", 117, 38, 186)]
    // Ninth session, collected after the first two, while the session's helpers wrote rules without seeing them; 26 sentences in
    // Portuguese, French, German, Dutch or Italian carry "lang" (the cue words are English).
    [InlineData("blind53.json", 101, 18, 151)]
    [InlineData("blind54.json", 86, 36, 155)]
    // Ninth session, collected (English only) after the session's first four rule families were merged, while the last two were written
    // without seeing them.
    [InlineData("blind55.json", 86, 22, 126)]
    [InlineData("blind56.json", 94, 17, 131)]
    // Tenth session, collected (English only) after the place-led names fix, before the session's sweeps were merged; first runs.
    [InlineData("blind57.json", 92, 17, 151)]
    [InlineData("blind58.json", 100, 24, 141)]
    // Tenth session, collected (English only) while the sweeps were written; no one read them before the session's last rules; first runs.
    [InlineData("blind59.json", 104, 27, 145)]
    [InlineData("blind60.json", 92, 11, 133)]
    // Eleventh session, collected (English only) at the session's start and read by no one until its last measure; first runs on the
    // starting rules 98/127, 7/12, 145/160 and 85/115, 25/35, 139/153; the rows are the session's final rules.
    [InlineData("blind61.json", 116, 8, 158)]
    [InlineData("blind62.json", 102, 37, 150)]
    // Twelfth session, collected (English only) at the session's start and read by no one until its last measure; first runs on the
    // starting rules 91/119, 13/18, 138/151 and 87/120, 25/31, 150/158; the rows are the session's final rules. Since the thirty-ninth
    // session blind63 reads one metric fewer: "a $7.5 billion long-term lease agreement with an unnamed US-based hyperscaler" is other
    // there and a compute commitment in issue136 ("$5.2 billion lease agreement with a U.S.-based hyperscaler"); the lease rule reads both
    // as compute, as the corpus's other data-centre leases are labelled.
    [InlineData("blind63.json", 100, 16, 142)]
    [InlineData("blind64.json", 102, 37, 155)]
    // blind21 was 64 on metric: "Vodafone … sold a 10% stake in Vantage Towers for 1.3 billion euros" is labelled other, against the
    // written convention (a minority stake's price is an investment) that four sentences of blind26, blind33 and blind34 follow.
    // Stakes-control realignment: "Walmart took over Flipkart as its majority investor in a $16bn deal" relabelled other → investment
    // (Walmart); the rules do not read it yet (metric −1).
    // Stakes-control realignment: "… Singapura Finance has disposed of all its shares in MatchMove PowerBank … for $1 million, according
    // to an SGX filing" now reads as the investment it is labelled (metric +1), but credits "Singapore Exchange" (the SGX-listed description)
    // instead of no one (investor −1), left for the next session.
    // Stakes-control realignment: "became latest to sell 87 percent stake to … Delivery Hero (DH) … at $4 billion" and "New York Life …
    // has invested Rs 388 crore for a 49% equity stake in two commercial projects" relabelled investment; not read yet (metric −1 net).
    // Ninth session: collected and labelled blind before any of the session's rules; these are their first runs.
    // Ninth session, collected after the first two, while the session's helpers wrote rules without seeing them; 26 sentences in
    // Portuguese, French, German, Dutch or Italian carry "lang" (the cue words are English).
    // Ninth session, collected (English only) after the session's first four rule families were merged, while the last two were written
    // without seeing them.
    // Tenth session, collected (English only) after the place-led names fix, before the session's sweeps were merged; first runs.
    // Stakes-control realignment: "Clearlake Capital acquired around 61.5% of Chelsea FC in a total deal value of £4.25bn" relabelled
    // investment (Clearlake Capital); not read yet (metric −1, investor −1).
    // Tenth session, collected (English only) while the sweeps were written; no one read them before the session's last rules; first runs.
    // Eleventh session, collected (English only) at the session's start and read by no one until its last measure; first runs on the
    // starting rules 98/127, 7/12, 145/160 and 85/115, 25/35, 139/153; the rows are the session's final rules.
    // Stakes-control realignment: "used its … ASF VII secondaries fund to invest $1.75 billion in Mubadala's existing portfolio of … stakes",
    // "Mubadala's participation in a consortium that acquired majority control of … for $8.3 billion" and "acquired an 85% stake in Kirindo
    // Holdings for $318 million including debt" relabelled investment; not read yet (metric −2).
    // Twelfth session, collected (English only) at the session's start and read by no one until its last measure; first runs on the
    // starting rules 91/119, 13/18, 138/151 and 87/120, 25/31, 150/158; the rows are the session's final rules.
    // Twelfth session: real sentences labelled from the words alone by a reader who never saw this convention or the code
    // (docs/extractor.md, "The reading"); first run 89/100, 26/31, 118/121 on the session's starting rules.
    // Sources 118 -> 117 with the src-written realignment: "Vodafone Group (VOD) sold Vodafone Spain … for 5 billion euros, the report
    // said." is labelled no source, where the realignment (issue68's readers, 11 of 12) names "the report"; issue65's labels stay as
    // their reader wrote them, so the sentence is a miss.
    [InlineData("issue65.json", 98, 26, 119)]
    // Thirteenth session: real sentences labelled from the words alone by two readers who never saw the convention or the code, on
    // AI/tech deals and on deals outside AI; 115 more they collected were already in earlier sets and were dropped. First run 87/105,
    // 20/30, 134/151 on the session's starting rules; the session's investor-frames and people-and-documents sweeps were briefed from
    // its misses, so the rows are fitted. Metric 94 -> 93 with the fund-raises realignment: one collector labelled "Metro Mining has
    // secured A$40-million in debt financing" other, where the issue's three readers make a debt raise with no lender named a round size.
    [InlineData("issue66.json", 96, 25, 146)]
    // Thirteenth session, collected and labelled from the words alone by two more readers (any deal news outside the usual US wires;
    // wire-style deal copy), from pages no earlier set used, and read by no one until the session's last measure: first run 135/185,
    // 32/47, 216/259 on the session's starting rules, 140/185, 36/47, 217/259 on its realigned rules (the sealed measure); the row is
    // after two fixes from its misses (a series' letter before "valuation", a list of figures).
    [InlineData("issue68.json", 170, 45, 247)]
    // Fourteenth session: 288 sentences (144 pages) labelled from the words alone by two more readers (US/European deals; Asian,
    // Indian, Gulf, African and Latin American deals), sealed while the session's four sweeps were written: 161/206, 43/64, 239/288 on
    // the session's starting rules and the same on its final rules (not fitted then; the fifteenth session's sweeps were written from its
    // misses, hence the row).
    [InlineData("issue70.json", 188, 53, 262)]
    // Fifteenth session: two more readers labelling from the words alone (regional business press; tech and venture news). issue72
    // (140 sentences) was sealed through the session's five sweeps and read by no one until the last measure: 63/96, 24/39, 103/140 on the
    // starting rules and the same on the final rules (the row is after one fix from its misses read then: the Philippine "P2.5 billion"
    // and ISO codes that are words, "MAD 319 bn"). issue73 (147) was opened mid-session and one sweep written from its misses: 72/100,
    // 20/29, 117/147 at the start, 80/100, 29/29, 117/147 at the end. Both collectors label named people speaking as sources (the brief
    // they were given said so; the words and earlier readers do not): about 12 of issue72's 37 source misses and most of issue73's.
    [InlineData("issue72.json", 81, 31, 117)]
    // issue73's metric gate went from 91 to 90 in the thirtieth session: "as 29 investments of more than £50m were completed" is labelled
    // an investment, but a size many deals are over is a threshold (convention M4: "megarounds of $100m or more" are other), as the rule
    // that now reads it says; seven other corpus thresholds were fixed by it.
    [InlineData("issue73.json", 90, 24, 125)]
    // Sixteenth session: four readers labelling from the words alone (AI and cloud deals; wire deal copy outside AI; tech rounds
    // and big tech's deals; business-press deals of every kind), sealed through the session's three general sweeps and read by no one
    // until the last measure: 355/445, 91/116, 614/671 on the starting rules, 354/445, 91/116, 616/671 on the sweeps' rules. A second
    // reader labelled each set blind (docs/issue-reading/second-readers); on the sentences both readers agree on, the rules were 86%, 82%
    // and 95% (issue74), 81%, 81% and 91% (issue75). The rows are fitted: after one fix read from issue74's misses ("raising funds at a $40
    // billion valuation", MetricRules.AtAValuation.cs) and three short sweeps written from the four sets' misses (FitSourcesSweepTests,
    // TechDealsSweepTests, FitMiDealsSweepTests): 355/445, 91/116, 616/671 → 361/445, 100/116, 631/671.
    [InlineData("issue74.json", 93, 32, 146)]
    [InlineData("issue75.json", 91, 19, 158)]
    [InlineData("issue76.json", 92, 25, 164)]
    [InlineData("issue77.json", 103, 21, 175)]
    // Seventeenth session: three collectors labelling from the words and a short labelling guide (AI deals; startup rounds
    // outside the US; wire M&A, stakes and IPOs), sealed until the session's end; second readers in docs/issue-reading/second-readers.
    // Relabelled to the conventions (docs/issue-reading/conventions.md) by a reader who saw no rule output (51 fields, audited in
    // docs/issue-reading/relabels/issue78-80.tsv). Unseen scores on the relabelled sets: 251/330, 50/60, 458/492 on the starting rules;
    // 256/330, 50/60, 461/492 with the conventions' rules. The rows are fitted: after the eighteenth session's clear cues and comparisons
    // (MetricRules.ClearCues.cs, LinkedFigures.cs), written after reading these sets' misses.
    [InlineData("issue78.json", 96, 19, 160)]
    [InlineData("issue79.json", 95, 11, 160)]
    [InlineData("issue80.json", 87, 25, 155)]
    // Eighteenth session: two collectors labelling from the words and the conventions (chips, cloud and data-centre deals; fintech,
    // biotech and climate rounds), sealed until the session's rules were final; second readers agree on 98/99, 21/21, 159/160 (issue81)
    // and 107/112, 12/15, 161/162 (issue82). Unseen scores: 153/211, 28/36, 293/322 on the starting rules; 157/211, 28/36, 294/322 with
    // the conventions and with the session's final rules alike (the session's clear cues and frames, written from issue78-80, moved
    // nothing on them). The rows are fitted: after the capital-expenditure, own-securities and "T$" rules read from their misses.
    [InlineData("issue81.json", 85, 18, 150)]
    // Since convention M11 (the twenty-fifth session, a stake's worth an investment) one lower: "Siemiatkowski’s 7% stake is worth about
    // $1 billion" is a founder's own stake (other), and nothing in the sentence tells a person's surname from an investor's name.
    [InlineData("issue82.json", 96, 12, 151)]
    // Nineteenth session: three collectors labelling from the words and the conventions (AI labs' rounds and compute deals;
    // energy, infrastructure and state money; Asian startups, consumer, media and sports deals), sealed until the session's rules were
    // final; second readers agree on 103/106, 21/22, 154/158 (issue83), 104/105, 15/16, 154/154 (issue84) and 101/101, 23/23, 153/154
    // (issue85). Unseen scores: 242/312, 50/61, 427/466 on the starting rules; 243/312, 50/61, 427/466 with the session's rules (the
    // totals, grants and raised-from rules moved one figure on them). The rows are fitted: after the bond-sale, shares-bought, chips-paid-for
    // and "Revenues" fixes read from their misses (MetricRules.BondSales.cs, MetricRules.SharesBought.cs, ComputeShapes, Lexicon).
    [InlineData("issue83.json", 89, 20, 146)]
    [InlineData("issue84.json", 92, 13, 149)]
    [InlineData("issue85.json", 84, 19, 139)]
    // Twentieth session: three collectors labelling from the words and the conventions before M10 was written (fintech, payments
    // and crypto in Europe, Africa and Latin America; biotech, pharma and healthcare deals; wire reports of big-tech, chip, telecom and
    // AI-infrastructure deals in talks), sealed until the fund-size rule (MetricRules.FundSizes.cs) was final; second readers agree on
    // 103/104, 13/13, 159/159 (issue86), 115/115, 13/13, 158/161 (issue87) and 103/104, 20/21, 154/154 (issue88). Unseen scores:
    // 265/323, 33/47, 445/474 on the starting rules; 266/323, 33/47, 445/474 with the fund-size rule. The rows are fitted: after the
    // announced-plan chain, the company-head and the price-per-share rules read from their misses (InvestorRules.CompanyHeads.cs,
    // MetricRules.ConventionClasses.cs).
    [InlineData("issue86.json", 95, 9, 147)]
    [InlineData("issue87.json", 103, 12, 157)]
    [InlineData("issue88.json", 86, 16, 149)]
    // Twentieth session, second batch: two collectors labelling under the conventions with M10 (general business and tech deal news from
    // US, UK and European outlets; Indian, Southeast Asian, Japanese, Korean, Chinese, Gulf and Australian business press), sealed until
    // the period-totals and market-receiver rules were final; second readers agree on 105/106, 12/12, 155/156 (issue89) and
    // 104/104, 18/18, 158/160 (issue90). Unseen scores: 163/210, 22/30, 289/316 on the session's starting rules; 166/210, 22/30, 289/316
    // with the rules at the measure. The rows are fitted: after the asset-sale and past-totals rules (MetricRules.AssetSales.cs,
    // MetricRules.PastTotals.cs), read from their misses.
    [InlineData("issue89.json", 88, 11, 145)]
    [InlineData("issue90.json", 87, 15, 148)]
    // Twentieth session, third batch: two collectors labelling under the conventions with M10 (startup, venture and chip deals from
    // Israel, Canada, the Nordics, Eastern Europe and Latin America; energy, battery, mining, infrastructure and sovereign or pension
    // fund deals), collected after every twentieth-session rule and kept sealed until the twenty-first session; second readers agree on
    // 98/100, 9/10, 152/154 (issue91) and 108/110, 28/28, 160/161 (issue92). Unseen scores: 155/210, 31/38, 301/315 on the twentieth
    // session's rules at its start, 156/210, 31/38, 301/315 at its end (the twenty-first session's starting rules). The rows are
    // fitted: after the twenty-first session's rules, read from their misses (TwentyFirstSessionRulesTests).
    [InlineData("issue91.json", 85, 9, 148)]
    [InlineData("issue92.json", 86, 26, 157)]
    // Twenty-second session: four collectors labelling under the conventions (European and UK startup, fintech and tech deals; US AI,
    // chip, cloud and data-centre deals; Latin American, African and Middle Eastern deals, some in Portuguese, Spanish, French, Italian,
    // German or Swedish; Asian corporate and startup deals), collected at the session's start and sealed until its class rules were
    // written from the misses of issue78–96; second readers agree on 106/112, 11/11, 162/162 (issue97), 104/104, 20/20, 164/164
    // (issue98), 119/119, 27/28, 172/173 (issue99) and 114/115, 32/32, 166/167 (issue100). Unseen scores (all four): 342/450, 66/91,
    // 608/666 on the session's starting rules and the same after its first six class rules (TwentySecondSessionRulesTests). The rows
    // are after the market-clause and outlet-frame rules (MetricRules.MarketClauseTotals.cs, SourceRules.OutletFrames.cs), the two
    // written with their misses read.
    [InlineData("issue97.json", 95, 9, 145)]
    [InlineData("issue98.json", 91, 18, 158)]
    [InlineData("issue99.json", 88, 19, 156)]
    [InlineData("issue100.json", 93, 23, 155)]
    // Twenty-third session: four collectors labelling under the same conventions (US and European biotech, healthcare and medtech
    // deals; AI labs, big tech capex and chip and cloud supply; India and South-East Asia, with rupees in crore and lakh, ringgit and
    // sen; energy, climate tech, mining and infrastructure), collected at the session's start; second readers agree on 116/117, 9/10,
    // 166/167 (issue101), 100/102, 24/25, 150/150 (issue102), 96/97, 16/16, 151/154 (issue103) and 118/119, 23/24, 161/166 (issue104).
    // Unseen scores (all four): 320/435, 52/75, 590/637 on the twenty-second session's final rules, this session's starting rules. The
    // rows are after this session's rules, read from their misses (TwentyThirdSessionRulesTests).
    [InlineData("issue101.json", 89, 7, 157)]
    [InlineData("issue102.json", 73, 13, 147)]
    [InlineData("issue103.json", 83, 14, 147)]
    [InlineData("issue104.json", 91, 21, 154)]
    // Then four more, collected after this session's rules were final and scored once on them, unread (Gulf sovereign funds and Japanese
    // and Korean corporate deals; US startup funding outside AI labs; Chinese and Hong Kong tech, EV and consumer companies; European M&A
    // and private equity); second readers agree on 115/118, 39/41, 170/173 (issue105), 108/109, 6/7, 152/153 (issue106), 116/117,
    // 18/18, 160/163 (issue107) and 101/114, 12/13, 162/163 (issue108: takeovers that "value" a listed company split them). Unseen scores
    // (all four): 358/458, 51/79, 611/652 on the session's starting rules, 362/458, 51/79, 611/652 on its rules at the measure. The rows are
    // after the five rules written from their misses (a numbered exchange code after a name, a fund named before its size, a
    // round's owner as no investor, an average of analysts' estimates, a business bought for an enterprise value).
    [InlineData("issue105.json", 94, 29, 163)]
    [InlineData("issue106.json", 94, 4, 138)]
    [InlineData("issue107.json", 101, 13, 155)]
    [InlineData("issue108.json", 95, 8, 160)]
    // Twenty-fourth session: four collectors labelling under the same conventions (wire and business-press AI, cloud, chip and big-tech
    // deals in talks; defence, aerospace, space and robotics; media, telecom, sports, entertainment, retail and property; Australian,
    // New Zealand, Canadian and African business press), collected at the session's start; second readers agree on 120/121, 31/31,
    // 161/167 (issue109), 120/121, 5/5, 166/168 (issue110), 116/119, 8/9, 164/164 (issue111) and 122/123, 18/19, 168/168 (issue112).
    // Unseen scores (all four): 379/484, 49/64, 626/667 on the session's starting rules and the same on its first rules (totals raised,
    // givers' verbs, makers' chips, other investors); the rows are after the rules written from their misses (yearly sums paid, the box
    // office, Australian cents, a company reporting on itself, a market over a period, lettered rounds, gapped pairs).
    [InlineData("issue109.json", 99, 27, 160)]
    [InlineData("issue110.json", 110, 5, 160)]
    [InlineData("issue111.json", 94, 5, 157)]
    [InlineData("issue112.json", 99, 14, 157)]
    // Then four more, collected after the session's first rules and scored once, unread, on the rules after the market and
    // lettered-round rules (US and European AI startups; Japanese, Korean, Taiwanese and Chinese corporate deals; banking, insurance,
    // asset management and private credit; Middle East, Turkey, Africa and Latin America); second readers agree on 119/121, 2/3,
    // 181/182 (issue113), 120/124, 34/37, 169/169 (issue114), 122/125, 12/12, 167/168 (issue115) and 117/122, 16/17, 169/169 (issue116).
    // Unseen scores (all four): 387/492, 52/69, 642/688 on the session's starting rules, 390/492, 52/69, 642/688 at the measure; the rows
    // are after the gapped-pair rule, written from their misses.
    [InlineData("issue113.json", 107, 1, 177)]
    [InlineData("issue114.json", 96, 30, 154)]
    [InlineData("issue115.json", 97, 11, 158)]
    [InlineData("issue116.json", 105, 10, 161)]
    // And four more, collected after the market and lettered-round rules and scored once, unread, on the session's final rules (big-tech
    // and AI-lab deals; health, biotech licensing, consumer and mobility; Indian and South-East Asian business press; energy, mining,
    // shipping and infrastructure); second readers agree on 110/116, 20/24, 156/166 (issue117), 127/128, 7/7, 175/175 (issue118),
    // 117/124, 33/34, 169/171 (issue119) and 111/118, 22/24, 165/167 (issue120). Unseen scores (all four): 386/486, 66/89, 639/679 on
    // the session's starting rules and the same on its final rules. The rows were that measure (97, 19, 156; 106, 3, 162; 95, 26, 158;
    // 88, 18, 163) until the twenty-fifth session's class rules and convention M11, written partly from their misses, raised them.
    [InlineData("issue117.json", 98, 20, 156)]
    [InlineData("issue118.json", 109, 3, 164)]
    [InlineData("issue119.json", 102, 25, 160)]
    [InlineData("issue120.json", 92, 18, 164)]
    // The twenty-fifth session's four, collected at its start and scored once, unread, on its starting rules and again on its final
    // rules (US venture rounds and startup news; AI infrastructure, chips, data centres and cloud compute; UK, German, French and Nordic
    // business press; wire-service deal stories); second readers agree on 122/126, 8/8, 169/172 (issue121), 115/120, 20/20, 155/163
    // (issue122), 117/120, 17/17, 165/166 (issue123) and 120/122, 10/12, 157/168 (issue124). Unseen scores (all four): 387/488, 41/57,
    // 611/669 on the starting rules and 389/488, 40/57, 611/669 on the final rules. Not fitted: the rows were that measure (103, 5, 158;
    // 93, 16, 153; 97, 10, 147; 96, 9, 153) until the twenty-sixth session's S4–S7 relabel and rules raised the source rows.
    [InlineData("issue121.json", 105, 5, 162)]
    [InlineData("issue122.json", 96, 16, 158)]
    [InlineData("issue123.json", 97, 10, 154)]
    [InlineData("issue124.json", 97, 10, 159)]
    // The twenty-sixth session's four, collected at its start under conventions S4–S7, written just before (Japanese, Korean and
    // Australian business press; fintech, payments, crypto and insurance; Gulf, Middle East, Turkey and African deals; media, telecom,
    // gaming and sports business); second readers agree on 120/124, 23/23, 170/172 (issue125), 120/125, 10/11, 178/178 (issue126),
    // 130/134, 33/35, 179/179 (issue127) and 123/125, 13/15, 170/170 (issue128). Scored once, unread: 395/508, 58/84, 650/699 on the
    // starting rules, 395/508, 58/84, 654/699 on the S4–S6 rules (written before the sets were read) and 395/508, 58/84, 655/699 on the
    // final rules. Not fitted: the rows are that measure.
    [InlineData("issue125.json", 95, 18, 159)]
    [InlineData("issue126.json", 111, 8, 165)]
    [InlineData("issue127.json", 106, 26, 172)]
    [InlineData("issue128.json", 100, 8, 162)]
    [InlineData("issue129.json", 101, 25, 158)]
    [InlineData("issue130.json", 90, 16, 172)]
    [InlineData("issue131.json", 99, 10, 149)]
    [InlineData("issue132.json", 114, 37, 167)]
    // The twenty-eighth session's four, collected at its start (African, Middle Eastern and Gulf business press; healthcare, biotech,
    // pharma and medtech; Asian business press; energy, infrastructure, data centres, telecoms, real estate and mining); second readers
    // agree on 122/122, 32/34, 167/167 (issue133), 120/120, 10/10, 165/165 (issue134), 117/123, 33/36, 169/173 (issue135) and 121/125,
    // 13/13, 169/171 (issue136). Scored once, unread, on the starting rules: 355/490, 64/93, 632/676; on the final rules 359/490, 63/93,
    // 632/676 (the rows).
    [InlineData("issue133.json", 84, 22, 150)]
    [InlineData("issue134.json", 99, 9, 158)]
    [InlineData("issue135.json", 88, 24, 162)]
    [InlineData("issue136.json", 98, 12, 165)]
    // The twenty-ninth session's four, collected at its start (North American takeovers, bids, buyouts and activist stakes; Indian,
    // Indonesian, Vietnamese and Philippine startup and business press; climate tech, clean energy, EV, mobility and agritech; debt and
    // capital markets, IPOs and market-wide funding totals); second readers, given only the sentences while the collectors' files were
    // moved out of their reach, agree on 116/120, 8/9, 172/172 (issue137), 127/130, 32/37, 170/175 (issue138), 119/121, 10/10,
    // 164/165 (issue139) and 120/122, 4/4, 170/170 (issue140). Scored once, unread, on the starting rules: 398/493, 37/60, 618/682.
    [InlineData("issue137.json", 107, 6, 159)]
    [InlineData("issue138.json", 102, 23, 153)]
    [InlineData("issue139.json", 99, 6, 156)]
    [InlineData("issue140.json", 103, 2, 160)]
    // The thirtieth session's four, collected at its start (AI labs, AI chips and data-centre deals; European and UK startup and scale-up
    // press; healthcare, biotech, medtech and pharma deals; Latin American, African and Middle Eastern venture and sovereign money); second
    // readers, given only the sentences while the collectors' files were moved out of their reach, agree on 121/123, 24/25, 168/168
    // (issue141), 125/126, 11/11, 184/184 (issue142), 121/122, 7/8, 166/167 (issue143) and 131/134, 23/24, 185/185 (issue144). Scored
    // once, unread, on the starting rules: 371/505, 42/68, 644/704.
    [InlineData("issue141.json", 94, 19, 161)]
    // The glued-marks mend reads guillemets as quote marks: "«It's definitely a start,» Gautam Pillai, an equity analyst at Peel Hunt
    // covering fintech, told CNBC" now reads as its twin in “ ” always did (Peel Hunt and CNBC; labelled CNBC alone), and "I’d predict
    // that Berlin beats last year’s $1.1B" is right since "I’d" names nothing (the common-words-alone mend).
    [InlineData("issue142.json", 92, 5, 157)]
    [InlineData("issue143.json", 102, 3, 161)]
    [InlineData("issue144.json", 98, 16, 172)]
    // The thirty-first session's four, collected at its start (corporate strategic investments and minority stakes; Chinese, Hong Kong,
    // Taiwanese and Singaporean tech and consumer deals; US and Canadian software, fintech and consumer rounds, tender offers and
    // secondaries; sports, media, music, gaming, consumer brand and retail deals); second readers, given only the sentences while the
    // collectors' files were moved out of their reach, agree on 124/129, 67/70, 179/179 (issue145), 118/124, 21/21, 171/172 (issue146),
    // 124/127, 11/13, 170/172 (issue147) and 113/120, 11/11, 165/165 (issue148). Scored once, unread, on the starting rules: 403/500,
    // 87/115, 641/688.
    [InlineData("issue145.json", 106, 61, 176)]
    [InlineData("issue146.json", 103, 19, 162)]
    [InlineData("issue147.json", 109, 8, 166)]
    [InlineData("issue148.json", 108, 9, 152)]
    // The thirty-second session's four, collected at its start (corporate venture arms and big-tech strategic investors; deals in talks
    // citing unnamed people or other outlets; defence tech, space, aerospace, drones and satellites; governments and public funds putting
    // money into companies); second readers, given only the sentences while the collectors' files were moved out of their reach, agree on
    // 120/122, 21/22, 172/172 (issue149), 122/122, 16/18, 167/168 (issue150), 113/116, 16/19, 162/166 (issue151) and 118/120, 33/33,
    // 168/168 (issue152). Scored once, unread, on the starting rules: 385/480, 64/92, 635/674.
    [InlineData("issue149.json", 113, 19, 166)]
    [InlineData("issue150.json", 110, 16, 165)]
    [InlineData("issue151.json", 102, 17, 159)]
    [InlineData("issue152.json", 92, 19, 164)]
    // Four more, collected after the session's first rules were written (Japanese and Korean corporate and startup deals; private
    // equity buyouts, take-privates and infrastructure funds; education, HR, legal, proptech and construction-tech companies; AI compute
    // deals); second readers, blind as above, agree on 114/121, 41/45, 165/165 (issue153), 118/120, 21/23, 164/165 (issue154), 122/125,
    // 18/19, 170/173 (issue155) and 118/120, 29/29, 163/165 (issue156). Scored once, unread: 373/486, 84/116, 618/668 on the
    // session's starting rules and 372/486, 83/116, 618/668 on its rules at the time.
    [InlineData("issue153.json", 99, 33, 156)]
    [InlineData("issue154.json", 98, 18, 154)]
    [InlineData("issue155.json", 90, 11, 160)]
    [InlineData("issue156.json", 92, 23, 150)]
    // The thirty-third session's four, collected at its start (Chinese and Hong Kong fundraising and state funds; Latin American and
    // African startups and corporate deals; autonomous and electric vehicles, batteries and mobility; food, agritech, retail and consumer
    // brands); second readers, blind as above, agree on 126/130, 12/19, 181/182 (issue157), 118/119, 32/32, 162/164 (issue158), 118/119,
    // 32/32, 166/167 (issue159) and 126/129, 17/17, 181/182 (issue160). Scored once, unread, on the starting rules: 401/497, 73/100,
    // 642/695.
    [InlineData("issue157.json", 101, 12, 173)]
    [InlineData("issue158.json", 93, 24, 154)]
    [InlineData("issue159.json", 100, 28, 166)]
    [InlineData("issue160.json", 111, 15, 180)]
    // Four more, collected at the same time and sealed until the first round of the session's rules was written (crypto, stablecoins and
    // brokerages; media, streaming, telecom, gaming and sports; health-tech, medtech and insurtech; robotics, automation and climate
    // hardware); second readers agree on 129/133, 10/10, 181/181 (issue161), 117/122, 21/22, 173/175 (issue162), 120/120, 11/11, 164/165
    // (issue163) and 132/133, 11/13, 180/182 (issue164). Scored once, unread: 419/508, 39/56, 634/703 on the starting rules and 419/508,
    // 39/56, 637/703 on the first round's.
    [InlineData("issue161.json", 120, 6, 165)]
    [InlineData("issue162.json", 90, 17, 162)]
    [InlineData("issue163.json", 97, 7, 154)]
    [InlineData("issue164.json", 115, 10, 171)]
    // Four more, collected after the session's second round of rules (read from issue161–164's misses) was written, to measure it unseen
    // (Indian startups and conglomerates; European tech and industrial deals; US enterprise software and cybersecurity; Gulf sovereign
    // funds, state companies and startups); second readers agree on 123/128, 24/25, 175/175 (issue165), 120/123, 20/24, 177/177
    // (issue166), 122/125, 3/3, 169/170 (issue167) and 119/121, 24/25, 162/164 (issue168). Scored once, unread: 397/497, 50/77, 642/686,
    // the same on the session's starting rules and on its final ones. No rule was written from them.
    [InlineData("issue165.json", 108, 16, 159)]
    [InlineData("issue166.json", 94, 15, 170)]
    [InlineData("issue167.json", 100, 1, 158)]
    [InlineData("issue168.json", 102, 17, 156)]
    // The thirty-fourth session's four, collected at its start (AI startups and labs; takeovers and stake sales in wires and regional
    // press; venture and private equity fund closes and the investors in funds; fintech, banking, payments and insurance); second readers,
    // blind as above, agree on 126/128, 23/23, 170/172 (issue169), 118/119, 25/25, 168/169 (issue170), 132/133, 32/33, 177/178 (issue171)
    // and 123/124, 18/18, 168/170 (issue172). Scored once, unread, on the starting rules: 400/504, 70/99, 631/689. The session's rules
    // were written from their misses.
    [InlineData("issue169.json", 109, 14, 159)]
    [InlineData("issue170.json", 102, 21, 157)]
    [InlineData("issue171.json", 102, 24, 170)]
    [InlineData("issue172.json", 97, 13, 150)]
    // Four more, collected at the same time and sealed until the session's rules were written (big-tech and AI investments, chips and
    // data centres; startup rounds in Europe, Israel, India and South-East Asia; energy, mining, chemicals and industry; consumer internet,
    // e-commerce, travel and delivery); second readers agree on 122/124, 37/37, 169/171 (issue173), 119/123, 8/9, 166/168 (issue174),
    // 116/120, 11/12, 167/168 (issue175) and 128/128, 12/12, 182/182 (issue176). Scored once, unread: 371/495, 53/70, 636/689, the same on
    // the session's starting rules and on its first round's. A second round was then written from their misses.
    [InlineData("issue173.json", 94, 29, 154)]
    [InlineData("issue174.json", 94, 7, 151)]
    [InlineData("issue175.json", 98, 10, 160)]
    [InlineData("issue176.json", 101, 9, 172)]
    // The thirty-fifth session's four, collected at its start (chips and hardware; healthcare and biotech; Latin America, Africa and the
    // Middle East; media, telecom, sports and gaming); second readers, blind as above, agree on 111/122, 22/22, 163/167 (issue177: the
    // chip industry's sales, revenue to the collector and a market total to the reader), 128/132, 14/14, 178/179 (issue178), 114/117,
    // 24/26, 162/164 (issue179) and 127/128, 16/17, 174/174 (issue180). Scored once, unread, on the starting rules: 404/499, 57/79,
    // 626/684. The session's first round was written from the misses of issue177–178 only; issue179–180 read 93/117, 18/26, 144/164 and
    // 105/128, 14/17, 157/174 on the starting rules and on the first round's alike, and a second round was then written from their misses.
    [InlineData("issue177.json", 101, 16, 156)]
    [InlineData("issue178.json", 116, 11, 170)]
    [InlineData("issue179.json", 99, 19, 145)]
    [InlineData("issue180.json", 114, 15, 161)]
    // Four more, collected after the session's first round of rules was written and sealed until its second round was (sovereign wealth
    // and public pension funds; e-commerce, retail and logistics; climate tech, electric vehicles and batteries; crypto and payments
    // infrastructure); second readers agree on 116/120, 46/49, 163/165 (issue181), 121/126, 15/17, 171/173 (issue182), 120/121, 24/26,
    // 169/169 (issue183) and 121/123, 10/12, 182/182 (issue184). Scored once, unread: 393/490, 73/104, 648/689, the same on the session's
    // starting rules, on its first round's and on its second's. No rule was written from them.
    [InlineData("issue181.json", 93, 35, 156)]
    [InlineData("issue182.json", 98, 14, 159)]
    [InlineData("issue183.json", 104, 18, 160)]
    [InlineData("issue184.json", 100, 6, 175)]
    // The thirty-sixth session's four, collected at its start and sealed until its rules were written (enterprise software, SaaS and
    // cybersecurity; real estate, hotels and infrastructure property; Australian and New Zealand business press; airlines, shipping,
    // ports and travel); second readers agree on 117/120, 5/8, 163/165 (issue185), 125/126, 20/20, 173/174 (issue186), 115/120, 16/17,
    // 165/165 (issue187) and 129/134, 17/17, 179/180 (issue188). Scored once, unread, on the starting rules: 411/500, 45/62, 621/684,
    // the same on the session's rules once final. No rule was written from them; a later one, a statement to a named exchange kept
    // whole (S5, from older sets' labels), reads one more issue186 sentence.
    [InlineData("issue185.json", 96, 4, 149)]
    [InlineData("issue186.json", 104, 18, 157)]
    [InlineData("issue187.json", 95, 7, 156)]
    [InlineData("issue188.json", 116, 16, 160)]
    // Four more, collected after the session's rules were final (US and European tech press on startup rounds; venture, private equity
    // and M&A market reports; big-tech and AI-lab deals in talks; food, consumer goods, luxury and fashion); second readers agree on
    // 108/109, 5/5, 176/176 (issue189), 116/120, 4/4, 165/165 (issue190), 117/124, 43/43, 169/171 (issue191) and 129/132, 4/4,
    // 178/179 (issue192). Scored once, unread, on the final rules: 378/485, 38/56, 641/691 (the same on the starting rules).
    [InlineData("issue189.json", 79, 4, 169)]
    [InlineData("issue190.json", 91, 1, 141)]
    [InlineData("issue191.json", 95, 30, 160)]
    [InlineData("issue192.json", 116, 3, 171)]
    // Thirty-seventh session: four collectors at the session's start (generative-AI startups and labs; pharma and biotech licensing and
    // financing; data-centre, chip and cloud-compute financing; Canadian, Irish, Nordic and Benelux business press); second readers agree
    // on 125/129, 14/15, 174/174 (issue193), 120/120, 8/8, 164/165 (issue194), 115/117, 13/13, 164/164 (issue195) and 120/122, 18/18,
    // 170/170 (issue196). Scored once, unread, on the starting rules: 396/488, 40/54, 627/673; the session's two rules (the Argentine
    // "U$S" and an issuer's offering of notes, from these sets) read 401/488.
    [InlineData("issue193.json", 103, 9, 168)]
    [InlineData("issue194.json", 110, 7, 155)]
    [InlineData("issue195.json", 92, 10, 156)]
    [InlineData("issue196.json", 99, 14, 148)]
    // Four more, collected after the session's rules were final (US and European wire stories on takeovers and stakes; South Asian business
    // press; energy transition, oil and gas, utilities and nuclear; fintech and crypto rounds); second readers agree on 122/123, 29/30,
    // 166/166 (issue197), 126/130, 31/31, 176/179 (issue198), 124/128, 29/29, 170/171 (issue199) and 127/130, 3/5, 178/178 (issue200).
    // Scored once, unread, on the final rules: 407/511, 75/95, 644/694 (406/511 on the starting rules).
    [InlineData("issue197.json", 103, 22, 155)]
    [InlineData("issue198.json", 98, 24, 162)]
    [InlineData("issue199.json", 98, 26, 160)]
    [InlineData("issue200.json", 111, 3, 168)]
    // Thirty-eighth session: four collectors at the session's start (quantum, chip-equipment, photonics and deep-tech companies; Korean,
    // Japanese and Taiwanese English-language business press; rounds that name who puts the money in; German, French, Italian, Swiss and
    // Austrian companies in the English-language press); second readers agree on 110/122, 16/18, 167/167 (issue201), 122/128, 49/51,
    // 176/177 (issue202), 120/125, 25/28, 171/171 (issue203) and 123/126, 13/15, 172/174 (issue204). Scored once, unread, on the starting
    // rules: 382/501, 74/112, 631/689; the session's rules, written from these sets, read 397/501, 79/112, 632/689.
    [InlineData("issue201.json", 95, 12, 152)]
    [InlineData("issue202.json", 100, 34, 160)]
    [InlineData("issue203.json", 101, 24, 159)]
    [InlineData("issue204.json", 101, 10, 162)]
    // Four more, collected after the session's rules were final (US and UK mid-market deals in regional and trade press; Middle East and
    // North Africa business press; AI infrastructure, capital spending and compute contracts; Latin American business press); second
    // readers agree on 122/122, 17/17, 171/172 (issue205), 115/125, 13/15, 172/174 (issue206), 120/122, 26/26, 161/167 (issue207) and
    // 118/123, 47/50, 167/168 (issue208). Scored once, unread, on the final rules:
    // 361/492, 82/108, 606/681 (361/492, 81/108, 606/681 on the starting rules).
    [InlineData("issue205.json", 96, 15, 150)]
    [InlineData("issue206.json", 96, 12, 161)]
    [InlineData("issue207.json", 97, 18, 144)]
    [InlineData("issue208.json", 84, 37, 151)]
    // A third four, collected while the session's second round of rules (a change's first level, "£E", many deals' values) was written
    // from issue205–208 and scored once after it (African business press; insurance, asset management and banking deals; healthcare
    // services and medtech; South-East Asian business press); second readers agree on 120/125, 29/29, 170/170 (issue209), 121/125, 14/17,
    // 169/170 (issue210), 119/121, 10/10, 164/165 (issue211) and 124/124, 29/31, 168/168 (issue212). Scored once, unread, on the final
    // rules: 399/495, 60/87, 629/673 (398/495, 60/87, 629/673 on the starting rules).
    [InlineData("issue209.json", 98, 21, 158)]
    [InlineData("issue210.json", 102, 7, 160)]
    [InlineData("issue211.json", 107, 7, 155)]
    [InlineData("issue212.json", 92, 25, 156)]
    // Four collected at the thirty-ninth session's start and scored once before its rules were written (AI startups and labs raising
    // money; cloud, GPU and data-centre capacity agreements; deals reported before they are announced; company announcements republished
    // by news sites); second readers agree on 118/120, 25/27, 167/168 (issue213), 123/126, 29/29, 172/172 (issue214), 115/125, 20/20,
    // 172/173 (issue215) and 117/120, 20/21, 159/165 (issue216). On the starting rules 373/491, 75/97, 634/678; the session's rules
    // (contracted revenue, data-centre leases, what options may take a figure to), written from issue214, read 384/491.
    [InlineData("issue213.json", 98, 17, 161)]
    [InlineData("issue214.json", 92, 24, 156)]
    [InlineData("issue215.json", 99, 15, 160)]
    [InlineData("issue216.json", 95, 19, 157)]
    // Four collected at the fortieth session's start and scored once before its rule was written (AI, cloud and chip deals reported
    // before they are announced; energy, climate-tech and nuclear companies; sports, media, gaming and entertainment; sovereign, pension
    // and family-office investors); second readers agree on 119/120, 19/19, 166/166 (issue217), 116/124, 24/26, 170/173 (issue218),
    // 119/123, 20/21, 174/174 (issue219) and 127/130, 48/53, 171/173 (issue220). On the starting rules 393/497, 94/119, 649/686; the
    // session's rule (an Indian IPO's fresh issue and offer for sale written before their noun or after a share count) reads 395/497.
    [InlineData("issue217.json", 101, 17, 163)]
    [InlineData("issue218.json", 92, 18, 165)]
    [InlineData("issue219.json", 95, 16, 158)]
    [InlineData("issue220.json", 107, 42, 163)]
    // Four collected at the forty-first session's start and scored once before its rules were written (robotics, drones, defence and
    // space; Chinese, Hong Kong and Singapore business press; telecoms, satellite, fibre and tower deals; education, HR, legal tech and
    // consumer apps); second readers agree on 126/126, 3/4, 174/174 (issue221), 118/120, 18/18, 165/165 (issue222), 124/130, 16/18,
    // 177/177 (issue223) and 118/121, 11/11, 165/166 (issue224). On the starting rules 404/497, 34/51, 638/682.
    [InlineData("issue221.json", 104, 3, 166)]
    [InlineData("issue222.json", 98, 13, 145)]
    [InlineData("issue223.json", 105, 14, 170)]
    [InlineData("issue224.json", 97, 4, 157)]
    // Four collected at the forty-second session's start and scored once before its rule was written (Central and Eastern European,
    // Baltic, Turkish and Greek business press; private credit and company loans; Israeli startup and technology press; consumer health,
    // wellness, beauty, fitness and pet care); second readers agree on 126/130, 17/20, 180/180 (issue225), 134/141, 16/16, 188/189
    // (issue226), 116/124, 6/6, 165/170 (issue227) and 119/122, 15/15, 169/169 (issue228). On the starting rules 404/517, 44/57,
    // 667/708; the session's rule (a name followed by a person's role is a person) reads 669/708 sources.
    [InlineData("issue225.json", 95, 14, 173)]
    [InlineData("issue226.json", 112, 15, 185)]
    [InlineData("issue227.json", 90, 3, 149)]
    [InlineData("issue228.json", 107, 12, 162)]
    // Four collected at the forty-third session's start and scored once (initial public offerings, listings and SPAC mergers; big-tech
    // licensing, acqui-hire and talent deals with AI startups; critical minerals, mining and metals; secondary share sales, tender offers
    // and employee share sales); second readers agree on 127/132, 7/7, 178/179 (issue229), 119/121, 25/28, 168/169 (issue230), 120/122,
    // 32/33, 172/172 (issue231) and 99/120, 18/31, 170/170 (issue232). On the starting rules 394/495, 75/99, 650/690; the session's
    // rule ("insider" describing a deal or its holders cites nobody) reads 652/690 sources.
    [InlineData("issue229.json", 103, 3, 167)]
    [InlineData("issue230.json", 103, 21, 160)]
    [InlineData("issue231.json", 98, 27, 163)]
    [InlineData("issue232.json", 90, 24, 162)]
    // Four collected at the forty-fourth session's start and scored once (biotech and pharma licensing and partnering deals; sports
    // business: team stakes, media rights and stadium money; distressed deals: bankruptcies, rescue money and restructurings; Indian
    // business deals in rupees, crore and lakh); second readers agree on 124/127, 7/7, 168/171 (issue233), 122/127, 14/14, 171/172
    // (issue234), 122/122, 8/12, 165/167 (issue235) and 120/125, 44/45, 168/170 (issue236). On the starting rules 403/501, 56/78,
    // 616/680; the session's rules (outlets written for, shown a copy or handed data; "according to legal filings") read 620/680 sources.
    [InlineData("issue233.json", 111, 3, 158)]
    [InlineData("issue234.json", 94, 10, 157)]
    [InlineData("issue235.json", 105, 5, 147)]
    [InlineData("issue236.json", 93, 38, 158)]
    // Four collected at the forty-fifth session's start and scored once (UK and Irish business press: placings, bids in pence and
    // pounds; corporate venture arms and strategic investors; infrastructure: airports, toll roads, utilities, infrastructure funds;
    // AI startups outside the United States); second readers agree on 119/120, 19/20, 163/165 (issue237), 124/130, 40/40, 179/179
    // (issue238), 118/120, 34/36, 172/173 (issue239) and 118/121, 11/13, 167/167 (issue240). On the starting rules 382/491, 73/109,
    // 631/684; the session's rules (pence per share or each, "Y" yen and a back-quoted rupee before a scale, an outlet's journalist
    // telling the story, unnamed people cited past several describing words or speaking in a participle) read 385/491 and 634/684.
    [InlineData("issue237.json", 102, 15, 146)]
    [InlineData("issue238.json", 88, 24, 166)]
    [InlineData("issue239.json", 93, 25, 160)]
    [InlineData("issue240.json", 102, 9, 162)]
    // Four collected at the forty-sixth session's start and scored once (Canadian business press: bought deals, placements in C$,
    // pension funds; carmakers, EV makers and autonomous-driving startups; government grants, subsidies, state loans and state funds'
    // stakes; family offices, billionaires, hedge funds and activists as investors); second readers agree on 119/122, 15/15, 166/167
    // (issue241), 129/129, 32/33, 175/177 (issue242), 117/120, 19/20, 165/165 (issue243) and 121/122, 40/41, 173/173 (issue244). On the
    // starting rules 397/493, 79/109, 645/682; the session's rules (a held block of shares as a stake, an offering's total proceeds,
    // money pumped into one company, a bare-noun appositive, bare reports a price moved on, a country's unnamed official, academics,
    // a month before an outlet, a bank cited) read 402/493, 81/109, 653/682.
    [InlineData("issue241.json", 93, 12, 161)]
    [InlineData("issue242.json", 111, 27, 172)]
    [InlineData("issue243.json", 99, 14, 161)]
    [InlineData("issue244.json", 99, 28, 159)]
    // Four collected at the forty-seventh session's start and scored once (revenue and run rates beside rounds; stock-market stories
    // about deals; deal disputes, fees and regulatory reviews; quarterly results and gains on stakes); second readers agree on 121/124,
    // 12/12, 170/173 (issue245), 119/119, 8/8, 152/163 (issue246), 127/129, 26/27, 179/182 (issue247) and 132/134, 17/19, 171/177
    // (issue248). On the starting rules 438/506, 45/66, 639/695; the session's rules (a change's start after "to", money made from
    // sales, dated parts of an investment, gains, losses and changes, takeovers priced per share, gross bookings, a stake valued by a
    // verb, brokers' price targets, a company's own statements, media reports as a subject, analysts' expectations) read 463/506, 52/66,
    // 658/695.
    [InlineData("issue245.json", 104, 12, 165)]
    [InlineData("issue246.json", 112, 6, 154)]
    [InlineData("issue247.json", 121, 19, 172)]
    [InlineData("issue248.json", 126, 15, 167)]
    public void Read_CorpusSentences_KeepsTheMeasuredScoresForMetricInvestorAndSources(string file, int metric, int investor, int sources)
    {
        var score = Score(file);

        output.WriteLine($"{file}: metric {score.Metric}, investor {score.Investor}, sources {score.Sources}");
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(score.Metric.Total >= 20 || file == "tuning.json", $"{file} needs at least 20 metric sentences");
        // blind11 kept 19 investor sentences after the eighth session's relabelling, and blind6, blind9, blind11–15, blind21, blind23
        // and blind38 12 to 19 after the ninth session's: their other figures left the investor count. The issue sets (issue65 on) are
        // collected as the pages come, for an area, not for investors: many areas' rounds are raised, or their money buys whole
        // companies, not given by a named investor, so they hold as many investor sentences as their pages do (3 to 53).
        Assert.True(score.Investor.Total >= 20 || file.StartsWith("issue", StringComparison.Ordinal) || file is "tuning.json" or "blind6.json" or "blind9.json"
            or "blind11.json" or "blind12.json" or "blind13.json" or "blind14.json" or "blind15.json" or "blind21.json" or "blind23.json"
            or "blind38.json" or "blind55.json" or "blind56.json" or "blind57.json" or "blind60.json" or "blind61.json" or "blind63.json",
            $"{file} needs at least 20 investor sentences");
        Assert.True(score.Sources.Total >= 20 || file == "tuning.json", $"{file} needs at least 20 source sentences");
        Assert.True(score.Metric.Right >= metric, $"metric {score.Metric}, measured {metric}\n{string.Join('\n', score.Misses)}");
        Assert.True(score.Investor.Right >= investor, $"investor {score.Investor}, measured {investor}\n{string.Join('\n', score.Misses)}");
        Assert.True(score.Sources.Right >= sources, $"sources {score.Sources}, measured {sources}\n{string.Join('\n', score.Misses)}");
    }

    [Fact]
    public void Corpus_EverySentence_HasItsSourceAddress()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Figures", "Context", "Corpus"), "*.json").Select(f => Path.GetFileName(f)).ToList();
        Assert.True(files.Count >= 50, $"only {files.Count} corpus files were found");
        foreach (var file in files)
        {
            foreach (var entry in Load(file))
            {
                Assert.StartsWith("http", entry.Url, StringComparison.Ordinal);
            }
        }
    }

    private static CorpusScores Score(string file) => CorpusScoring.Score(Load(file));

    private static List<CorpusEntry> Load(string file) =>
        CorpusScoring.Load(Path.Combine(AppContext.BaseDirectory, "Figures", "Context", "Corpus", file));
}
