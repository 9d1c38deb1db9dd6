using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>
/// The published OpenAPI document: the write endpoints take the API's own requests, not the editor pages'
/// form models, so the forms' UI-only fields (a new outlet typed into the picker, the status and retraction
/// reason shown on the form, computed flags) are no part of the contract.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private static readonly string[] UiOnlyFields = ["status", "retractionReason", "newOutletName", "newOutletKind", "isMoney"];

    private readonly DealTrackerAppFactory _app = new();
    private JsonElement _document;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _document = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Theory]
    [InlineData("/api/reports", "post")]
    [InlineData("/api/reports/{id}", "put")]
    public void OpenApi_ReportRequests_HaveTheReportFieldsAndNoUiOnlyField(string path, string method)
    {
        var report = RequestBody(path, method);
        var claim = Items(report, "claims");
        var reliance = Items(report, "reliances");

        Assert.All(["outletId", "headline", "summary", "url", "publishedOn", "claims", "reliances"], field => Assert.True(report.TryGetProperty(field, out _), field));
        Assert.All(["dealId", "metric", "quote", "amount", "hedge"], field => Assert.True(claim.TryGetProperty(field, out _), field));
        Assert.All(["targetReportId", "targetOutletId", "kind"], field => Assert.True(reliance.TryGetProperty(field, out _), field));
        Assert.All(UiOnlyFields, field => Assert.False(
            report.TryGetProperty(field, out _) || claim.TryGetProperty(field, out _) || reliance.TryGetProperty(field, out _), field));
        Assert.False(report.TryGetProperty("id", out _), "The report's id comes from its address, not the body.");
    }

    [Fact]
    public void OpenApi_ClaimEdit_HasTheClaimFieldsAndNoUiOnlyField()
    {
        var claim = RequestBody("/api/claims/{id}", "put");

        Assert.All(["version", "dealId", "metric", "statement", "quote", "amount"], field => Assert.True(claim.TryGetProperty(field, out _), field));
        Assert.All(UiOnlyFields, field => Assert.False(claim.TryGetProperty(field, out _), field));
    }

    [Fact]
    public void OpenApi_InboxDraft_IsTheBodyOfANewReport()
    {
        var response = _document.GetProperty("paths").GetProperty("/api/inbox/{id}/draft").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var draft = Resolve(Resolve(response).GetProperty("properties").GetProperty("draft"));

        Assert.Equal(RequestBody("/api/reports", "post").ToString(), draft.GetProperty("properties").ToString());
    }

    // The properties of an operation's JSON body, following its $ref.
    private JsonElement RequestBody(string path, string method) =>
        Resolve(_document.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"))
        .GetProperty("properties");

    private JsonElement Items(JsonElement properties, string list) =>
        Resolve(properties.GetProperty(list).GetProperty("items")).GetProperty("properties");

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? _document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;
}
