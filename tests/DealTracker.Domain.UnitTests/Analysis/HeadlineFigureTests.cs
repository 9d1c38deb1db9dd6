using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;

namespace DealTracker.Domain.UnitTests.Analysis;

public sealed class HeadlineFigureTests
{
    private const int AmazonId = 1;
    private const string Amazon = "Amazon";
    private const int MicrosoftId = 2;
    private const string Microsoft = "Microsoft";

    private static readonly HedgedAmount _upToFifty = HedgedAmount.UpTo(50_000_000_000m);
    private static readonly HedgedAmount _exactFifty = HedgedAmount.Exact(50_000_000_000m);
    private static readonly HedgedAmount _atLeastTen = HedgedAmount.AtLeast(10_000_000_000m);

    private readonly SourceGraph _graph = SeedArticle.Graph();

    private static FigureClaim Investment(int claimId, HedgedAmount amount, ReportRef report) =>
        new(claimId, Metric.Investment, AmazonId, Amazon, amount, null, report);

    /// <summary>The seed article's claims about Amazon's investment.</summary>
    private static List<FigureClaim> AmazonInvestmentClaims() =>
    [
        Investment(1, _upToFifty, SeedArticle.ReutersReport),
        Investment(2, _upToFifty, SeedArticle.AxiosReport),
        Investment(3, _exactFifty, SeedArticle.ForbesReport),
        Investment(4, _exactFifty, SeedArticle.InvestingReport),
        Investment(5, _atLeastTen, SeedArticle.FtJan28Report),
    ];

    private HeadlineFigure AmazonInvestment() => Assert.Single(HeadlineFigure.From(AmazonInvestmentClaims(), _graph));

    [Fact]
    public void From_AmazonInvestment_LeadsWithUpToFifty()
    {
        var figure = AmazonInvestment();

        Assert.Equal(_upToFifty, figure.Lead.Amount);
        Assert.Equal("up to $50B", figure.Lead.Amount.ToHedgeWords());
        Assert.Equal(2, figure.Lead.Corroboration.IndependentCount);
        Assert.Equal([SeedArticle.Axios, SeedArticle.Reuters], figure.Lead.Corroboration.Origins.Select(o => o.Label));
        Assert.Equal([1, 2], figure.Lead.Claims.Select(c => c.ClaimId));
    }

    [Fact]
    public void From_AmazonInvestment_ExactFiftyHasOneOriginDespiteTwoOutlets()
    {
        var exact = Assert.Single(AmazonInvestment().Variants, v => v.Amount == _exactFifty);

        Assert.Equal(2, exact.Corroboration.OutletCount);
        Assert.Equal(SeedArticle.Wsj, Assert.Single(exact.Corroboration.Origins).Label);
    }

    [Fact]
    public void From_AmazonInvestment_ThreeVariantsLeadFirst()
    {
        var figure = AmazonInvestment();

        Assert.Equal(3, figure.Variants.Count);
        Assert.Same(figure.Variants[0], figure.Lead);
        Assert.Equal(
            [_exactFifty, _upToFifty, _atLeastTen],
            figure.Variants.Select(v => v.Amount).OrderBy(a => a.Hedge));
    }

    [Fact]
    public void From_AmazonInvestment_EveryVariantCompatibleWithLead()
    {
        Assert.All(AmazonInvestment().Variants, v => Assert.True(v.CompatibleWithLead));
    }

    [Fact]
    public void From_AmazonInvestment_HasSpreadButNoConflict()
    {
        var figure = AmazonInvestment();

        Assert.True(figure.HasSpread);
        Assert.False(figure.HasConflict);
    }

    [Fact]
    public void From_AmazonInvestment_AgreementIsExactlyFifty()
    {
        Assert.Equal(new MoneyInterval(50_000_000_000m, 50_000_000_000m), AmazonInvestment().Agreement);
    }

    [Fact]
    public void From_AmazonInvestment_OverallFiveOutletsFourOrigins()
    {
        var corroboration = AmazonInvestment().Corroboration;

        Assert.Equal(5, corroboration.OutletCount);
        Assert.Equal(4, corroboration.IndependentCount);
        Assert.Equal(
            [SeedArticle.Axios, SeedArticle.Ft, SeedArticle.Reuters, SeedArticle.Wsj],
            corroboration.Origins.Select(o => o.Label));
        Assert.Equal(SeedArticle.FtJan28Report, corroboration.First);
    }

    [Fact]
    public void From_AmazonInvestment_KeepsMetricAndParty()
    {
        var figure = AmazonInvestment();

        Assert.Equal(Metric.Investment, figure.Metric);
        Assert.Equal(AmazonId, figure.PartyId);
        Assert.Equal(Amazon, figure.PartyName);
    }

    [Fact]
    public void From_InputOrderShuffled_SameLead()
    {
        var claims = AmazonInvestmentClaims();
        claims.Reverse();

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.Equal(_upToFifty, figure.Lead.Amount);
    }

    [Fact]
    public void From_ConflictingExactFigures_HasConflictAndNoAgreement()
    {
        var claims = new[]
        {
            Investment(1, HedgedAmount.Exact(50_000_000_000m), SeedArticle.ReutersReport),
            Investment(2, HedgedAmount.Exact(50_000_000_000m), SeedArticle.AxiosReport),
            Investment(3, HedgedAmount.Exact(38_000_000_000m), SeedArticle.FtJan28Report),
        };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.True(figure.HasConflict);
        Assert.True(figure.HasSpread);
        Assert.Null(figure.Agreement);
        Assert.Equal(_exactFifty, figure.Lead.Amount);
        Assert.False(figure.Variants[1].CompatibleWithLead);
    }

    [Fact]
    public void From_DifferentCurrencies_NotComparedSoNoConflictAndNoOverallAgreement()
    {
        var claims = new[]
        {
            Investment(1, HedgedAmount.UpTo(50_000_000_000m), SeedArticle.ReutersReport),
            Investment(2, HedgedAmount.UpTo(50_000_000_000m, "EUR"), SeedArticle.FtJan28Report),
        };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.False(figure.HasConflict);
        Assert.True(figure.HasMixedCurrencies);
        Assert.Null(figure.Agreement);
        Assert.Equal(["EUR", "USD"], figure.AgreementsByCurrency.Select(a => a.Currency).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_EuroRangeBesideDollarFigures_DollarValuesAgreeAndNothingConflicts()
    {
        var claims = new[]
        {
            Investment(1, HedgedAmount.UpTo(100_000_000_000m), SeedArticle.ReutersReport),
            Investment(2, HedgedAmount.Exact(100_000_000_000m), SeedArticle.AxiosReport),
            Investment(3, HedgedAmount.Between(90_000_000_000m, 120_000_000_000m, "EUR"), SeedArticle.FtJan28Report),
        };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.False(figure.HasConflict);
        Assert.True(figure.HasMixedCurrencies);
        Assert.Empty(HeadlineFigure.ConflictingAmounts(figure.Variants));
        Assert.Contains(figure.AgreementsByCurrency, a => a.Currency == "USD" && a.ToHedgeWords() == "$100B");
        Assert.Contains(figure.AgreementsByCurrency, a => a.Currency == "EUR" && a.ToHedgeWords() == "€90B–€120B");
    }

    [Fact]
    public void From_ConflictWithinOneOfTwoCurrencies_OnlyThoseValuesConflict()
    {
        var claims = new[]
        {
            Investment(1, HedgedAmount.Exact(50_000_000_000m), SeedArticle.ReutersReport),
            Investment(2, HedgedAmount.Exact(70_000_000_000m), SeedArticle.AxiosReport),
            Investment(3, HedgedAmount.Exact(60_000_000_000m, "EUR"), SeedArticle.FtJan28Report),
        };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));
        var conflicting = HeadlineFigure.ConflictingAmounts(figure.Variants);

        Assert.True(figure.HasConflict);
        Assert.Equal(2, conflicting.Count);
        Assert.DoesNotContain(HedgedAmount.Exact(60_000_000_000m, "EUR"), conflicting);
        Assert.Equal(["EUR"], figure.AgreementsByCurrency.Select(a => a.Currency));
    }

    [Fact]
    public void From_SingleClaim_NoSpreadNoConflictAgreementIsItsInterval()
    {
        var figure = Assert.Single(HeadlineFigure.From([Investment(1, _atLeastTen, SeedArticle.FtJan28Report)], _graph));

        Assert.False(figure.HasSpread);
        Assert.False(figure.HasConflict);
        Assert.Equal(_atLeastTen.Interval, figure.Agreement);
        Assert.True(figure.Lead.CompatibleWithLead);
    }

    [Fact]
    public void From_EqualBacking_EarliestDatedVariantLeads()
    {
        var claims = new[]
        {
            Investment(1, _exactFifty, SeedArticle.AxiosReport),
            Investment(2, _upToFifty, SeedArticle.ReutersReport),
            Investment(3, _atLeastTen, SeedArticle.FtJan28Report),
        };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.Equal([_atLeastTen, _upToFifty, _exactFifty], figure.Variants.Select(v => v.Amount));
    }

    [Fact]
    public void From_ClaimsForSeveralMetricsAndParties_OneFigureEachInMetricOrder()
    {
        var claims = new[]
        {
            new FigureClaim(1, Metric.Valuation, null, null, HedgedAmount.Approximately(830_000_000_000m), null, SeedArticle.ReutersReport),
            new FigureClaim(2, Metric.RoundSize, null, null, HedgedAmount.UpTo(100_000_000_000m), null, SeedArticle.ReutersReport),
            new FigureClaim(3, Metric.Investment, MicrosoftId, Microsoft, HedgedAmount.Exact(5_000_000_000m), null, SeedArticle.AxiosReport),
            new FigureClaim(4, Metric.Investment, AmazonId, Amazon, _upToFifty, null, SeedArticle.ReutersReport),
            new FigureClaim(5, Metric.RoundSize, null, null, HedgedAmount.UpTo(100_000_000_000m), null, SeedArticle.FtJan28Report),
            new FigureClaim(6, Metric.Investment, AmazonId, Amazon, _atLeastTen, null, SeedArticle.FtJan28Report),
        };

        var figures = HeadlineFigure.From(claims, _graph);

        Assert.Equal(
            [(Metric.Investment, AmazonId), (Metric.Investment, MicrosoftId), (Metric.RoundSize, (int?)null), (Metric.Valuation, null)],
            figures.Select(f => (f.Metric, f.PartyId)));
        Assert.Equal(
            ["Amazon’s investment", "Microsoft’s investment", "Round size", "Valuation"],
            figures.Select(f => f.Title));
        Assert.Equal(2, figures[0].Variants.Count);
        Assert.Single(figures[2].Variants);
        Assert.Equal(2, figures[2].Corroboration.OutletCount);
    }

    [Fact]
    public void Title_AmazonInvestment_UsesTypographicApostrophe()
    {
        var title = AmazonInvestment().Title;

        Assert.Equal("Amazon\u2019s investment", title);
        Assert.DoesNotContain('\'', title);
    }

    [Fact]
    public void Title_RoundSizeWithoutParty_IsRoundSize()
    {
        var claim = new FigureClaim(1, Metric.RoundSize, null, null, HedgedAmount.UpTo(100_000_000_000m), null, SeedArticle.ReutersReport);

        var figure = Assert.Single(HeadlineFigure.From([claim], _graph));

        Assert.Equal("Round size", figure.Title);
    }

    [Fact]
    public void From_NoClaims_NoFigures()
    {
        Assert.Empty(HeadlineFigure.From([], _graph));
    }

    [Fact]
    public void From_UndatedVariant_DoesNotLeadOverDatedOneWithEqualBacking()
    {
        var undated = new ReportRef(1, SeedArticle.NyPostOutlet, SeedArticle.NyPost, null);
        var dated = new ReportRef(2, SeedArticle.ReutersOutlet, SeedArticle.Reuters, PartialDate.InYear(2026));
        var graph = new SourceGraph([undated, dated], []);
        var claims = new[] { Investment(1, _exactFifty, undated), Investment(2, _upToFifty, dated) };

        var figure = Assert.Single(HeadlineFigure.From(claims, graph));

        Assert.Equal(_upToFifty, figure.Lead.Amount);
    }

    [Fact]
    public void From_OnlyUpToFigures_AgreementStartsAtZeroAndReadsUpTo()
    {
        var claims = new[] { Investment(1, HedgedAmount.UpTo(40_000_000_000m), SeedArticle.ReutersReport), Investment(2, _upToFifty, SeedArticle.AxiosReport) };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.Equal(new MoneyInterval(0m, 40_000_000_000m), figure.Agreement);
        Assert.Equal(HedgedAmount.UpTo(40_000_000_000m), figure.AgreedAmount);
        Assert.Equal("up to $40B", figure.AgreementWords);
        Assert.False(figure.HasConflict);
    }

    [Fact]
    public void From_OnlyOpenEndedFigures_AgreementHasNoTop()
    {
        var claims = new[] { Investment(1, _atLeastTen, SeedArticle.ReutersReport), Investment(2, HedgedAmount.AtLeast(20_000_000_000m), SeedArticle.AxiosReport) };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.Null(figure.Agreement!.Value.High);
        Assert.Equal(HedgedAmount.AtLeast(20_000_000_000m), figure.AgreedAmount);
        Assert.Equal("$20B or more", figure.AgreementWords);
    }

    [Fact]
    public void From_SingleFigure_AgreesWithItselfAndHasNoSpread()
    {
        var figure = Assert.Single(HeadlineFigure.From([Investment(1, HedgedAmount.UpTo(40_000_000_000m), SeedArticle.ReutersReport)], _graph));

        Assert.False(figure.HasSpread);
        Assert.False(figure.HasConflict);
        Assert.Equal(HedgedAmount.UpTo(40_000_000_000m), figure.AgreedAmount);
        Assert.Equal(1, figure.Corroboration.IndependentCount);
    }

    [Fact]
    public void From_ConflictingFigures_HaveNoAgreedAmount()
    {
        var claims = new[] { Investment(1, HedgedAmount.UpTo(5_000_000_000m), SeedArticle.ReutersReport), Investment(2, _atLeastTen, SeedArticle.AxiosReport) };

        var figure = Assert.Single(HeadlineFigure.From(claims, _graph));

        Assert.True(figure.HasConflict);
        Assert.Null(figure.AgreedAmount);
        Assert.Null(figure.AgreementWords);
    }
}
