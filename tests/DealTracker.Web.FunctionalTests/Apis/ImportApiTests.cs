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

    private static StringContent Json(DealExportDocument document) =>
        new(JsonSerializer.Serialize(document, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
}
