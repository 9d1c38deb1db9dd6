using System.Text;
using System.Text.Json.Nodes;
using DealTracker.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealTracker.Web.BrowserTests.Components.Pages.Admin.Import;

/// <summary>An editor imports an export file: the check says what would happen, then the import does it.</summary>
[Collection(EditingCollection.Name)]
public sealed class ImportDataTests(BrowserFixture fixture)
{
    private const string OutletSlug = "import-test-wire";

    [Fact]
    public async Task Import_FileWithANewAndABadReport_ChecksFirstThenImportsTheGoodOne()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var headline = $"Imported test report {Guid.NewGuid():N}"[..40];
        var file = await ExportWithTwoNewReportsAsync(page, headline);
        await page.SignInAsEditorAsync("/admin/import");

        await page.GetByLabel("Export file").SetInputFilesAsync(new FilePayload { Name = "deal.json", MimeType = "application/json", Buffer = file });

        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Would save" });
        await Expect(status).ToContainTextAsync("1 rejected");
        await Expect(page.Locator(".dt-import-lines tr").Filter(new() { HasTextString = "rejected" })).ToContainTextAsync("url: A link must be a full web address starting with http:// or https://.");
        // The check saved nothing: not even the file's new outlet (so not its report either). The timeline filtered by an outlet
        // the store lacks is a 400 page, so the API's outlet list says it.
        var outlets = await page.Context.APIRequest.GetAsync(fixture.Server.Url("/api/outlets"));
        Assert.DoesNotContain($"\"{OutletSlug}\"", await outlets.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/admin/import");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Export file").SetInputFilesAsync(new FilePayload { Name = "deal.json", MimeType = "application/json", Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Import [0-9]+ items$") }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported" })).ToBeVisibleAsync();
        await page.GotoAsync($"/deals/amazon-openai-2026-round/timeline?outlet={OutletSlug}");
        await Expect(page.Locator(".dt-entry-title", new() { HasTextString = headline })).ToHaveCountAsync(1);
        Assert.Empty(session.Errors);
    }

    // The deal's own export, with one new report by a new outlet added and one with a javascript: link.
    // (A round-size figure by an outlet of its own: the other editing tests read Amazon's investment card.)
    private async Task<byte[]> ExportWithTwoNewReportsAsync(IPage page, string headline)
    {
        var response = await page.Context.APIRequest.GetAsync(fixture.Server.Url("/api/deals/amazon-openai-2026-round/export.json"));
        var document = JsonNode.Parse(await response.TextAsync())!;
        var reports = document["reports"]!.AsArray();
        document["outlets"]!.AsArray().Add(new JsonObject { ["slug"] = OutletSlug, ["name"] = "Import Test Wire", ["kind"] = "wire", ["homepage"] = null });
        JsonObject NewReport(int id, string url, string title) => new()
        {
            ["id"] = id, ["outlet"] = OutletSlug, ["headline"] = title, ["summary"] = title, ["url"] = url,
            ["published"] = new JsonObject { ["date"] = "2026-02-03", ["precision"] = "day" },
            ["retrievedOn"] = null, ["sourceNote"] = null, ["status"] = "standing", ["retractionReason"] = null,
            ["reliances"] = new JsonArray(),
            ["claims"] = new JsonArray(new JsonObject
            {
                ["metric"] = "roundSize", ["party"] = null, ["statement"] = "OpenAI could raise up to $95 billion.",
                ["quote"] = "up to $95 billion", ["talksStage"] = null, ["status"] = "standing", ["retractionReason"] = null, ["note"] = null,
                ["money"] = new JsonObject { ["amount"] = 95_000_000_000m, ["currency"] = "USD", ["hedge"] = "upTo", ["low"] = null, ["high"] = null, ["words"] = "up to $95B" },
            }),
        };
        reports.Add(NewReport(900_001, $"https://www.reuters.com/test/{Guid.NewGuid():N}", headline));
        reports.Add(NewReport(900_002, "javascript:alert(1)", headline + " (bad link)"));
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
