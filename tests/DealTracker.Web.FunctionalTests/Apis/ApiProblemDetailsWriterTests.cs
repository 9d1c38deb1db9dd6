using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>Every /api and /openapi error is problem details, whatever the client's Accept header.</summary>
public sealed class ApiProblemDetailsWriterTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("DELETE", "/api/deals", "text/html", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/nope", "application/xml", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/nope", "text/html", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/deals/nope", "text/html", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/claims?page=abc", "application/xml", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/openapi/v2.json", "*/*", HttpStatusCode.NotFound)]
    [InlineData("GET", "/openapi/v2.json", "text/html", HttpStatusCode.NotFound)]
    public async Task Send_ApiError_IsProblemJsonWhateverTheAccept(string method, string path, string accept, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }
}
