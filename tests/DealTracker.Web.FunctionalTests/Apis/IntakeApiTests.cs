using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Intake;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// The intake endpoints' answers to bad input: every one a 4xx problem naming the field or parameter, never a
/// 500, and nothing changed; strangers get 401.
/// </summary>
public sealed class IntakeApiTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("status=maybe", "status")]
    [InlineData("hasFigures=yes", "hasFigures")]
    [InlineData("order=oldest", "order")]
    [InlineData("hasFigures=%20true%20", "hasFigures")]
    [InlineData("outlet=reuters&outlet=axios", "outlet")]
    [InlineData("status=new&status=done", "status")]
    [InlineData("page=1&page=2", "page")]
    [InlineData("outlet=no-such-outlet", "outlet")]
    [InlineData("deal=no-such-deal", "deal")]
    public async Task ListInbox_BadQueryValue_Answers400NamingTheParameter(string query, string parameter)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.GetAsync("/api/inbox?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(10737420)]
    public async Task ListInbox_PagePastTheEnd_AnswersAnEmptyPage(int page)
    {
        var editor = await app.CreateEditorClientAsync();

        var inbox = await editor.GetFromJsonAsync<JsonElement>($"/api/inbox?status=all&pageSize=100&page={page}");

        Assert.Empty(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal(page, inbox.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:application/rss+xml,<rss/>")]
    [InlineData("//feeds.example.com/rss")]
    [InlineData("feeds.example.com/rss")]
    [InlineData("http://[::1")]
    [InlineData("http://feeds.example.com:99999/rss")]
    [InlineData("http:///rss")]
    [InlineData("https://:secret@feeds.example.com/rss")]
    [InlineData("https://feeds.example.com/\u202Efeed")]
    public async Task AddFeed_AddressThatIsNotAWebAddress_Answers400NamingUrl(string url)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.PostAsJsonAsync("/api/outlets/axios/feeds", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), url);
        Assert.Empty(await editor.GetFromJsonAsync<JsonElement[]>("/api/outlets/axios/feeds") ?? []);
    }

    [Theory]
    [InlineData("https://feeds.example.com/a b.xml", "cannot hold a space (U+0020)")]
    [InlineData("https://feeds.example.com/\u200Bfeed.xml", "invisible character (U+200B")]
    [InlineData("https://exa\u200Bmple.com/feed", "invisible character (U+200B")]
    [InlineData("https://feeds.example.com/\u00AD.xml", "invisible character (U+00AD")]
    [InlineData("https://feeds.example.com/feed\uFEFF.xml", "invisible character (U+FEFF")]
    public async Task AddFeed_AddressWithASpaceOrInvisibleCharacter_Answers400NamingItAndLogsNoError(string url, string expected)
    {
        var editor = await app.CreateEditorClientAsync();
        var logged = app.Logs.Messages.Count;

        var response = await editor.PostAsJsonAsync("/api/outlets/axios/feeds", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("url")[0].GetString();
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("someone else", message, StringComparison.Ordinal);
        Assert.Empty(await editor.GetFromJsonAsync<JsonElement[]>("/api/outlets/axios/feeds") ?? []);
        // Bad input is no database failure: nothing about a failed save (EF Core's error, with its stack) in the log.
        Assert.DoesNotContain(app.Logs.Messages.Skip(logged), m => m.Contains("saving changes", StringComparison.Ordinal) || m.Contains("constraint failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddFeed_SameFeedSpelledAnotherWay_Answers400AlreadyWatched()
    {
        var editor = await app.CreateEditorClientAsync();
        var first = await editor.PostAsJsonAsync("/api/outlets/financial-times/feeds", new { url = "https://feeds.example.com/ft/rss?edition=uk&format=xml" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        foreach (var url in new[] { "http://WWW.feeds.example.com/ft/rss/?format=xml&edition=uk&utm_source=x", "https://feeds.example.com:443/ft/rss?edition=uk&format=xml#top" })
        {
            var again = await editor.PostAsJsonAsync("/api/outlets/financial-times/feeds", new { url });
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("already watched", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Single(await editor.GetFromJsonAsync<JsonElement[]>("/api/outlets/financial-times/feeds") ?? []);
    }

    [Theory]
    [InlineData("POST", "/api/outlets/axios/feeds", "{\"url\": ")]
    [InlineData("POST", "/api/outlets/axios/feeds", "{\"url\": 42}")]
    [InlineData("POST", "/api/outlets/axios/feeds", "[\"https://feeds.example.com/rss\"]")]
    [InlineData("POST", "/api/article", "{\"url\": {\"href\": \"x\"}}")]
    [InlineData("POST", "/api/inbox/1/dismiss", "{\"reason\": 7}")]
    [InlineData("POST", "/api/outlets/axios/feeds", "{\"url\": \"https://feeds.example.com/\\ud800\"}")]
    [InlineData("POST", "/api/article", "{\"url\": \"https://feeds.example.com/\\udc00\"}")]
    [InlineData("POST", "/api/inbox/1/dismiss", "{\"reason\": \"half \\ud800 a character\"}")]
    [InlineData("POST", "/api/outlets/axios/feeds", "")]
    [InlineData("POST", "/api/outlets/axios/feeds", "null")]
    [InlineData("POST", "/api/outlets/axios/feeds", "{\"link\": \"https://feeds.example.com/rss\"}")]
    [InlineData("POST", "/api/article", "{\"url\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    public async Task Write_MalformedJsonBody_Answers400Problem(string method, string path, string body)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dismiss_ItemAlreadyDoneOrDismissedOrWithAnOverlongReason_Answers400NamingTheFieldAndChangesNothing()
    {
        var editor = await app.CreateEditorClientAsync();
        int doneId, dismissedId, reportId;
        await using (var db = app.CreateDbContext())
        {
            reportId = await db.Reports.Select(r => r.Id).FirstAsync();
            var outletId = await db.Outlets.Where(o => o.Slug == "reuters").Select(o => o.Id).SingleAsync();
            InboxItem Item(string key, InboxStatus status) => new()
            {
                OutletId = outletId, Title = "Triage " + key, Link = $"https://example.com/triage/{key}", NormalisedLink = $"//example.com/triage/{key}",
                TitleKey = "triage " + key, FetchedAt = DateTime.UtcNow, Status = status, ReportId = status == InboxStatus.Done ? reportId : null,
            };
            var doneItem = Item("done", InboxStatus.Done);
            var dismissedItem = Item("dismissed", InboxStatus.Dismissed);
            dismissedItem.DismissReason = "The first reason";
            db.InboxItems.AddRange(doneItem, dismissedItem);
            await db.SaveChangesAsync();
            (doneId, dismissedId) = (doneItem.Id, dismissedItem.Id);
        }

        var onDone = await editor.PostAsJsonAsync($"/api/inbox/{doneId}/dismiss", new { reason = "late" });
        var overlong = await editor.PostAsJsonAsync($"/api/inbox/{dismissedId}/dismiss", new { reason = new string('r', 501) });
        var again = await editor.PostAsJsonAsync($"/api/inbox/{dismissedId}/dismiss", new { reason = "Not about a deal" });

        Assert.Equal(HttpStatusCode.BadRequest, onDone.StatusCode);
        Assert.Contains($"report {reportId}", (await onDone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.True((await overlong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        // Dismissed once is dismissed: a second dismissal never overwrites the first reason.
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already dismissed", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        var done = await editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{doneId}");
        Assert.Equal(("done", reportId, JsonValueKind.Null), (done.GetProperty("status").GetString(), done.GetProperty("reportId").GetInt32(), done.GetProperty("dismissReason").ValueKind));
        Assert.Equal("The first reason", (await editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{dismissedId}")).GetProperty("dismissReason").GetString());
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("line one\r\nline two")]
    [InlineData("line one\u2028line two")]
    public async Task Dismiss_ReasonWithALineBreak_Answers400NamingReasonAndLeavesTheItemNew(string reason)
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync($"line-break-{reason.Length}-{(int)reason[8]}", "reuters");

        var response = await editor.PostAsJsonAsync($"/api/inbox/{itemId}/dismiss", new { reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A reason is one line: it cannot hold a line break.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        var item = await editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}");
        Assert.Equal(("new", JsonValueKind.Null), (item.GetProperty("status").GetString(), item.GetProperty("dismissReason").ValueKind));
    }

    [Fact]
    public async Task Dismiss_ReasonWithABidiControl_Answers400NamingReasonAndLeavesTheItemNew()
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync("bidi-reason", "reuters");

        // "\u202E" shows the reason after it reversed: "Not about the deal" could read as something else in the inbox.
        var response = await editor.PostAsJsonAsync($"/api/inbox/{itemId}/dismiss", new { reason = "\u202Elaed eht tuoba toN" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("U+202E", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        var item = await editor.GetFromJsonAsync<JsonElement>($"/api/inbox/{itemId}");
        Assert.Equal(("new", JsonValueKind.Null), (item.GetProperty("status").GetString(), item.GetProperty("dismissReason").ValueKind));
    }

    [Fact]
    public async Task Restore_DismissedItem_PutsItBackToNewSoItCanBeDismissedWithAnotherReason()
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync("restore", "reuters");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/inbox/{itemId}/dismiss", new { reason = "By mistake" })).StatusCode);

        var restored = await editor.PostAsync($"/api/inbox/{itemId}/restore", null);
        var onNew = await editor.PostAsync($"/api/inbox/{itemId}/restore", null);
        var dismissed = await editor.PostAsJsonAsync($"/api/inbox/{itemId}/dismiss", new { reason = "Not about a deal" });

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var item = await restored.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("new", JsonValueKind.Null), (item.GetProperty("status").GetString(), item.GetProperty("dismissReason").ValueKind));
        Assert.Equal(HttpStatusCode.BadRequest, onNew.StatusCode);
        Assert.True((await onNew.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal("Not about a deal", (await dismissed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dismissReason").GetString());
    }

    [Theory]
    [InlineData("outlet=REUTERS")]
    [InlineData("outlet=Reuters")]
    [InlineData("deal=AMAZON-OPENAI-2026-ROUND")]
    public async Task ListInbox_SlugInCapitals_IsTheSameSlug(string filter)
    {
        var editor = await app.CreateEditorClientAsync();
        await AddItemAsync($"capitals-{filter.Length}-{filter[^1]}", "reuters");
        var lower = await editor.GetFromJsonAsync<JsonElement>("/api/inbox?status=all&" + filter.ToLowerInvariant());

        var response = await editor.GetAsync("/api/inbox?status=all&" + filter);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbox = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(lower.GetProperty("total").GetInt32(), inbox.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SaveFromInboxItem_EightSavesOfOneDraftAtOnce_MakeOneReport()
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync("at-once", "reuters");
        var draft = await DraftAsync(editor, itemId);
        draft["url"] = null; // so the one-report-per-link rule cannot be what stops the others

        var saves = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => editor.PostAsync("/api/reports", JsonContent.Create(draft))));

        Assert.True(saves.Count(s => s.StatusCode == HttpStatusCode.Created) == 1, await saves[0].Content.ReadAsStringAsync());
        Assert.All(saves.Where(s => s.StatusCode != HttpStatusCode.Created), s => Assert.True(s.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.ServiceUnavailable, s.StatusCode.ToString()));
        await using var db = app.CreateDbContext();
        var headline = draft["headline"]!.GetValue<string>();
        Assert.Equal(1, await db.Reports.CountAsync(r => r.Headline == headline));
        var item = await db.InboxItems.SingleAsync(i => i.Id == itemId);
        Assert.Equal(InboxStatus.Done, item.Status);
        Assert.Equal(await db.Reports.Where(r => r.Headline == headline).Select(r => (int?)r.Id).SingleAsync(), item.ReportId);
    }

    [Theory]
    [InlineData("reuters", true)]
    [InlineData("axios", true)]
    [InlineData("axios", false)]
    public async Task SaveFromInboxItem_DraftOfAnotherItem_Answers400AndLeavesThatItemNew(string otherOutlet, bool keepLink)
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync($"mine-{otherOutlet}-{keepLink}", "reuters");
        var otherId = await AddItemAsync($"other-{otherOutlet}-{keepLink}", otherOutlet);
        var draft = await DraftAsync(editor, itemId);
        draft["inboxItemId"] = otherId;
        if (!keepLink)
        {
            draft["url"] = null;
        }

        var response = await editor.PostAsync("/api/reports", JsonContent.Create(draft));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("InboxItemId", out _), body);
        await using var db = app.CreateDbContext();
        Assert.Equal(InboxStatus.New, await db.InboxItems.Where(i => i.Id == otherId).Select(i => i.Status).SingleAsync());
        var headline = draft["headline"]!.GetValue<string>();
        Assert.False(await db.Reports.AnyAsync(r => r.Headline == headline));
    }

    [Fact]
    public async Task SaveFromInboxItem_ItemIdSentAsText_Answers400AndLeavesTheItemNew()
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync("id-as-text", "reuters");
        var draft = await DraftAsync(editor, itemId);
        draft["inboxItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await editor.PostAsync("/api/reports", JsonContent.Create(draft));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Equal(InboxStatus.New, await db.InboxItems.Where(i => i.Id == itemId).Select(i => i.Status).SingleAsync());
    }

    [Theory]
    [InlineData("headline", "Acme \u0007 raises $40 million", "Headline")]
    [InlineData("headline", "Acme \u001b[31m raises $40 million", "Headline")]
    [InlineData("url", "https://example.com/intake-save/\u202Ebidi", "Url")]
    public async Task SaveFromInboxItem_ControlCharacterOrDirectionMark_Answers400NamingTheField(string field, string value, string error)
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync($"control-{field}-{value.Length}", "reuters");
        var draft = await DraftAsync(editor, itemId);
        draft[field] = value;

        var response = await editor.PostAsync("/api/reports", JsonContent.Create(draft));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(error, out _), body);
        await using var db = app.CreateDbContext();
        Assert.Equal(InboxStatus.New, await db.InboxItems.Where(i => i.Id == itemId).Select(i => i.Status).SingleAsync());
    }

    [Fact]
    public async Task Poll_ContentTypeThatDoesNotParse_Answers415()
    {
        var editor = await app.CreateEditorClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds/999999/poll") { Content = new ByteArrayContent("x"u8.ToArray()) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain;;");

        var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task InboxDraft_StoryLeaningOnAnonymousSources_HasASourceNoteSayingSoThatTheSavedReportShows()
    {
        var editor = await app.CreateEditorClientAsync();
        var itemId = await AddItemAsync("anonymous-note", "reuters", "Acme is raising the money, according to people familiar with the matter.");

        var draft = await DraftAsync(editor, itemId);
        var response = await editor.PostAsync("/api/reports", JsonContent.Create(draft));

        Assert.Equal("Relies on anonymous sources: «people familiar with the matter».", draft["sourceNote"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var page = await app.CreateClient().GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Relies on anonymous sources: «people familiar with the matter».", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    /// <summary>A new inbox item with a money figure in its title, for the outlet with slug <paramref name="outlet"/>; returns its id.</summary>
    private async Task<int> AddItemAsync(string key, string outlet, string? summary = null)
    {
        await using var db = app.CreateDbContext();
        var outletId = await db.Outlets.Where(o => o.Slug == outlet).Select(o => o.Id).SingleAsync();
        var item = new InboxItem
        {
            OutletId = outletId, Title = $"Acme {key} raises $40 million", Link = $"https://example.com/intake-save/{key}",
            NormalisedLink = StoryLinks.Key($"https://example.com/intake-save/{key}")!, TitleKey = $"acme {key} raises $ 40 million", FetchedAt = DateTime.UtcNow, Summary = summary,
        };
        db.InboxItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>The item's draft report without its proposed claims (the test items concern no tracked deal, so a claim could not be saved).</summary>
    private static async Task<System.Text.Json.Nodes.JsonObject> DraftAsync(HttpClient editor, int itemId)
    {
        var draft = (await editor.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/inbox/{itemId}/draft"))!["draft"]!.AsObject().DeepClone().AsObject();
        draft["claims"] = new System.Text.Json.Nodes.JsonArray();
        return draft;
    }

    [Theory]
    [InlineData("DELETE", "/api/outlets/reuters/feeds/999999")]
    [InlineData("GET", "/api/outlets/no-such-outlet/feeds")]
    [InlineData("POST", "/api/feeds/999999/poll")]
    [InlineData("GET", "/api/inbox/999999")]
    [InlineData("GET", "/api/inbox/999999/draft")]
    [InlineData("POST", "/api/inbox/999999/dismiss")]
    [InlineData("POST", "/api/inbox/999999/restore")]
    public async Task Intake_UnknownOutletFeedOrItem_Answers404Problem(string method, string path)
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/api/outlets/reuters/feeds")]
    [InlineData("POST", "/api/outlets/reuters/feeds")]
    [InlineData("DELETE", "/api/outlets/reuters/feeds/1")]
    [InlineData("POST", "/api/feeds/1/poll")]
    [InlineData("GET", "/api/inbox")]
    [InlineData("GET", "/api/inbox/1")]
    [InlineData("GET", "/api/inbox/1/draft")]
    [InlineData("POST", "/api/inbox/1/dismiss")]
    [InlineData("POST", "/api/inbox/1/restore")]
    [InlineData("POST", "/api/article")]
    public async Task Intake_Anonymous_Answers401(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { url = "https://feeds.example.com/rss" });
        }

        var response = await app.CreateBrowserLikeClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AddFeed_FormPostWithTheEditorsCookie_IsNotAccepted()
    {
        var editor = await app.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/outlets/new-york-post/feeds", new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://feeds.example.com/forged" }));

        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.DoesNotContain("forged", await editor.GetStringAsync("/api/outlets/new-york-post/feeds"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_SignedInWithoutARole_Answers403AndTheInboxPageIsRefused()
    {
        const string email = "intake-no-role@dealtracker.test", password = "an intake passphrase with no role";
        await app.EnsureAccountAsync(email, password, DealTracker.Web.Accounts.Roles.Editor);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DealTracker.Web.Accounts.EditorUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync(email))!, DealTracker.Web.Accounts.Roles.Editor);
        }

        var client = await app.CreateSignedInClientAsync(email, password);
        var endpoints = new[]
        {
            ("GET", "/api/outlets/reuters/feeds"), ("POST", "/api/outlets/reuters/feeds"), ("DELETE", "/api/outlets/reuters/feeds/1"),
            ("POST", "/api/feeds/1/poll"), ("GET", "/api/inbox"), ("GET", "/api/inbox/1"), ("GET", "/api/inbox/1/draft"),
            ("POST", "/api/inbox/1/dismiss"), ("POST", "/api/article"),
        };

        foreach (var (method, path) in endpoints)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new { url = "https://feeds.example.com/no-role", reason = "no role" });
            }

            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}, not 403.");
        }

        var page = await client.GetAsync("/admin/inbox");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var editor = await app.CreateEditorClientAsync();
        Assert.DoesNotContain("no-role", await editor.GetStringAsync("/api/outlets/reuters/feeds"), StringComparison.Ordinal);
    }
}
