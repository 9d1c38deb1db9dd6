using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

public sealed class ReportDraftTests
{
    private static readonly DateOnly _today = new(2026, 11, 29);

    [Fact]
    public void Validate_CompleteDraft_HasNoErrors()
    {
        Assert.Empty(Complete().Validate(_today));
    }

    [Fact]
    public void KeepSourceNote_Empty_TakesTheNote()
    {
        var draft = Complete();
        var note = ArticleProposals.NoteOn(["people familiar with the matter"])!;

        Assert.True(draft.KeepSourceNote(note));

        Assert.Equal("Relies on anonymous sources: «people familiar with the matter».", draft.SourceNote);
    }

    [Fact]
    public void KeepSourceNote_EditorWroteTheirOwnNote_KeepsTheirWordsAndAddsTheNoteOnce()
    {
        var draft = Complete();
        draft.SourceNote = "Syndicated copy of the Bloomberg story.";
        var note = ArticleProposals.NoteOn(["people familiar with the matter"])!;

        Assert.True(draft.KeepSourceNote(note));
        Assert.False(draft.KeepSourceNote(note));

        Assert.Equal($"Syndicated copy of the Bloomberg story. {note}", draft.SourceNote);
    }

    [Fact]
    public void Validate_DateTextThatIsNoDate_SaysHowToWriteIt()
    {
        var draft = Complete();
        draft.UnreadDates[nameof(ReportDraft.PublishedOn)] = "2026-02-30";

        Assert.Equal("“2026-02-30” is not a date. Write the date as YYYY-MM-DD.", draft.Validate(_today)[nameof(ReportDraft.PublishedOn)]);
    }

    /// <summary>A date known to the month keeps the day given on the draft, but is compared as the month's first day, as it is saved.</summary>
    [Fact]
    public void Validate_PublishedKnownToTheMonthWithItsDayKept_AcceptsARetrievedDateEarlierInThatMonth()
    {
        var draft = Complete();
        (draft.PublishedOn, draft.PublishedPrecision, draft.RetrievedOn) = (new DateOnly(2026, 1, 29), DatePrecision.Month, new DateOnly(2026, 1, 10));

        Assert.Empty(draft.Validate(_today));
    }

    [Fact]
    public void Validate_NoOutlet_AsksForOne()
    {
        var draft = Complete();
        draft.OutletId = null;

        Assert.Contains("outlet", draft.Validate(_today)[nameof(ReportDraft.OutletId)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("www.reuters.com/story")]
    public void Validate_UnsafeLink_IsRefused(string url)
    {
        var draft = Complete();
        draft.Url = url;

        Assert.Contains("http://", draft.Validate(_today)[nameof(ReportDraft.Url)], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PublishedTomorrow_IsRefused()
    {
        var draft = Complete();
        draft.PublishedOn = _today.AddDays(1);

        Assert.True(draft.Validate(_today).ContainsKey(nameof(ReportDraft.PublishedOn)));
    }

    [Fact]
    public void Validate_PublishedThisMonthAtMonthPrecision_IsAccepted()
    {
        var draft = Complete();
        draft.PublishedOn = new DateOnly(2026, 11, 1);
        draft.PublishedPrecision = DatePrecision.Month;
        draft.RetrievedOn = _today;

        Assert.Empty(draft.Validate(_today));
    }

    [Fact]
    public void Validate_RetrievedBeforePublished_IsRefused()
    {
        var draft = Complete();
        draft.RetrievedOn = draft.PublishedOn!.Value.AddDays(-1);

        Assert.True(draft.Validate(_today).ContainsKey(nameof(ReportDraft.RetrievedOn)));
    }

    [Fact]
    public void Validate_FigureWithoutQuote_MarksTheClaimsQuote()
    {
        var draft = Complete();
        draft.Claims[0].Quote = " ";

        Assert.Contains("quote", draft.Validate(_today)["Claims[0].Quote"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveAmount_MarksTheAmount(decimal amount)
    {
        var draft = Complete();
        draft.Claims[0].Amount = amount;

        Assert.True(draft.Validate(_today).ContainsKey("Claims[0].Amount"));
    }

    [Fact]
    public void Validate_RangeHighBelowLow_MarksTheHighEnd()
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.RoundSize, Hedge = Hedge.Range, Low = 25, High = 15, Quote = "$15 billion to $25 billion" };

        Assert.True(claim.Validate().ContainsKey(nameof(ClaimDraft.High)));
    }

    [Fact]
    public void Validate_StatementClaimWithoutStatement_AsksForIt()
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.Response };

        Assert.True(claim.Validate().ContainsKey(nameof(ClaimDraft.Statement)));
    }

    [Fact]
    public void ToMoney_Range_GivesBothEnds()
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.RoundSize, Hedge = Hedge.Range, Low = 15_000_000_000m, High = 25_000_000_000m, Currency = "USD" };

        Assert.Equal(HedgedAmount.Between(15_000_000_000m, 25_000_000_000m), claim.ToMoney());
    }

    [Fact]
    public void ToMoney_NotAMoneyMetric_IsNull()
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.Response, Amount = 5, Hedge = Hedge.Exact };

        Assert.Null(claim.ToMoney());
    }

    // The editor's preview and the claim summary used to check the currency themselves, then catch what
    // ToMoney threw; the draft now applies the one currency rule and gives no figure instead.
    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("")]
    [InlineData("USD\n")]
    public void ToMoney_CurrencyNotAThreeLetterCode_IsNullAndAnError(string currency)
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.Investment, PartyId = 1, Hedge = Hedge.Exact, Amount = 5m, Currency = currency, Quote = "5" };

        Assert.Null(claim.ToMoney());
        Assert.True(claim.Validate().ContainsKey(nameof(ClaimDraft.Currency)));
    }

    [Fact]
    public void ToMoney_RangeWithEndsOutOfOrder_IsNull()
    {
        var claim = new ClaimDraft { DealId = 1, Metric = Metric.RoundSize, Hedge = Hedge.Range, Low = 25m, High = 15m, Currency = "USD" };

        Assert.Null(claim.ToMoney());
    }

    [Fact]
    public void Validate_EveryCurrencyTheExtractorReads_IsAccepted()
    {
        foreach (var currency in DealTracker.Domain.Figures.Currencies.All)
        {
            var claim = new ClaimDraft { DealId = 1, Metric = Metric.Investment, PartyId = 1, Hedge = Hedge.Exact, Amount = 5m, Currency = currency.Code, Quote = "5 " + currency.Code };

            Assert.False(claim.Validate().ContainsKey(nameof(ClaimDraft.Currency)), currency.Code);
            Assert.Equal(currency.Code, claim.ToMoney()!.Currency);
        }
    }

    [Fact]
    public void Validate_RelianceOnANewOutlet_IsAccepted()
    {
        var draft = Complete();
        draft.Reliances.Add(new RelianceDraft { NewOutletName = "Semafor", Note = "Semafor reported" });

        Assert.Empty(draft.Validate(_today));
    }

    [Fact]
    public void Validate_RelianceOnAnOutletAndANewOne_AsksForOne()
    {
        var draft = Complete();
        draft.Reliances.Add(new RelianceDraft { TargetOutletId = 2, NewOutletName = "Semafor" });

        Assert.Contains("either", draft.Validate(_today)["Reliances[0]"], StringComparison.Ordinal);
    }

    [Fact]
    public void DealForNewClaims_ClaimsOfTwoDeals_IsTheDealOfTheLatestClaim()
    {
        var draft = Complete();
        draft.Claims.Add(new ClaimDraft { DealId = 2, Metric = Metric.ComputeCommitment });

        Assert.Equal(2, draft.DealForNewClaims(featuredDealId: 1));
    }

    [Fact]
    public void DealForNewClaims_NoClaimAndNoDeal_IsZeroForTheEditorToPick()
    {
        Assert.Equal(0, new ReportDraft().DealForNewClaims(featuredDealId: null));
    }

    [Theory]
    [InlineData(Metric.StageOfTalks, TalksStage.Early)]
    [InlineData(Metric.RoundSize, null)]
    public void NewClaim_ChosenMetric_IsThatMetricWithItsStartingStage(Metric metric, TalksStage? stage)
    {
        var claim = ClaimDraft.New(metric, dealId: 3);

        Assert.Equal((metric, stage, 3), (claim.Metric, claim.TalksStage, claim.DealId));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    public void ToMoney_CurrencyNotACode_IsNullNotAnException(string currency)
    {
        var claim = new ClaimDraft { Metric = Metric.Investment, Amount = 5m, Currency = currency };

        Assert.Null(claim.ToMoney());
        claim.Currency = "USD";
        Assert.Equal("$5", claim.ToMoney()?.ToHedgeWords());
    }

    [Theory]
    [InlineData(Hedge.Exact, "1000000000000000000000000000", true)]
    [InlineData(Hedge.UpTo, "1000000000000000000000000000", true)]
    [InlineData(Hedge.AtLeast, "1000000000000000000000000000", true)]
    [InlineData(Hedge.Approximately, "909090909090909090909090909", true)]
    [InlineData(Hedge.Approximately, "909090909090909090909090910", false)]
    [InlineData(Hedge.Approximately, "999999999999999999999999999", false)]
    [InlineData(Hedge.Exact, "1000000000000000000000000001", false)]
    public void Validate_AmountAtItsHedgesLimit_AcceptedOnlyWhenItsIntervalFits(Hedge hedge, string amount, bool accepted)
    {
        var claim = Money(hedge, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(accepted, !claim.Validate().ContainsKey(nameof(ClaimDraft.Amount)));
        Assert.Equal(accepted, claim.ToMoney() is not null);
    }

    [Theory]
    [InlineData("0.12345678", true)]
    [InlineData("0.123456789", false)]
    [InlineData("1.5000000000", true)]
    public void Validate_AmountDecimalPlaces_AtMostEight(string amount, bool accepted)
    {
        var errors = Money(Hedge.Exact, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Validate();

        Assert.Equal(accepted, !errors.ContainsKey(nameof(ClaimDraft.Amount)));
        Assert.True(accepted || errors[nameof(ClaimDraft.Amount)].Contains("decimal places", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("XYZ", false)]
    [InlineData("BTC", false)]
    [InlineData("EUR", true)]
    [InlineData("DEM", true)]
    public void Validate_Currency_OnlyIsoCodesInUseOrOnesTheExtractorReads(string currency, bool accepted)
    {
        var claim = Money(Hedge.Exact, 5m);
        claim.Currency = currency;

        Assert.Equal(accepted, !claim.Validate().ContainsKey(nameof(ClaimDraft.Currency)));
    }

    [Fact]
    public void Validate_SameClaimListedTwice_NamesTheSecondRow()
    {
        var draft = Complete();
        draft.Claims = [Money(Hedge.Exact, 5m), Money(Hedge.Exact, 6m)];
        draft.Claims[0].Id = draft.Claims[1].Id = 7;

        Assert.Contains("listed twice", draft.Validate(_today)["Claims[1]"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    public void Validate_PublishedBefore1900_SaysTheFloor(string date)
    {
        var draft = Complete();
        draft.PublishedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        draft.RetrievedOn = null;

        Assert.Equal("The published date must be 1900 or later: check the year.", draft.Validate(_today)[nameof(ReportDraft.PublishedOn)]);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u0301\u0301")]
    [InlineData("\uFEFF \u2060")]
    public void Validate_HeadlineOfOnlyInvisibleCharacters_Refused(string headline)
    {
        var draft = Complete();
        draft.Headline = headline;

        Assert.True(draft.Validate(_today).ContainsKey(nameof(ReportDraft.Headline)));
    }

    [Fact]
    public void Validate_FromTheApi_FieldsTheMetricDoesNotTakeAreRefused()
    {
        var context = new ClaimDraft { DealId = 1, Metric = Metric.Context, Statement = "Background.", Amount = 5m, RefuseIgnoredFields = true };
        var stage = new ClaimDraft { DealId = 1, Metric = Metric.StageOfTalks, Statement = "Talks are early.", RefuseIgnoredFields = true };
        var valuation = Money(Hedge.Exact, 5m);
        valuation.TalksStage = TalksStage.Final;
        valuation.RefuseIgnoredFields = true;

        Assert.True(context.Validate().ContainsKey(nameof(ClaimDraft.Amount)));
        Assert.True(stage.Validate().ContainsKey(nameof(ClaimDraft.TalksStage)));
        Assert.True(valuation.Validate().ContainsKey(nameof(ClaimDraft.TalksStage)));
        context.RefuseIgnoredFields = false;
        Assert.Empty(context.Validate());
    }

    [Theory]
    [InlineData("bad\u0000")]
    [InlineData("esc \u001b[31m")]
    [InlineData("\u200B")]
    [InlineData(" ")]
    public void ReasonError_ControlOrInvisibleOnly_Refused(string reason) =>
        Assert.NotNull(ReportEditor.ReasonError(reason, "claim"));

    private static ClaimDraft Money(Hedge hedge, decimal amount) =>
        new() { DealId = 1, Metric = Metric.Valuation, Hedge = hedge, Amount = amount, Quote = "a figure" };

    [Fact]
    public void Validate_HeadlineOfEmojiWithinTheLimitInCharacters_HasNoErrors()
    {
        // 500 emoji: 500 characters, 1,000 UTF-16 units. The limit counts characters, as its message says.
        var draft = Complete();
        draft.Headline = string.Concat(Enumerable.Repeat("💰", Limits.Headline));

        Assert.Empty(draft.Validate(_today));
    }

    [Fact]
    public void Validate_HeadlineOfEmojiPastTheLimitInCharacters_IsRefusedBesideIt()
    {
        var draft = Complete();
        draft.Headline = string.Concat(Enumerable.Repeat("💰", Limits.Headline + 1));

        Assert.Equal($"A headline can be at most {Limits.Headline} characters.", draft.Validate(_today)[nameof(ReportDraft.Headline)]);
    }

    [Fact]
    public void Length_SupplementaryCharacters_CountsEachOnce()
    {
        Assert.Equal((3, 6), (Limits.Length("💰𠀀😀"), "💰𠀀😀".Length));
    }

    [Fact]
    public void Validate_AmountTheFormCouldNotRead_IsRefusedBesideTheField()
    {
        var draft = Complete();
        draft.Claims[0].UnreadAmounts[nameof(ClaimDraft.Amount)] = "“1,5” is not a number.";

        Assert.Equal("“1,5” is not a number.", draft.Validate(_today)["Claims[0].Amount"]);
    }

    private static ReportDraft Complete() => new()
    {
        OutletId = 1,
        Headline = "Amazon in talks to invest up to $50 billion in OpenAI",
        Url = "https://www.reuters.com/technology/amazon-openai",
        PublishedOn = new DateOnly(2026, 1, 29),
        RetrievedOn = new DateOnly(2026, 1, 30),
        Claims =
        [
            new ClaimDraft { DealId = 1, Metric = Metric.Investment, PartyId = 1, Hedge = Hedge.UpTo, Amount = 50_000_000_000m, Quote = "as much as $50 billion" },
        ],
    };
}
