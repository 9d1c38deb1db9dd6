using AngleSharp;
using AngleSharp.Dom;

namespace DealTracker.Web.FunctionalTests.Infrastructure;

public static class HtmlPage
{
    /// <summary>Fetches a page over HTTP and parses its prerendered HTML.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return (response, document);
    }

    /// <summary>Text with runs of white space folded to single spaces, as a reader sees it.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
