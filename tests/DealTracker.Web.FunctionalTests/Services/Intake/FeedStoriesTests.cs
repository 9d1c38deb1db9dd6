using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Domain.Intake;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Services.Intake;

/// <summary>
/// What counts as one story in the inbox, judged as an editor would: copies of one wire story from several feeds are one item,
/// but a reversed direction, another investor, another scale, a collapse of talks or a recurring column's next edition are
/// stories of their own; a long feed lands over several polls; an item with no web link is kept; a feed's correction to a new
/// item is taken; and a duplicate's draft still names its deal.
/// </summary>
public sealed class FeedStoriesTests : IAsyncLifetime
{
    private readonly IntakeHost _host = new() { Settings = { ["Intake:AllowPrivateAddresses"] = "true" } };

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("Microsoft to invest $10 billion in OpenAI over several years, people familiar say", "OpenAI to invest $10 billion in Microsoft over several years, people familiar say")]
    [InlineData("Exclusive: Amazon is in advanced talks to invest as much as $50 billion in OpenAI's new funding round, people familiar with the matter say",
        "Exclusive: Microsoft is in advanced talks to invest as much as $50 billion in OpenAI's new funding round, people familiar with the matter say")]
    [InlineData("Google in talks to invest up to $2 billion in Anthropic, sources say", "Google abandons talks to invest up to $2 billion in Anthropic, sources say")]
    [InlineData("SoftBank's Vision Fund is preparing to commit as much as $5 billion to a new AI infrastructure venture in Texas, according to a person familiar",
        "SoftBank's Vision Fund is preparing to commit as much as $5 million to a new AI infrastructure venture in Texas, according to a person familiar")]
    public async Task Poll_SimilarTitlesTellingAnotherStory_LandAsNewItemsNotDuplicates(string first, string second)
    {
        var wire = await PollAsync("reuters", "wire", Rss(Item(first, "https://wire.example.com/a")));
        var other = await PollAsync("forbes", "other", Rss(Item(second, "https://other.example.com/b")));

        Assert.Equal((1, 0), (Int(wire, "newItems"), Int(wire, "duplicates")));
        Assert.Equal((1, 0), (Int(other, "newItems"), Int(other, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(2, await db.InboxItems.CountAsync(i => i.Status == InboxStatus.New && i.DuplicateOfId == null));
    }

    [Fact]
    public async Task Poll_OneWireStoryRetitledByAnotherFeed_IsADuplicateWhoseDraftNamesItsDeal()
    {
        await PollAsync("reuters", "wire", Rss(Item("Amazon in talks to invest up to $50 billion in OpenAI, sources say", "https://wire.example.com/amazon-openai",
            "<description>Amazon is in talks to invest as much as $50 billion in OpenAI, the Wall Street Journal reported.</description>")));
        var copy = await PollAsync("forbes", "copy", Rss(Item("EXCLUSIVE-Amazon in talks to invest up to $50 billion in OpenAI - Reuters", "https://copy.example.com/story")));

        Assert.Equal((0, 1), (Int(copy, "newItems"), Int(copy, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        var duplicate = await db.InboxItems.SingleAsync(i => i.DuplicateOfId != null);
        var draft = (await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{duplicate.Id}/draft")).GetProperty("draft");
        var deal = await db.Deals.SingleAsync(d => d.Slug == "amazon-openai-2026-round");
        Assert.All(draft.GetProperty("claims").EnumerateArray(), c => Assert.Equal(deal.Id, c.GetProperty("dealId").GetInt32()));
        Assert.NotEmpty(draft.GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task Poll_RecurringColumnTitleInOneFeed_EachEditionIsItsOwnItem()
    {
        var feed = Rss(
            Item("Deals of the day: mergers and acquisitions", "https://ft.example.com/deals-1", "<pubDate>Mon, 01 Dec 2025 08:00:00 GMT</pubDate><description>Nvidia agrees a $2 billion stake in a chip designer.</description>") +
            Item("Deals of the day: mergers and acquisitions", "https://ft.example.com/deals-2", "<pubDate>Tue, 02 Dec 2025 08:00:00 GMT</pubDate><description>Amazon is in talks to invest as much as $50 billion in OpenAI.</description>"));

        var poll = await PollAsync("forbes", "column", feed);

        Assert.Equal((2, 0), (Int(poll, "newItems"), Int(poll, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        var amazon = await db.InboxItems.SingleAsync(i => i.Link == "https://ft.example.com/deals-2");
        Assert.Equal((InboxStatus.New, (int?)null), (amazon.Status, amazon.DuplicateOfId));
        Assert.NotNull(amazon.DealId);
    }

    [Fact]
    public async Task Poll_FeedLongerThanThePollsCap_LandsTheRestAtTheNextPolls()
    {
        var items = string.Concat(Enumerable.Range(1, 250).Select(i => Item($"Wire brief number {i} on the markets today", $"https://example.com/brief/{i}")));
        var feedId = await _host.AddFeedAsync("reuters", _host.Feeds.Serve("long", Rss(items)));

        var first = await _host.PollAsync(feedId);
        var second = await _host.PollAsync(feedId);
        var third = await _host.PollAsync(feedId);

        Assert.Equal((250, 200), (Int(first, "itemCount"), Int(first, "newItems")));
        Assert.Equal(50, Int(second, "newItems"));
        Assert.Equal((0, 0), (Int(third, "newItems"), Int(third, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(250, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task Poll_ItemsWithNoWebLink_AreKeptOnceWithoutALinkAndTheirDraftSaves()
    {
        var feed = Rss(
            Item("Amazon weighs a further $5 billion for OpenAI, sources say", null, "<description>No link on this one.</description>") +
            Item("Scripted link story about SoftBank and OpenAI", "javascript:alert(1)"));
        var feedId = await _host.AddFeedAsync("reuters", _host.Feeds.Serve("nolink", feed));

        var first = await _host.PollAsync(feedId);
        var again = await _host.PollAsync(feedId);

        Assert.Equal((2, 2), (Int(first, "itemCount"), Int(first, "newItems")));
        Assert.Equal(0, Int(again, "newItems"));
        var inbox = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox");
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("link").ValueKind));
        var amazon = items.Single(i => i.GetProperty("title").GetString()!.StartsWith("Amazon", StringComparison.Ordinal));
        var draft = (await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{amazon.GetProperty("id").GetInt32()}/draft")).GetProperty("draft");
        Assert.False(draft.TryGetProperty("url", out var url) && url.ValueKind != JsonValueKind.Null);

        var saved = await _host.Editor.PostAsJsonAsync("/api/reports", draft);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(InboxStatus.Done, (await db.InboxItems.SingleAsync(i => i.Id == amazon.GetProperty("id").GetInt32())).Status);
    }

    [Fact]
    public async Task Poll_FeedCorrectsANewItemsTitleAndSummary_TheItemIsReadAgain()
    {
        var feedId = await _host.AddFeedAsync("reuters", _host.Feeds.Serve("fix", Rss(Item("Amazon and OpenAI in talks", "https://wire.example.com/talks"))));
        await _host.PollAsync(feedId);
        _host.Feeds.Serve("fix", Rss(Item("Amazon to invest $3 billion in OpenAI", "https://wire.example.com/talks",
            "<description>Amazon will invest $3 billion in OpenAI, Reuters reported.</description>")));

        var again = await _host.PollAsync(feedId);

        Assert.Equal(0, Int(again, "newItems"));
        await using var db = _host.App.CreateDbContext();
        var item = await db.InboxItems.SingleAsync();
        Assert.Equal(("Amazon to invest $3 billion in OpenAI", 1), (item.Title, item.FigureCount));
        Assert.Contains("Reuters reported", item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_AmazonWebServicesSpelledOut_ConcernsTheComputeDealNotTheRound()
    {
        await PollAsync("reuters", "aws", Rss(Item("Amazon Web Services signs computing deal with OpenAI", "https://wire.example.com/aws")));

        var inbox = await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox");
        var item = inbox.GetProperty("items")[0];
        Assert.Equal("aws-openai-compute-2025", item.GetProperty("dealSlug").GetString());
        Assert.DoesNotContain("Amazon,", item.GetProperty("partiesNamed").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ScriptInASummary_IsNotReadAsText()
    {
        await PollAsync("reuters", "script", Rss(Item("Amazon weighs OpenAI stake", "https://wire.example.com/script",
            "<description><![CDATA[<p>Amazon may invest.</p><script>alert(1)</script><style>p{color:red}</style> More soon.]]></description>")));

        await using var db = _host.App.CreateDbContext();
        Assert.Equal("Amazon may invest. More soon.", (await db.InboxItems.SingleAsync()).Summary);
    }

    [Fact]
    public async Task Inbox_Times_AreWrittenInUtcWithTheirZone()
    {
        var feedId = await _host.AddFeedAsync("reuters", _host.Feeds.Serve("zone", Rss(Item("Amazon weighs OpenAI stake", "https://wire.example.com/zone",
            "<pubDate>Mon, 01 Dec 2025 23:30:00 GMT</pubDate>"))));
        await _host.PollAsync(feedId);

        var item = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("items")[0];
        var feed = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/outlets/reuters/feeds"))[0];
        Assert.Equal("2025-12-01T23:30:00Z", item.GetProperty("publishedAt").GetString());
        Assert.EndsWith("Z", item.GetProperty("fetchedAt").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", feed.GetProperty("lastSuccessAt").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", feed.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mon, 01 Dec 2025 23:30:00 EST", "2025-12-01")]
    [InlineData("Mon, 01 Dec 2025 00:30:00 CET", "2025-12-01")]
    [InlineData("2025-12-01T23:30:00-08:00", "2025-12-01")]
    [InlineData("Mon, 01 Dec 2025 12:00:00 GMT", "2025-12-01")]
    public async Task Draft_ItemDatedLateOrEarlyInItsOwnZone_IsPrefilledWithTheOutletsOwnDay(string pubDate, string expected)
    {
        await PollAsync("reuters", "zoned", Rss(Item("Amazon weighs OpenAI stake", "https://wire.example.com/zoned", $"<pubDate>{pubDate}</pubDate>")));

        await using var db = _host.App.CreateDbContext();
        var item = await db.InboxItems.SingleAsync();
        var draft = (await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{item.Id}/draft")).GetProperty("draft");
        Assert.Equal(expected, draft.GetProperty("publishedOn").GetString());
    }

    [Theory]
    [InlineData("<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>")]
    [InlineData("<pubDate>Wed, 31 Dec 1969 19:00:00 EST</pubDate>")]
    [InlineData("<pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate>")]
    [InlineData("<pubDate>1899-12-30T00:00:00Z</pubDate>")]
    public async Task Poll_PlaceholderDateBeforeAnyWebFeed_IsNoDateAndTheDraftLeavesItToTheEditor(string pubDate)
    {
        await PollAsync("reuters", "epoch", Rss(Item("Amazon weighs OpenAI stake", "https://wire.example.com/epoch", pubDate)));

        await using var db = _host.App.CreateDbContext();
        var item = await db.InboxItems.SingleAsync();
        Assert.Equal(((DateTime?)null, (DateOnly?)null), (item.PublishedAt, item.PublishedOn));
        var draft = (await _host.Editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{item.Id}/draft")).GetProperty("draft");
        Assert.False(draft.TryGetProperty("publishedOn", out var published) && published.ValueKind != JsonValueKind.Null, $"Proposed {published}.");
    }

    [Theory]
    [InlineData("Intel nears deal with Nvidia", "The chipmakers are close to an agreement worth $5 billion.")]
    [InlineData("Microsoft and Nvidia expand their AI partnership", "The two companies will build data centers together.")]
    [InlineData("SoftBank to invest $3 billion in a chip designer", "SoftBank's Vision Fund leads the round.")]
    [InlineData("Sam Altman says AI will change work", "He spoke at a conference in Paris.")]
    public async Task Poll_StoryNamingOnlyADealsSideParties_IsAttachedToNoDeal(string title, string summary)
    {
        // Nvidia, Microsoft and SoftBank are only possible participants in the round: a story about them is not a story about it.
        await PollAsync("reuters", "side", Rss(Item(title, "https://wire.example.com/side", $"<description>{summary}</description>")));

        var item = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, item.GetProperty("dealSlug").ValueKind);
        Assert.Equal(JsonValueKind.String, item.GetProperty("partiesNamed").ValueKind);
        Assert.True(item.GetProperty("score").GetInt32() < 50, $"Scored {item.GetProperty("score")}.");
    }

    [Theory]
    [InlineData("OpenAI weighs raising more capital", "The company has not said how much.", "amazon-openai-2026-round")]
    [InlineData("Nvidia joins OpenAI talks", "", "amazon-openai-2026-round")]
    [InlineData("Amazon could put $50 billion into AI", "", "amazon-openai-2026-round")]
    [InlineData("AWS expands OpenAI computing agreement", "", "aws-openai-compute-2025")]
    public async Task Poll_StoryNamingAPrincipalPartyWithASecondPartyAFigureOrADealWord_IsAttachedToTheDeal(string title, string summary, string deal)
    {
        await PollAsync("reuters", "principal", Rss(Item(title, "https://wire.example.com/principal", summary.Length == 0 ? "" : $"<description>{summary}</description>")));

        var item = (await _host.Editor.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("items")[0];
        Assert.Equal(deal, item.GetProperty("dealSlug").GetString());
    }

    [Fact]
    public async Task Poll_SameStoryAfterThousandsOfNewerItems_IsStillADuplicate()
    {
        const string story = "Nvidia agrees to buy a stake of $2 billion in a chip designer, sources say";
        await PollAsync("reuters", "first", Rss(Item(story, "https://wire.example.com/nvidia-stake")));
        await using (var db = _host.App.CreateDbContext())
        {
            // More newer stories than any "latest N" window: the story must still be found by its words.
            var outletId = await db.Outlets.Where(o => o.Slug == "forbes").Select(o => o.Id).SingleAsync();
            db.InboxItems.AddRange(Enumerable.Range(1, 2500).Select(i => new InboxItem
            {
                OutletId = outletId, Title = $"Market brief number {i} on the day's trading", Link = $"https://example.com/brief/{i}",
                NormalisedLink = StoryLinks.Key($"https://example.com/brief/{i}")!, TitleKey = $"market brief number {i} on the days trading", FetchedAt = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        var copy = await PollAsync("forbes", "copy", Rss(Item("EXCLUSIVE-" + story, "https://copy.example.com/nvidia")));

        Assert.Equal((0, 1), (Int(copy, "newItems"), Int(copy, "duplicates")));
        await using var check = _host.App.CreateDbContext();
        Assert.Equal(1, await check.InboxItems.CountAsync(i => i.TitleKey.Contains("nvidia") && i.Status == InboxStatus.New));
    }

    [Fact]
    public async Task Poll_CopyOfAStoryStoredBeforeStoryWords_IsStillADuplicate()
    {
        const string story = "Microsoft weighs a $3 billion stake in a data centre venture, sources say";
        await PollAsync("reuters", "before", Rss(Item(story, "https://wire.example.com/microsoft-stake")));
        await using (var db = _host.App.CreateDbContext())
        {
            await db.InboxItems.ExecuteUpdateAsync(set => set.SetProperty(i => i.StoryWords, (string?)null)); // as the migration leaves it
        }

        var copy = await PollAsync("forbes", "after", Rss(Item(story, "https://copy.example.com/microsoft")));

        Assert.Equal((0, 1), (Int(copy, "newItems"), Int(copy, "duplicates")));
        await using var check = _host.App.CreateDbContext();
        Assert.Equal(0, await check.InboxItems.CountAsync(i => i.StoryWords == null));
    }

    [Fact]
    public async Task Poll_FeedWhoseLinksChangeAtEachFetch_LandsEachStoryOnce()
    {
        static string Feed(int session) => Rss(
            Item("Nvidia weighs new chip plant investment in Texas", $"https://sess.example.com/a/1?sid={session}") +
            Item("Chip plant 2", $"https://sess.example.com/a/2?sid={session}"));
        var feedId = await _host.AddFeedAsync("reuters", _host.Feeds.Serve("session", Feed(1)));
        var first = await _host.PollAsync(feedId);

        _host.Feeds.Serve("session", Feed(2));
        var second = await _host.PollAsync(feedId);
        _host.Feeds.Serve("session", Feed(3));
        var third = await _host.PollAsync(feedId);

        Assert.Equal((2, 0), (Int(first, "newItems"), Int(first, "duplicates")));
        Assert.Equal((0, 0), (Int(second, "newItems"), Int(second, "duplicates")));
        Assert.Equal((0, 0), (Int(third, "newItems"), Int(third, "duplicates")));
        await using var db = _host.App.CreateDbContext();
        Assert.Equal(2, await db.InboxItems.CountAsync());
        Assert.All(await db.InboxItems.ToListAsync(), i => Assert.Equal(0, i.Duplicates));
    }

    [Fact]
    public async Task Poll_FeedRemovedAndAddedAgain_DismissedItemsStayDismissedAndNoCopyIsCounted()
    {
        var url = _host.Feeds.Serve("readd", Rss(
            Item("Amazon weighs a further $5 billion for OpenAI, sources say", null) +
            Item("SoftBank lines up a loan for its OpenAI stake", "https://wire.example.com/softbank-loan")));
        var feedId = await _host.AddFeedAsync("reuters", url);
        await _host.PollAsync(feedId);
        int linkless;
        await using (var db = _host.App.CreateDbContext())
        {
            linkless = await db.InboxItems.Where(i => i.Link == "").Select(i => i.Id).SingleAsync();
        }

        var dismissed = await _host.Editor.PostAsJsonAsync($"/api/inbox/{linkless}/dismiss", new { reason = "junk" });
        Assert.True(dismissed.IsSuccessStatusCode, await dismissed.Content.ReadAsStringAsync());
        var removed = await _host.Editor.DeleteAsync($"/api/outlets/reuters/feeds/{feedId}");
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());

        var again = await _host.PollAsync(await _host.AddFeedAsync("reuters", url));

        Assert.Equal((0, 0), (Int(again, "newItems"), Int(again, "duplicates")));
        await using var check = _host.App.CreateDbContext();
        var items = await check.InboxItems.OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(2, items.Count);
        Assert.Equal((InboxStatus.Dismissed, "junk"), (items.Single(i => i.Id == linkless).Status, items.Single(i => i.Id == linkless).DismissReason));
        Assert.All(items, i => Assert.Equal(0, i.Duplicates));
    }

    private async Task<JsonElement> PollAsync(string outlet, string name, string rss) =>
        await _host.PollAsync(await _host.AddFeedAsync(outlet, _host.Feeds.Serve(name, rss)));

    private static string Item(string title, string? link, string extra = "") =>
        $"<item><title>{System.Security.SecurityElement.Escape(title)}</title>{(link is null ? "" : $"<link>{System.Security.SecurityElement.Escape(link)}</link>")}{extra}</item>";

    private static string Rss(string items) => IntakeHost.Rss(items);

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
