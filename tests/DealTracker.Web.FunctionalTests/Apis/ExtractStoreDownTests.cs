using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealTracker.Web.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DealTracker.Web.FunctionalTests.Apis;

/// <summary><c>POST /api/extract</c> needs no store: with the store unreadable it still reads the text, without the store's names.</summary>
public sealed class ExtractStoreDownTests : IAsyncLifetime
{
    private readonly DealTrackerAppFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [SqliteOnlyFact]
    public async Task Extract_StoreUnreadable_StillAnswersTheFiguresAndTheirMetrics()
    {
        using var client = _app.CreateClient();
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(_app.DatabasePath, "this file is not a SQLite database, as a store gone bad would be");
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(_app.DatabasePath + suffix);
        }

        var response = await client.PostAsJsonAsync("/api/extract", new { text = "Amazon is in talks to invest as much as $50 billion in OpenAI, according to the Wall Street Journal." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var figure = Assert.Single(body.GetProperty("figures").EnumerateArray());
        Assert.Equal("investment", figure.GetProperty("metric").GetString());
        Assert.Equal("Amazon", figure.GetProperty("investor").GetString());
    }
}
