using System.Net;
using System.Text.RegularExpressions;
using DealTracker.Web.FunctionalTests.Infrastructure;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// Outside Development the app run from its build output with the project as its content root, as
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> runs it (here the Testing environment, a real process), serves every
/// stylesheet and script its pages link: the scoped styles, the module scripts and MudBlazor's files are not in the project's
/// wwwroot, and were answered 500 before their manifest was read.
/// </summary>
public sealed partial class StaticAssetsTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task AddDealTrackerWeb_BuildOutputOutsideDevelopment_ServesEveryLinkedStylesheetAndScript()
    {
        await using var app = await AppProcess.StartAsync(_store.DatabasePath, new Dictionary<string, string>
        {
            ["ASPNETCORE_CONTENTROOT"] = ProjectDirectory(),
        });
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/");

        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.Contains(assets, path => path.EndsWith(".styles.css", StringComparison.Ordinal)); // the scoped styles
        Assert.Contains(assets, path => path.StartsWith("_content/MudBlazor/", StringComparison.Ordinal));
        foreach (var path in assets)
        {
            var response = await client.GetAsync("/" + path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{path} answered {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _store.Dispose();

    /// <summary>src/DealTracker.Web of the checkout the tests were built from (where <c>dotnet run</c> starts the app).</summary>
    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return Path.Combine(directory.FullName, "src", "DealTracker.Web");
            }
        }

        throw new InvalidOperationException("No DealTracker.sln above " + AppContext.BaseDirectory);
    }

    // href="app.x.css", src="x.js" and the import map's "./_content/MudBlazor/MudBlazor.min.x.js".
    [GeneratedRegex("(?:href|src)=\"(?:\\./)?(?<path>[^\"/:][^\":]*\\.(?:css|js))\"|\"\\./(?<path>[^\"]+\\.js)\"")]
    private static partial Regex AssetReference();
}
