using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DealTracker.Web.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation.</summary>
public static class Accessibility
{
    private static readonly string[] _failingImpacts = ["serious", "critical"];

    /// <summary>The axe-core bundled with Deque.AxeCore.Commons, read once.</summary>
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> _axeScript = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Asserts axe finds no serious or critical violation; the message lists each one's id, impact,
    /// help and offending nodes. Lesser violations are written to the test output only.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, ITestOutputHelper? output = null)
    {
        var violations = await page.RunAxeAsync();
        var failing = violations.Where(v => _failingImpacts.Contains(v.Impact)).ToList();
        var minor = violations.Except(failing).ToList();
        if (minor.Count > 0)
        {
            output?.WriteLine($"axe: {minor.Count} moderate/minor violation(s) on {page.Url}:{Environment.NewLine}{Describe(minor)}");
        }

        Assert.True(failing.Count == 0, $"axe: {failing.Count} serious/critical violation(s) on {page.Url}:{Environment.NewLine}{Describe(failing)}");
    }

    /// <summary>
    /// axe-core's own <c>axe.run</c> over the document, violations only. Deque's <c>RunAxe</c> wrapper
    /// is not used: it runs <c>axe.runPartial</c> frame by frame and finishes the run in a fresh blank
    /// page, 4–6 s a page here against well under one for a plain run (the app has no iframes).
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAxeAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            // Evaluated by the test driver, not added as an inline <script>: the app's Content-Security-Policy
            // (rightly) refuses inline scripts it does not know the hash of.
            await page.EvaluateAsync("() => {\n" + _axeScript.Value + "\n}");
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'] });
                return result.violations.map(v => ({
                    id: v.id,
                    impact: v.impact ?? 'unknown',
                    help: v.help,
                    helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({
                        target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(', '),
                        html: n.html,
                        messages: [...new Set([...n.any, ...n.all, ...n.none].map(c => c.message).filter(m => m))],
                    })),
                }));
            }
            """);
        return violations.Deserialize<AxeViolation[]>(_json) ?? [];
    }

    private static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                foreach (var message in node.Messages)
                {
                    text.AppendLine($"       {message.ReplaceLineEndings(" ")}");
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>One axe rule broken on the page, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, AxeNode[] Nodes);

/// <summary>An element breaking an axe rule: its selector, its markup and why it fails.</summary>
public sealed record AxeNode(string Target, string Html, string[] Messages);
