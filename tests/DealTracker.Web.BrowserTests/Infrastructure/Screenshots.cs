using Microsoft.Playwright;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// Full-page PNGs, saved under the test output (bin/…/TestResults/screenshots) and, when
/// DEALTRACKER_SCREENSHOTS_DIR is set (say to docs/screenshots), there too. A relative
/// DEALTRACKER_SCREENSHOTS_DIR is taken from the repository root, not from the test host's folder.
/// </summary>
public static class Screenshots
{
    public const string DirectoryVariable = "DEALTRACKER_SCREENSHOTS_DIR";

    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves <c>{name}-{screen}-{theme}.png</c>, such as <c>overview-phone-dark.png</c>; returns the paths written.</summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(BrowserSession session, string name)
    {
        var fileName = $"{name}-{session.Screen.Name}-{session.Theme.ToString().ToLowerInvariant()}.png";
        var bytes = await session.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        var directories = new List<string> { OutputDirectory };
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } extra)
        {
            directories.Add(Path.IsPathRooted(extra) ? extra : Path.GetFullPath(Path.Combine(RepositoryRoot(), extra)));
        }

        var written = new List<string>();
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, fileName);
            await File.WriteAllBytesAsync(path, bytes);
            written.Add(path);
        }

        return written;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
