namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>
/// A screenshot refresh: it runs only when <see cref="Screenshots.DirectoryVariable"/> names a folder to
/// refresh (say docs/screenshots), and is reported as skipped otherwise, so an ordinary
/// <c>dotnet test</c> (and CI) does not spend minutes taking pictures nobody looks at.
/// </summary>
public sealed class ScreenshotTheoryAttribute : TheoryAttribute
{
    public ScreenshotTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Screenshots.DirectoryVariable)))
        {
            Skip = $"Screenshot refresh: set {Screenshots.DirectoryVariable}=docs/screenshots to run it.";
        }
    }
}
