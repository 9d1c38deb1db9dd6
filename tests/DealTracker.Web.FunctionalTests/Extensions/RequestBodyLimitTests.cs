using System.Text.RegularExpressions;
using DealTracker.Web.FunctionalTests.Infrastructure;
using DealTracker.Web.Services.Editing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealTracker.Web.FunctionalTests.Extensions;

/// <summary>
/// The import's 32 MB body (docs/api.md) gets through every layer in front of it: Kestrel's cap and the shipped nginx
/// configuration (and the one in docs/operations.md) say the same limit, so a 20 MB import never meets nginx's 413 page.
/// </summary>
public sealed partial class RequestBodyLimitTests : IClassFixture<DealTrackerAppFactory>
{
    private readonly DealTrackerAppFactory _app;

    public RequestBodyLimitTests(DealTrackerAppFactory app) => _app = app;

    [Fact]
    public void KestrelMaxRequestBodySize_AsConfigured_IsTheImportLimit()
    {
        var kestrel = _app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(Limits.ImportBytes, kestrel.Limits.MaxRequestBodySize);
    }

    [Theory]
    [InlineData("deploy/nginx/dealtracker.conf")]
    [InlineData("docs/operations.md")]
    public void NginxClientMaxBodySize_ShippedConfiguration_IsTheImportLimit(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), path));

        var sizes = ClientMaxBodySize().Matches(text).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024).ToList();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.Equal(Limits.ImportBytes, size));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DealTracker.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("DealTracker.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"client_max_body_size\s+(\d+)m;")]
    private static partial Regex ClientMaxBodySize();
}
