using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.FunctionalTests.Services.Exchange;
using DealTracker.Web.Services.Editing;
using DealTracker.Web.Services.Exchange;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary><c>POST /api/import</c> through HTTP: a dry run unless asked, lists left out, the file's limits.</summary>
public sealed class ImportApiTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new() { Seed = false };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Import_NoApplyParameter_DryRunStoresNothing()
    {
        var editor = await _app.CreateEditorClientAsync();

        var response = await editor.PostAsync("/api/import", Json(DealImporterTests.Generate("dry-run", 5)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("applied").GetBoolean());
        Assert.Equal(5, result.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("kind").GetString() == "Report"));
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Theory]
    [InlineData("deal.parties")]
    [InlineData("reports.reliances")]
    [InlineData("reports.claims")]
    [InlineData("parties")]
    [InlineData("outlets")]
    [InlineData("events")]
    public async Task Import_ListLeftOutOrNull_IsTakenAsEmptyNot500(string path)
    {
        var editor = await _app.CreateEditorClientAsync();
        foreach (var remove in new[] { true, false })
        {
            var document = JsonNode.Parse(JsonSerializer.Serialize(DealImporterTests.Generate("missing-lists", 2), JsonSerializerOptions.Web))!;
            var (parent, name) = path.Split('.') is [var list, var field] ? (document[list]!, field) : (document, path);
            foreach (var holder in parent is JsonArray array ? [.. array.Select(a => a!.AsObject())] : new[] { parent.AsObject() })
            {
                if (remove)
                {
                    holder.Remove(name);
                }
                else
                {
                    holder[name] = null;
                }
            }

            var response = await editor.PostAsync("/api/import?apply=true", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Import_MoreReportsThanTheLimit_Answers400NamingReportsAndStoresNothing()
    {
        var document = DealImporterTests.Generate("too-many", 1);
        var editor = await _app.CreateEditorClientAsync();
        var many = Enumerable.Range(0, Limits.ReportsPerImport + 1).Select(i => document.Reports[0] with { Id = i, Url = null, Claims = [], Reliances = [] }).ToList();

        var response = await editor.PostAsync("/api/import?apply=true", Json(document with { Reports = many }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at most 10,000 reports", problem.GetProperty("errors").GetProperty("reports")[0].GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    // Six applying imports of one new deal at once: each reads the store after the one before it saved, so the deal, its outlets,
    // parties and reports are added once, and no import answers 500 on a unique slug or link.
    [Fact]
    public async Task Import_SameNewDealSixTimesInParallel_AddsItOnceAndNeverAnswers500()
    {
        var document = DealImporterTests.Generate("parallel", 3);
        var editor = await _app.CreateEditorClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => editor.PostAsync("/api/import?apply=true", Json(document))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var results = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<ImportResult>(JsonSerializerOptions.Web)));
        Assert.Single(results, r => r!.Added > 0);
        Assert.All(results.Where(r => r!.Added == 0), r => Assert.Equal((0, 0), (r!.Changed, r.Rejected)));
        await using var db = _app.CreateDbContext();
        Assert.Equal(1, await db.Deals.CountAsync(d => d.Slug == "parallel"));
        Assert.Equal(3, await db.Reports.CountAsync(r => r.Url!.Contains("/parallel/")));
        Assert.Equal(20, await db.Outlets.CountAsync(o => o.Slug.StartsWith("parallel-")));
    }

    [Theory]
    [InlineData("?apply=yes")]
    [InlineData("?apply=1")]
    [InlineData("?apply=")]
    [InlineData("?apply=true&apply=false")]
    [InlineData("?apply=true&apply=true")]
    public async Task Import_ApplyNotTrueOrFalse_Answers400NamingApplyAndItsValues(string query)
    {
        var editor = await _app.CreateEditorClientAsync();

        var response = await editor.PostAsync($"/api/import{query}", Json(DealImporterTests.Generate("apply-values", 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("apply")[0].GetString();
        Assert.Contains("true", message, StringComparison.Ordinal);
        Assert.Contains("false", message, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Slug == "apply-values"));
    }

    [Theory]
    [InlineData("?apply=TRUE", true)]
    [InlineData("?apply=false", false)]
    public async Task Import_ApplyInAnyCase_IsRead(string query, bool applied)
    {
        var editor = await _app.CreateEditorClientAsync();

        var response = await editor.PostAsync($"/api/import{query}", Json(DealImporterTests.Generate($"apply-case-{applied}".ToLowerInvariant(), 1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(applied, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetBoolean());
    }

    [Fact]
    public async Task Import_LeadingByteOrderMark_IsRead()
    {
        var editor = await _app.CreateEditorClientAsync();
        byte[] body = [0xEF, 0xBB, 0xBF, .. JsonSerializer.SerializeToUtf8Bytes(DealImporterTests.Generate("bom", 1), JsonSerializerOptions.Web)];

        var response = await editor.PostAsync("/api/import?apply=true", Bytes(body, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = _app.CreateDbContext();
        Assert.True(await db.Deals.AnyAsync(d => d.Slug == "bom"));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16le")]
    [InlineData("iso-8859-1")]
    public async Task Import_BodyInAnotherCharset_Answers415SayingUtf8IsRequired(string charset)
    {
        var editor = await _app.CreateEditorClientAsync();
        var json = JsonSerializer.Serialize(DealImporterTests.Generate("utf16", 1), JsonSerializerOptions.Web);

        var response = await editor.PostAsync("/api/import?apply=true", Bytes(Encoding.Unicode.GetBytes(json), $"application/json; charset={charset}"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InvalidUtf8_Answers400AndStoresNothing()
    {
        var editor = await _app.CreateEditorClientAsync();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(DealImporterTests.Generate("bad-bytes", 1), JsonSerializerOptions.Web);
        var name = bytes.AsSpan().IndexOf("Buyer of bad-bytes"u8);
        bytes[name + 6] = 0xC3;
        bytes[name + 7] = 0x28; // an invalid two-byte sequence

        var response = await editor.PostAsync("/api/import?apply=true", Bytes(bytes, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Slug == "bad-bytes"));
    }

    [Fact]
    public async Task Import_ValueOfTheWrongType_Answers400NamingItsPathWithoutTypeNames()
    {
        var editor = await _app.CreateEditorClientAsync();
        var document = JsonNode.Parse(JsonSerializer.Serialize(DealImporterTests.Generate("wrong-type", 1), JsonSerializerOptions.Web))!;
        document["reports"]![0]!["claims"]![1] = "x";

        var response = await editor.PostAsync("/api/import", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("reports[0].claims[1]", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("DealTracker.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
    }

    private static ByteArrayContent Bytes(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static StringContent Json(DealExportDocument document) =>
        new(JsonSerializer.Serialize(document, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
}
