using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

public sealed class ExtractApiTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Extract_SentenceWithThreeFigures_ReturnsEachWithPositionHedgeAndAmount()
    {
        const string text = "Reuters reported OpenAI is seeking up to $100 billion in a round that could value it around $830 billion, with Amazon at $15 billion to $25 billion.";

        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Equal(f.GetProperty("text").GetString(), text.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32())));
        Assert.Equal("upTo", figures[0].GetProperty("hedge").GetString());
        Assert.Equal(100_000_000_000m, figures[0].GetProperty("amount").GetDecimal());
        Assert.Equal("USD", figures[0].GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.Null, figures[0].GetProperty("low").ValueKind);
        Assert.Equal("approximately", figures[1].GetProperty("hedge").GetString());
        Assert.Equal("range", figures[2].GetProperty("hedge").GetString());
        Assert.Equal(JsonValueKind.Null, figures[2].GetProperty("amount").ValueKind);
        Assert.Equal(15_000_000_000m, figures[2].GetProperty("low").GetDecimal());
        Assert.Equal(25_000_000_000m, figures[2].GetProperty("high").GetDecimal());
    }

    [Fact]
    public async Task Extract_OtherWiresForms_ReturnsTheirCurrencies()
    {
        const string text = "Macquarie made an A$11.6 billion (£5.70 billion) offer. Reliance will invest Rs 1.8 lakh crore. Nestle paid 1.5 billion Swiss francs, about 900 million euros, and SK paid 620 billion won.";

        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures").EnumerateArray()
            .Select(f => (Text: f.GetProperty("text").GetString(), Currency: f.GetProperty("currency").GetString(), Amount: f.GetProperty("amount").GetDecimal(),
                          Hedge: f.GetProperty("hedge").GetString(), Words: f.GetProperty("words").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("A$11.6 billion", "AUD", 11_600_000_000m, "exact", "AUD 11.6B"),
                ("£5.70 billion", "GBP", 5_700_000_000m, "exact", "£5.7B"),
                ("Rs 1.8 lakh crore", "INR", 1_800_000_000_000m, "exact", "INR 1.8T"),
                ("1.5 billion Swiss francs", "CHF", 1_500_000_000m, "exact", "CHF 1.5B"),
                ("about 900 million euros", "EUR", 900_000_000m, "approximately", "~€900M"),
                ("620 billion won", "KRW", 620_000_000_000m, "exact", "KRW 620B"),
            ],
            figures);
    }

    [Fact]
    public async Task Extract_SeedArticle_FindsReutersFigureAndNoDates()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text = SeedArticle.Text });

        var figures = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("text").GetString() == "as much as $50 billion" && f.GetProperty("hedge").GetString() == "upTo");
        Assert.DoesNotContain(figures, f => f.GetProperty("text").GetString()!.Contains("2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_SeedArticle_ReadsMetricInvestorSourcesStagesAndResponses()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text = SeedArticle.Text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var figures = body.GetProperty("figures").EnumerateArray().ToList();
        var invest = figures.First(f => f.GetProperty("text").GetString() == "as much as $50 billion");
        Assert.Equal("investment", invest.GetProperty("metric").GetString());
        Assert.Equal("Amazon", invest.GetProperty("investor").GetString());
        var round = figures.First(f => f.GetProperty("text").GetString() == "up to $100 billion");
        Assert.Equal("roundSize", round.GetProperty("metric").GetString());
        Assert.Equal(JsonValueKind.Null, round.GetProperty("investor").ValueKind);
        Assert.Equal("valuation", figures.First(f => f.GetProperty("text").GetString() == "around $830 billion").GetProperty("metric").GetString());
        Assert.Equal("computeCommitment", figures.Single(f => f.GetProperty("text").GetString() == "$38 billion").GetProperty("metric").GetString());

        var sources = body.GetProperty("sources").EnumerateArray().ToList();
        // The name as written, the known outlet's canonical name beside it.
        var wsj = sources.First(s => s.GetProperty("outlet").GetString() == "The Wall Street Journal");
        Assert.Equal("named", wsj.GetProperty("kind").GetString());
        Assert.Equal("Wall Street Journal", wsj.GetProperty("name").GetString());
        Assert.Equal("Wall Street Journal", SeedArticle.Text.Substring(wsj.GetProperty("start").GetInt32(), wsj.GetProperty("length").GetInt32()));
        Assert.Contains(sources, s => s.GetProperty("name").GetString() == "Reuters" && s.GetProperty("kind").GetString() == "named");

        var responses = body.GetProperty("responses").EnumerateArray().ToList();
        Assert.Contains(responses, r => r.GetProperty("party").GetString() == "Amazon" && r.GetProperty("wording").GetString() == "Amazon declined to comment");
        Assert.Contains(responses, r => r.GetProperty("party").GetString() == "OpenAI");
        Assert.Contains(body.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "early");
        Assert.Contains(body.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Amazon");
    }

    /// <summary>
    /// A source's <c>outlet</c> is the store's outlet it names, as the report form maps it ("WSJ" is "The Wall Street Journal"), and
    /// null when it names none ("Semafor" is no outlet of the seed).
    /// </summary>
    [Theory]
    [InlineData("Microsoft will invest $2 billion in the startup, WSJ reported.", "WSJ", "The Wall Street Journal")]
    [InlineData("Microsoft will invest $2 billion in the startup, the Journal reported.", "Journal", "The Wall Street Journal")]
    [InlineData("Microsoft will invest $2 billion in the startup, Semafor reported.", "Semafor", null)]
    public async Task Extract_SourceNamingAnOutlet_AnswersTheStoresOutletOrNull(string text, string name, string? outlet)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        var source = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sources").EnumerateArray().ToList());
        Assert.Equal((name, outlet), (source.GetProperty("name").GetString(), source.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task Extract_AnonymousSourcesAndAConversion_AnswersKindsAndTheConvertedMetric()
    {
        const string text = "Amazon is in talks to invest as much as $25 billion (£19 billion) in OpenAI, according to people familiar with the matter. Shares closed at $230.";

        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var figures = body.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(["investment", "investment", "other"], figures.Select(f => f.GetProperty("metric").GetString()));
        Assert.Equal(["Amazon", "Amazon"], figures.Take(2).Select(f => f.GetProperty("investor").GetString()));
        var source = Assert.Single(body.GetProperty("sources").EnumerateArray().ToList());
        Assert.Equal("anonymous", source.GetProperty("kind").GetString());
        Assert.Equal("people familiar with the matter", source.GetProperty("name").GetString());
        Assert.Empty(body.GetProperty("responses").EnumerateArray());
    }

    [Fact]
    public async Task Extract_PartyAddedToTheStore_IsReadWholeWhereTheTextWritesIt()
    {
        // A name written all in lower case ("bp") is no name to the reader's guess, but a party the store knows is read as written.
        const string text = "In January, bp signed an investment commitment of up to $10 billion to AI Company, Kapitalwatch reported.";
        using var client = _app.CreateClient();

        var before = await client.PostAsJsonAsync("/api/extract", new { text });
        await using (var db = _app.CreateDbContext())
        {
            db.Parties.Add(new Party { Slug = "bp", Name = "bp", Kind = PartyKind.Company });
            db.Outlets.Add(new Outlet { Slug = "kapitalwatch", Name = "Kapitalwatch" });
            await db.SaveChangesAsync();
        }

        var after = await client.PostAsJsonAsync("/api/extract", new { text });

        var guessed = await before.Content.ReadFromJsonAsync<JsonElement>();
        var known = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, guessed.GetProperty("figures")[0].GetProperty("investor").ValueKind);
        Assert.Equal("bp", known.GetProperty("figures")[0].GetProperty("investor").GetString());
        Assert.Contains(known.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "bp");
        Assert.DoesNotContain(known.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Kapitalwatch");
        Assert.Contains(known.GetProperty("sources").EnumerateArray(), s => s.GetProperty("name").GetString() == "Kapitalwatch" && s.GetProperty("kind").GetString() == "named");
    }

    [Theory]
    // A feed summary cut mid-sentence: until the twenty-sixth session the reader indexed a word before the first and this answered 500.
    [InlineData("acquired a $1 billion stake in Nokia through a directed share issuance.", "$1 billion")]
    [InlineData("Was valued at $5 billion in 2020, according to media reports", "$5 billion")]
    public async Task Extract_TextCutMidSentence_AnswersItsFigures(string text, string figure)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([figure], body.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"words\": \"$5 billion\"}")]
    [InlineData("{\"text\": 42}")]
    public async Task Extract_MalformedBody_Answers400WithAProblem(string body)
    {
        var response = await _app.CreateClient().PostAsync("/api/extract", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("text", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_TextOverTheLimit_Answers413()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text = new string('a', 100_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("100,000", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BodyOverTheLimit_Answers413()
    {
        var response = await _app.CreateClient().PostAsync("/api/extract", new StringContent("{\"text\": \"" + new string('a', 700 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Extract_TextAtTheLimitWithEveryCharacterEscaped_IsRead()
    {
        // 100,000 characters written as "\u00e9" each (as Python's json.dumps writes non-ASCII) are a 600 KB body: within the limits.
        var escaped = "Acme raised $5 million. " + string.Concat(Enumerable.Repeat("\\u00e9", 100_000 - 24));
        var response = await _app.CreateClient().PostAsync("/api/extract", new StringContent("{\"text\": \"" + escaped + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("$5 million", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("iso-8859-1")]
    public async Task Extract_BodyInAnotherCharset_Answers415(string charset)
    {
        var content = new ByteArrayContent(Encoding.GetEncoding(charset).GetBytes("{\"text\": \"Acme raised $5 million\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await _app.CreateClient().PostAsync("/api/extract", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(charset, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BodyAfterAByteOrderMark_IsRead()
    {
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"text\": \"Acme raised $5 million\"}")]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");

        var response = await _app.CreateClient().PostAsync("/api/extract", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("$5 million", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("figures")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Extract_NotJson_Answers415()
    {
        var response = await _app.CreateClient().PostAsync("/api/extract", new StringContent("text=$5 billion", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(9 * 1024)]
    [InlineData(99_900)]
    public async Task Extract_OneLongSentenceFullOfFigures_AnswersAtMost200FiguresWithShortContextsUnder1MB(int size)
    {
        // One sentence (no full stop) holding a figure every 14 characters: before the caps, every figure repeated it whole.
        var text = string.Concat(Enumerable.Repeat("paid $5 billion, ", size / 17)).TrimEnd(',', ' ');
        Assert.True(text.Length <= 100_000);

        var response = await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 1024 * 1024, $"{bytes.Length:N0} bytes out for {text.Length:N0} characters in");
        var answer = JsonDocument.Parse(bytes).RootElement;
        var figures = answer.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(text.Length / 17 + 1, answer.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(200, answer.GetProperty("total").GetInt32()), figures.Count);
        Assert.Equal(answer.GetProperty("total").GetInt32() - figures.Count, answer.GetProperty("omitted").GetInt32());
        Assert.All(figures, f =>
        {
            var context = f.GetProperty("sentence").GetString()!;
            Assert.InRange(context.Length, f.GetProperty("length").GetInt32(), 160);
            Assert.Equal(context, text.Substring(f.GetProperty("contextStart").GetInt32(), f.GetProperty("contextLength").GetInt32()));
            Assert.Contains(f.GetProperty("text").GetString()!, context, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Extract_ShortSentence_GivesTheWholeSentenceAsContext()
    {
        const string text = "Intro. Amazon could invest up to $50 billion in OpenAI. More text follows here.";

        var figure = (await (await _app.CreateClient().PostAsJsonAsync("/api/extract", new { text })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("figures")[0];

        Assert.Equal("Amazon could invest up to $50 billion in OpenAI.", figure.GetProperty("sentence").GetString());
        Assert.Equal(text.IndexOf("Amazon", StringComparison.Ordinal), figure.GetProperty("contextStart").GetInt32());
    }
}
