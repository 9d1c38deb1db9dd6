using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// The twenty-sixth session's source conventions (docs/issue-reading/conventions.md, S4–S7): reporting that names no outlet is a named
/// source as written (S4); a filing keeps the body it went to and a party's own results report is no source (S5, S2); people known by
/// role alone are anonymous, a firm's unnamed analysts the firm (S6); an unnamed medium told something is named (S7).
/// </summary>
public sealed class TwentySixthSessionRulesTests
{
    [Theory]
    // Corpus sentences relabelled under S4 (relabels/sources-s4-s7.tsv), then written ones.
    [InlineData("The discussions are in initial phases and might not result in a deal, according to reports.", "reports")]
    [InlineData("According to published reports, xAI had planned to raise roughly $7.5 billion in equity and up to $12.5 billion in debt through a special purpose vehicle to purchase Nvidia processors.", "published reports")]
    [InlineData("Telia is eyeing up a takeover bid for Danish operator TDC, according to reports from Sweden.", "reports from Sweden")]
    [InlineData("Price was not discussed at Mondays meeting, according to news reports.", "news reports")]
    [InlineData("In March 2021, when Bertelsmann confirmed talks to sell its stake, French media reported that RTL’s stake was worth 1.5 billion euros ($1.48 billion), valuing all of M6 at about 3 billion euros.", "French media")]
    [InlineData("The U.S. firm will buy all Kokusai Electric shares within this year, the financial daily newspaper reported.", "the financial daily newspaper")]
    [InlineData("Last year, reports said the government has assigned USD 13 billion to drive investment in its chip industry via a USD 59.8 billion bond sale.", "reports")]
    [InlineData("OpenAI, which created the text-generating AI chatbot ChatGPT, is trying to raise as much as $6.5 billion in a funding round that would value it at $150 billion, according to various media reports.", "media reports")]
    [InlineData("This development follows reports indicating that Adani Realty is in advanced talks to acquire a majority stake in Emaar India.", "reports")]
    [InlineData("A senior executive at Micromax was quoted by local reports as saying that the firms acquired less than 10% of the company.", "local reports")]
    [InlineData("According to media calculations, Saudi Telecom is currently worth around $50 billion.", "media calculations")]
    [InlineData("Acme is weighing a sale of its cloud unit for about $2 billion, a newspaper reported on Tuesday.", "a newspaper")]
    [InlineData("Various reports suggest that Acme's investment could exceed $10 billion.", "reports")]
    public void Read_ReportingThatNamesNoOutlet_IsANamedSourceAsWritten(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }

    [Theory]
    // An outlet beside the words keeps the slot; "reportedly", "reports surfaced" and a party's own release name no one.
    [InlineData("The hyperscaler will now invest over $1 billion into the AI firm, according to reports from the Financial Times.", "Financial Times")]
    [InlineData("Funding for fintech start-ups has continued its decline, according to a report by data platform Tracxn.", "Tracxn")]
    [InlineData("The acquisition, which was first reported by the Nikkei business daily, would be worth around $8.2 billion, the newspaper said.", "Nikkei")]
    [InlineData("Acme was reportedly valued at $5 billion in the round.", null)]
    [InlineData("Reports surfaced this weekend that Acme would sell its stake for $300 million.", null)]
    [InlineData("The transaction is expected to be completed during the third quarter of this year, according to a press release from the company.", null)]
    public void Read_ReportingBesideAnOutletOrNoReporter_AddsNoUnnamedReport(string sentence, string? outlet)
    {
        Assert.Equal(outlet is null ? [] : [outlet], Named(sentence).Select(WithoutThe).ToList());
    }

    [Theory]
    // S2: a party's own results report is no source; S5: a filing keeps the body it went to, its name running over "and" and "of".
    [InlineData("The company had net debt of 2 billion pounds at the end of 2018, according to its annual report.", new string[0])]
    [InlineData("Alphabet’s cloud business is already on track to generate $50 billion in annual revenue, according to its latest earnings report.", new string[0])]
    [InlineData("Late Friday, Foxconn said in a filing with the Taipei Stock Exchange that its Chinese subsidiary had agreed to sell its entire stake.", new[] { "filing with the Taipei Stock Exchange" })]
    [InlineData("In an 8-K filing with the U.S. Securities and Exchange Commission, Masimo said it intends to separate its consumer business.", new[] { "8-K filing with the U.S. Securities and Exchange Commission" })]
    [InlineData("Acme raised Rs 40 crore, according to its filings with the Registrar of Companies.", new[] { "filings with the Registrar of Companies" })]
    public void Read_OwnReportsAndFilings_NameWhatTheConventionsSay(string sentence, string[] named)
    {
        Assert.Equal(named, Written(sentence));
    }

    [Theory]
    // S6: people known by role alone (corpus sentences, then written).
    [InlineData("Analysts thought that the price tag was a bit too high but that the move by OMX wasn’t totally unexpected.")]
    [InlineData("However, industry insiders caution that the terms are not yet strictly final and remain subject to potential alterations.")]
    [InlineData("Industry sources also suggest Rheinmetall is interested in the German Naval Yards Kiel shipyard.")]
    [InlineData("Discussions are ongoing and the fundraising target and valuation could still change, they said.")]
    [InlineData("Equinox closed at C$7.55 (US$7.83) on Tuesday, 7.9% above the bid of C$7, with analysts predicting a final offer of at least C$8 per share.")]
    [InlineData("Five analysts surveyed by Reuters had expected Telkom to deliver 724 cents in headline earnings per share.")]
    [InlineData("Thomson Reuters could fetch nearly $3 billion for its Intellectual Property & Science business, according to company followers.")]
    [InlineData("Analysts, on average, estimate Acme will generate revenue of $32.78 billion this year.")]
    public void Read_PeopleKnownByRoleAlone_AreAnonymous(string sentence)
    {
        Assert.True(HasAnonymous(sentence));
    }

    [Theory]
    // A party's own people, parties "they" may be, a firm's analysts, money put in by a role: no one unnamed.
    [InlineData("OpenAI executives said the company would spend $1.4 trillion on computing over eight years.")]
    [InlineData("Qatar Investment Authority and Blue Owl Capital have signed a partnership to launch a $3 billion platform, they said on Thursday.")]
    [InlineData("Both companies will also allocate $1 billion in a fund to support the development of skills, they said.")]
    [InlineData("Venture capitalists put US$97 billion into artificial intelligence startups in the US last year.")]
    // Since the forty-seventh session's relabel (S6, docs/issue-reading/relabels/analyst-estimates.tsv) analysts' estimates with no
    // provider are unnamed analysts; compiled by a provider they are the provider's alone.
    [InlineData("Nvidia expects first-quarter revenue of $8.1 billion, compared with analysts' estimates of $7.29 billion, according to IBES data from Refinitiv.")]
    public void Read_OwnPeopleOrPartiesOrActions_AreNotAnonymous(string sentence)
    {
        Assert.False(HasAnonymous(sentence));
    }

    [Theory]
    // S6: a firm's unnamed analysts are the firm; S7: an unnamed medium told something is named as written.
    [InlineData("Analysts at Jefferies said that NVL was generating double-digit margins, suggesting a takeover price of €1.5 billion.", "Jefferies")]
    [InlineData("Analysts at Morgan Stanley expect this investment to deliver post-tax returns above 12%.", "Morgan Stanley")]
    [InlineData("Accel is leading the round, sources told the publication.", "the publication")]
    [InlineData("Insiders revealed to the media that this summer, NVIDIA agreed to lease 10,000 GPU servers for $1.3 billion.", "the media")]
    [InlineData("One source told the French paper that Mitsubishi Corp.'s possible acquisition of Renault shares is one of many options.", "the French paper")]
    public void Read_FirmsAnalystsAndMediaTold_AreNamed(string sentence, string name)
    {
        Assert.Equal([name], Written(sentence));
    }
}
