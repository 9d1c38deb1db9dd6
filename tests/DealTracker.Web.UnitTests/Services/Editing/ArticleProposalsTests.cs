using DealTracker.Domain.Claims;
using DealTracker.Domain.Money;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class ArticleProposalsTests
{
    private const string SeedLike =
        "Amazon.com Inc. could invest as much as $40 billion in OpenAI, according to people familiar with the matter, "
        + "as part of a funding round of up to $90 billion, citing the Wall Street Journal. "
        + "The companies are in preliminary discussions, Semafor reported. Amazon declined to comment.";

    private static readonly IReadOnlyList<KnownName> _outlets =
    [
        KnownName.Of(1, "Reuters", "reuters", "https://www.reuters.com"),
        KnownName.Of(2, "The Wall Street Journal", "wsj", "https://www.wsj.com"),
    ];

    private static readonly IReadOnlyList<KnownName> _parties = [KnownName.Of(10, "Amazon", "amazon"), KnownName.Of(12, "OpenAI", "openai")];

    [Fact]
    public void Read_SeedLikeArticle_ProposesEachFigureWithItsMetricAndInvestor()
    {
        var proposals = ArticleProposals.Read(SeedLike, _outlets, _parties);

        var invest = proposals.Figures.Single(f => f.Figure.Text == "as much as $40 billion").ToClaim(dealId: 7);
        Assert.Equal((Metric.Investment, 10, Hedge.UpTo, 40_000_000_000m, 7), (invest.Metric, invest.PartyId, invest.Hedge, invest.Amount, invest.DealId));
        var round = proposals.Figures.Single(f => f.Figure.Text == "up to $90 billion").ToClaim(dealId: 7);
        Assert.Equal((Metric.RoundSize, (int?)null), (round.Metric, round.PartyId));
    }

    [Fact]
    public void Read_SeedLikeArticle_ProposesKnownAndNewOutletsAndTheAnonymousNote()
    {
        var proposals = ArticleProposals.Read(SeedLike, _outlets, _parties);

        Assert.Equal(["people familiar with the matter"], proposals.AnonymousSources);
        var wsj = proposals.Sources.Single(s => s.Outlet is not null).ToReliance();
        Assert.Equal((2, (string?)null, "citing the Wall Street Journal"), (wsj.TargetOutletId, wsj.NewOutletName, wsj.Note));
        var semafor = proposals.Sources.Single(s => s.Outlet is null).ToReliance();
        Assert.Equal(((int?)null, "Semafor", "Semafor reported"), (semafor.TargetOutletId, semafor.NewOutletName, semafor.Note));
    }

    /// <summary>The reader names a source as written ("Journal", "FT"); the draft still matches and proposes the known outlet.</summary>
    [Theory]
    [InlineData("SoftBank's board is set to approve a $40 billion investment into the fund, according to the Journal.", 2)]
    [InlineData("Microsoft will invest $2 billion, WSJ reported.", 2)]
    [InlineData("Microsoft will invest $2 billion, the Wall Street Journal reported.", 2)]
    public void Read_SourceWrittenOtherwise_ProposesTheKnownOutlet(string text, int outletId)
    {
        var source = Assert.Single(ArticleProposals.Read(text, _outlets, _parties).Sources);

        Assert.Equal(outletId, source.Outlet?.Id);
    }

    /// <summary>A document or publication cited by its noun is a named source, but no outlet to add: the draft offers no new outlet.</summary>
    [Theory]
    [InlineData("OpenAI has held talks with other investors too, according to the report.", "report")]
    [InlineData("The company raised $300 million, a stock exchange filing shows.", "stock exchange filing")]
    [InlineData("Anthropic raised $13 billion, a regulatory filing showed.", "regulatory filing")]
    [InlineData("Amazon will invest $4 billion, according to court documents.", "court documents")]
    [InlineData("Microsoft will invest $2 billion, the newspaper said.", "newspaper")]
    [InlineData("The group is in talks to invest $2 billion in the startup, French media reported.", "French media")]
    [InlineData("The firm raised $40 million, a filing with the Securities and Exchange Commission showed.", "filing with the Securities and Exchange Commission")]
    public void Read_SourceCitedByItsNoun_ProposesNoOutletToAdd(string text, string name)
    {
        var source = Assert.Single(ArticleProposals.Read(text, _outlets, _parties).Sources);

        Assert.Equal((name, true, (KnownName?)null), (source.Name, source.IsDocument, source.Outlet));
    }

    /// <summary>
    /// Since the labelling conventions (S2): a party's own statement or website is the party speaking for itself, so the draft proposes no
    /// relies-on row for it.
    /// </summary>
    [Theory]
    [InlineData("The company raised $300 million, its website says.")]
    [InlineData("Amazon will invest $4 billion, according to a joint statement.")]
    public void Read_PartysOwnWords_ProposesNoSource(string text)
    {
        Assert.Empty(ArticleProposals.Read(text, _outlets, _parties).Sources);
    }

    /// <summary>A name that is not a known outlet is still offered as a new one, even when a publication noun follows it.</summary>
    [Theory]
    [InlineData("The company raised $300 million, Semafor reported.", "Semafor")]
    [InlineData("The company raised $300 million, according to Caixin magazine.", "Caixin")]
    [InlineData("The company raised $300 million, according to data from Tracxn.", "Tracxn")]
    public void Read_UnknownOutletByName_OffersItAsANewOutlet(string text, string name)
    {
        var source = Assert.Single(ArticleProposals.Read(text, _outlets, _parties).Sources);

        Assert.False(source.IsDocument);
        Assert.Equal(((int?)null, name), (source.ToReliance().TargetOutletId, source.ToReliance().NewOutletName));
    }

    [Fact]
    public void Read_SeedLikeArticle_ProposesStageAndResponseClaims()
    {
        var proposals = ArticleProposals.Read(SeedLike, _outlets, _parties);

        var stage = proposals.Claims.Single(c => c.Metric == Metric.StageOfTalks).ToClaim(dealId: 7);
        Assert.Equal((TalksStage.Early, "preliminary discussions"), (stage.TalksStage, stage.Quote));
        Assert.Equal("The companies are in preliminary discussions, Semafor reported.", stage.Statement);
        var response = proposals.Claims.Single(c => c.Metric == Metric.Response).ToClaim(dealId: 7);
        Assert.Equal((10, "Amazon declined to comment.", "Amazon declined to comment"), (response.PartyId, response.Statement, response.Quote));
        Assert.Empty(stage.Validate());
        Assert.Empty(response.Validate());
    }

    [Fact]
    public void Read_PartyNameWithALowerCaseWord_ProposesThePartyAsInvestor()
    {
        const string text = "SK hynix signed an investment commitment of up to $10 billion to AI Company, Kapitalwatch reported.";
        IReadOnlyList<KnownName> parties = [KnownName.Of(20, "SK hynix (SK)", "sk-hynix")];
        IReadOnlyList<KnownName> outlets = [KnownName.Of(3, "Kapitalwatch", "kapitalwatch")];

        var known = ArticleProposals.Read(text, outlets, parties);
        var guessed = ArticleProposals.Read(text, [], []);

        var figure = Assert.Single(known.Figures);
        Assert.Equal(("SK hynix", 20), (figure.Investor, figure.InvestorParty?.Id));
        Assert.Equal("SK hynix", Assert.Single(guessed.Figures).Investor); // read whole without the known name too
        Assert.Equal(3, Assert.Single(known.Sources).Outlet?.Id);
    }

    [Fact]
    public void Read_InvestorNotAParty_KeepsTheNameAndLeavesThePartyEmpty()
    {
        var proposals = ArticleProposals.Read("Nvidia could invest up to $100 billion in OpenAI.", _outlets, _parties);

        var figure = Assert.Single(proposals.Figures);
        Assert.Equal(("Nvidia", (KnownName?)null), (figure.Investor, figure.InvestorParty));
        Assert.Null(figure.ToClaim(1).PartyId);
    }

    [Fact]
    public void Read_FigureOfNoTrackedMetric_BecomesAValidContextClaimQuotingItsSentence()
    {
        const string text = "Amazon's market value rose to $2.4 trillion on Tuesday.";

        var figure = Assert.Single(ArticleProposals.Read(text, _outlets, _parties).Figures);
        var claim = figure.ToClaim(1);

        Assert.Null(figure.Metric);
        Assert.Equal((Metric.Context, text), (claim.Metric, claim.Statement));
        Assert.Empty(claim.Validate());
    }

    /// <summary>An article citing its own outlet proposes no reliance on it: a new outlet (id 0) or a known one, by any of its names.</summary>
    [Theory]
    [InlineData("Semafor", "Amazon could invest $50 billion in OpenAI, Semafor reported.")]
    [InlineData("Wall Street Journal", "Amazon could invest $50 billion in OpenAI, the Journal reported.")]
    [InlineData("Wall Street Journal", "Amazon could invest $50 billion in OpenAI, WSJ reported.")]
    [InlineData("Bloomberg", "Amazon could invest $50 billion in OpenAI, Bloomberg News reported.")]
    public void Read_ArticleCitingItsOwnNewOutlet_ProposesNoSource(string ownOutlet, string text)
    {
        Assert.NotEmpty(ArticleProposals.Read(text, _outlets, _parties).Sources);

        Assert.Empty(ArticleProposals.Read(text, _outlets, _parties, KnownName.Of(0, ownOutlet)).Sources);
    }

    [Fact]
    public void Read_ArticleCitingItsOwnKnownOutletByInitials_ProposesNoSource()
    {
        var proposals = ArticleProposals.Read("Amazon could invest $50 billion in OpenAI, WSJ reported.", _outlets, _parties, _outlets[1]);

        Assert.Empty(proposals.Sources);
    }

    /// <summary>Two names of one outlet in one article ("Bloomberg News reported", "according to Bloomberg") are one offer, not two.</summary>
    [Fact]
    public void Read_OneNewOutletByTwoNames_OffersItOnce()
    {
        const string text = "Amazon could invest $50 billion in OpenAI, Bloomberg News reported on Tuesday. "
            + "The round could reach $100 billion, according to Bloomberg.";

        var source = Assert.Single(ArticleProposals.Read(text, _outlets, _parties).Sources);

        Assert.Equal("Bloomberg News", source.ToReliance().NewOutletName);
    }

    /// <summary>The stage claim's statement is shown publicly: the whole sentence it was read from, not one cut at "Inc.".</summary>
    [Fact]
    public void Read_StageInASentenceWithAnAbbreviation_StatesTheWholeSentence()
    {
        const string text = "SAN FRANCISCO (Reuters) - Amazon.com Inc. is in advanced talks to invest as much as $50 billion in OpenAI, "
            + "people familiar with the matter said. Amazon declined to comment.";

        var stage = ArticleProposals.Read(text, _outlets, _parties).Claims.Single(c => c.Metric == Metric.StageOfTalks);

        Assert.Equal(
            "SAN FRANCISCO (Reuters) - Amazon.com Inc. is in advanced talks to invest as much as $50 billion in OpenAI, people familiar with the matter said.",
            stage.Statement);
    }

    /// <summary>A response read without its subject states its whole sentence, not "declined to comment.".</summary>
    [Fact]
    public void Read_ResponseWithoutItsSubject_StatesAWholeSentence()
    {
        var proposals = ArticleProposals.Read(SeedLike + " A spokesperson for OpenAI did not immediately respond to a request for comment.", _outlets, _parties);

        Assert.All(proposals.Claims, c => Assert.True(char.IsUpper(c.Statement[0]) && c.Statement.EndsWith('.'), c.Statement));
    }
}
