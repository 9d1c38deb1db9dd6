using DealTracker.Web.Services.Editing;

namespace DealTracker.Web.UnitTests.Services.Editing;

/// <summary>The catalog drafts (outlets, parties, deals, events) keep to the same <see cref="Limits"/> as reports.</summary>
public sealed class CatalogDraftsTests
{
    private static readonly DateOnly _today = new(2026, 11, 29);

    [Fact]
    public void Validate_OutletHomepageOverTheLimit_IsRefusedNamingHomepage()
    {
        var draft = new OutletDraft { Name = "Wire", Homepage = "https://example.com/" + new string('a', Limits.Url) };

        Assert.Contains($"at most {Limits.Url} characters", draft.Validate()[nameof(OutletDraft.Homepage)], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartyDescriptionOverTheLimit_IsRefused()
    {
        var draft = new PartyDraft { Name = "Amazon", Description = new string('d', Limits.Description + 1) };

        Assert.True(draft.Validate().ContainsKey(nameof(PartyDraft.Description)));
    }

    [Fact]
    public void Validate_DealWithMorePartiesThanTheLimit_GivesOneMessageForTheList()
    {
        var draft = new DealDraft
        {
            Title = "A round", Summary = "A round.",
            Parties = [.. Enumerable.Range(1, Limits.PartiesPerDeal + 1).Select(i => new DealPartyDraft { PartyId = i })],
        };

        var errors = draft.Validate();

        Assert.Equal([nameof(DealDraft.Parties)], errors.Keys);
    }

    [Fact]
    public void Validate_EventTitleAtTheLimit_IsAcceptedAndOneMoreIsRefused()
    {
        var draft = new EventDraft { DealId = 1, Title = new string('t', Limits.Title) };
        Assert.Empty(draft.Validate(_today));

        draft.Title += "t";
        Assert.True(draft.Validate(_today).ContainsKey(nameof(EventDraft.Title)));
    }

    [Theory]
    [InlineData("\u202ESneaky Outlet", "U+202E")]
    [InlineData("Sneaky\u2066 Outlet", "U+2066")]
    public void Validate_NameOrTitleWithABidiControl_IsRefusedBesideTheField(string text, string code)
    {
        var errors = new[]
        {
            new OutletDraft { Name = text }.Validate().GetValueOrDefault(nameof(OutletDraft.Name)),
            new PartyDraft { Name = text }.Validate().GetValueOrDefault(nameof(PartyDraft.Name)),
            new DealDraft { Title = text, Summary = "A round." }.Validate().GetValueOrDefault(nameof(DealDraft.Title)),
            new EventDraft { DealId = 1, Title = text }.Validate(_today).GetValueOrDefault(nameof(EventDraft.Title)),
        };

        Assert.All(errors, error => Assert.Contains($"reverses or reorders the text around it ({code})", error, StringComparison.Ordinal));
    }
}
