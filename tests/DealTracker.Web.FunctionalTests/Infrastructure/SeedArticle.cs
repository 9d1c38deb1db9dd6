namespace DealTracker.Web.FunctionalTests.Infrastructure;

/// <summary>The seed article kept in the repository (docs/reference/seed-article.txt).</summary>
public static class SeedArticle
{
    private static readonly Lazy<string> _text = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "reference", "seed-article.txt")));

    public static string Text => _text.Value;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DealTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
