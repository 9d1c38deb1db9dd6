namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Every browser test class joins this collection, so the app and Chromium start once per run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
