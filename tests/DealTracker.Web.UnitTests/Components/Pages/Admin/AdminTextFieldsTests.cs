using System.Text.RegularExpressions;

namespace DealTracker.Web.UnitTests.Components.Pages.Admin;

/// <summary>
/// No editor or account field cuts what is typed or pasted: an HTML <c>maxlength</c> (MudBlazor's <c>MaxLength</c>) drops
/// the characters past it without a word, so a pasted password or name was saved other than written. Each limit is shown by
/// the field's counter and checked on the server, which refuses the save with a message beside the field.
/// </summary>
public sealed partial class AdminTextFieldsTests
{
    [Fact]
    public void EditorComponents_NoneSetsAMaximumLength()
    {
        var components = Path.Combine(SolutionDirectory(), "src", "DealTracker.Web", "Components");
        var files = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories).ToList();

        var cutting = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(x => MaxLength().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(components, x.file)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(cutting.Count == 0, "Fields that cut text silently:" + Environment.NewLine + string.Join(Environment.NewLine, cutting));
    }

    [Fact]
    public void AppScript_FieldTextLimit_IsLimitsFieldText()
    {
        // app.js holds back a field's text past this length (the circuit's message would drop it): the same limit as the server's.
        var script = File.ReadAllText(Path.Combine(SolutionDirectory(), "src", "DealTracker.Web", "wwwroot", "app.js"));

        Assert.Contains($"var dtMaxFieldText = {DealTracker.Web.Services.Editing.Limits.FieldText};", script, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bMaxLength\s*=|\bmaxlength\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex MaxLength();

    private static string SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No DealTracker.sln above " + AppContext.BaseDirectory);
    }
}
