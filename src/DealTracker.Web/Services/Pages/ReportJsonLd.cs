using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DealTracker.Web.Services.Pages;

/// <summary>
/// schema.org JSON-LD for a report page: the report as a <c>NewsArticle</c> (published by its outlet)
/// and each of its claims as a <c>Claim</c> that appears in it, with its first appearance in the store,
/// the deal it is about and, for a money figure, a <c>MonetaryAmount</c> with the interval its hedge
/// words allow. Retracted reports and claims carry <c>"creativeWorkStatus": "Retracted"</c>.
/// </summary>
/// <remarks>
/// Serialised by System.Text.Json with its default encoder, which writes <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c> as <c>\u003C</c>, <c>\u003E</c> and <c>\u0026</c>: no text from the store can close the
/// <c>&lt;script&gt;</c> element the page puts it in. Keep that encoder.
/// </remarks>
public static class ReportJsonLd
{
    public const string Retracted = "Retracted";

    private static readonly JsonSerializerOptions _options = new(); // the default (HTML-safe) encoder, on purpose

    /// <param name="report">The report, with its <see cref="ReportView.Facts"/>.</param>
    /// <param name="baseUri">The site's absolute base address, ending in a slash (<c>NavigationManager.BaseUri</c>).</param>
    public static string Serialise(ReportView report, string baseUri)
    {
        var facts = report.Facts ?? throw new ArgumentException("The report has no facts to describe.", nameof(report));
        var root = new Uri(baseUri, UriKind.Absolute);

        var article = Article(facts.Report, root);
        article["description"] = report.Summary;
        if (report.ReliesOn.Count > 0)
        {
            article["isBasedOn"] = new JsonArray([.. report.ReliesOn.Select(relation => relation.ReportId is { } id
                ? (JsonNode)new JsonObject { ["@id"] = ArticleId(root, id) }
                : new JsonObject { ["@type"] = "Organization", ["name"] = relation.Outlet })]);
        }

        if (report.Retraction is not null)
        {
            article["creativeWorkStatus"] = Retracted;
        }

        var graph = new JsonArray(article);
        foreach (var claim in facts.Claims)
        {
            graph.Add(Claim(claim, facts.Report.Id, root));
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph }.ToJsonString(_options);
    }

    /// <summary>The identifier of a report's article node: its page on this site, with <c>#report</c>.</summary>
    public static string ArticleId(Uri root, int reportId) => Absolute(root, $"reports/{reportId.ToString(CultureInfo.InvariantCulture)}") + "#report";

    private static JsonObject Article(ReportRefFacts report, Uri root)
    {
        var article = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["@id"] = ArticleId(root, report.Id),
            ["mainEntityOfPage"] = Absolute(root, $"reports/{report.Id.ToString(CultureInfo.InvariantCulture)}"),
        };
        if (report.Headline is { } headline)
        {
            article["headline"] = headline;
        }

        if (report.Url is { } url)
        {
            article["url"] = url;
        }

        if (report.Published is { } published)
        {
            article["datePublished"] = published;
        }

        var publisher = new JsonObject { ["@type"] = "Organization", ["name"] = report.Outlet };
        if (report.OutletHomepage is { } homepage)
        {
            publisher["url"] = homepage;
        }

        article["publisher"] = publisher;
        return article;
    }

    private static JsonObject Claim(ClaimFacts claim, int reportId, Uri root)
    {
        var dealPage = Absolute(root, $"deals/{Uri.EscapeDataString(claim.DealSlug)}");
        var about = new JsonArray(new JsonObject { ["@type"] = "Thing", ["@id"] = dealPage, ["name"] = claim.DealTitle, ["url"] = dealPage });
        if (claim.Money is { } money)
        {
            var amount = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["name"] = claim.Figure,
                ["description"] = money.Words,
                ["currency"] = money.Currency,
            };
            AddNumber(amount, "value", money.Value);
            AddNumber(amount, "minValue", money.MinValue);
            AddNumber(amount, "maxValue", money.MaxValue);
            about.Add(amount);
        }

        var node = new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = $"{Absolute(root, $"reports/{reportId.ToString(CultureInfo.InvariantCulture)}")}#claim-{claim.Id.ToString(CultureInfo.InvariantCulture)}",
            ["name"] = claim.Figure,
            ["text"] = claim.Statement,
            ["appearance"] = new JsonObject { ["@id"] = ArticleId(root, reportId) },
            ["about"] = about,
        };
        if (claim.Quote is { } quote)
        {
            node["description"] = quote;
        }

        if (claim.FirstAppearance is { } first)
        {
            node["firstAppearance"] = Article(first, root);
        }

        if (claim.IsRetracted)
        {
            node["creativeWorkStatus"] = Retracted;
        }

        return node;
    }

    private static void AddNumber(JsonObject node, string name, decimal? value)
    {
        if (value is { } number)
        {
            node[name] = number;
        }
    }

    private static string Absolute(Uri root, string relative) => new Uri(root, relative).AbsoluteUri;
}
