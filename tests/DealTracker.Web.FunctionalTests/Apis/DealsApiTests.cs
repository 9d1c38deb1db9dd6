using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary>GET /api/deals is paged as the other lists, with the same 400 for a bad page (it read every deal and ignored page=abc).</summary>
public sealed class DealsApiTests(DealTrackerAppFactory app) : IClassFixture<DealTrackerAppFactory>
{
    [Theory]
    [InlineData("/api/deals?page=abc", "page", "\"page\" must be a whole number, 1 or more.")]
    [InlineData("/api/deals?page=0", "page", "\"page\" must be a whole number, 1 or more.")]
    [InlineData("/api/deals?page=2147483648", "page", "\"page\" must be a whole number, 1 or more.")]
    [InlineData("/api/deals?pageSize=201", "pageSize", "\"pageSize\" must be a whole number from 1 to 200.")]
    public async Task ListDeals_BadPagingValue_Is400NamingIt(string path, string parameter, string message)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task ListDeals_PageOfOne_GivesThatPageAndTheTotal()
    {
        var client = app.CreateClient();

        var first = await client.GetFromJsonAsync<JsonElement>("/api/deals?pageSize=1");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/deals?pageSize=1&page=2");
        var past = await client.GetFromJsonAsync<JsonElement>("/api/deals?pageSize=1&page=3");

        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal("amazon-openai-2026-round", Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.NotEqual("amazon-openai-2026-round", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(2, past.GetProperty("total").GetInt32());
    }
}
