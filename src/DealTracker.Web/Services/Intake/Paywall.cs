using System.Text.RegularExpressions;

namespace DealTracker.Web.Services.Intake;

/// <summary>
/// Whether a page looks paywalled, and its subscribe and sign-in prompts, which are no part of an article: "Subscribe to continue
/// reading", "Already a subscriber? Sign in.", "This article is for subscribers only", a paywall's class names ("paywall",
/// "regwall", "subscriber-only", Piano's "tp-modal") and schema.org's <c>"isAccessibleForFree": false</c>.
/// </summary>
public static partial class Paywall
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(1);

    /// <summary>Whether the page (its source and its visible text) says it is behind a paywall.</summary>
    public static bool Marks(string html, AngleSharp.Dom.IDocument document)
    {
        if (NotFreeRegex().IsMatch(html) || PaywallClassRegex().IsMatch(html))
        {
            return true;
        }

        return PromptWordsRegex().IsMatch(document.Body?.TextContent ?? "");
    }

    /// <summary>The text without its subscribe and sign-in prompts (each whole sentence holding one), trimmed.</summary>
    public static string WithoutPrompts(string text)
    {
        var without = LonePromptRegex().Replace(PromptRegex().Replace(text, ""), "");
        return BlankLinesRegex().Replace(without, "\n\n").Trim();
    }

    // The words of a prompt, anywhere in a page's text (its elements' texts run together: "…added.Already a subscriber?Sign in").
    private const string Prompt = @"(?:subscribe (?:now |today )?to (?:continue|keep reading|read|unlock)|subscribe for full access|for (?:paying |premium )?subscribers only|subscribers?-only (?:article|story|content)|already (?:a subscriber|subscribed|have an account)\?|(?:sign|log) ?in to (?:continue|read|keep reading)|(?:create|register for) a free account to (?:continue|read|keep reading)|register to (?:continue|read|keep reading)|this (?:article|story|content|page) is (?:only )?(?:available )?(?:for|to|exclusive to) (?:paying |premium )?(?:subscribers|members)|become a (?:subscriber|member) to (?:continue|read)|to continue reading,? (?:please )?(?:subscribe|sign in|log in|register)|reached your (?:limit of free|free article|monthly (?:free )?article)|free articles? (?:left|remaining) this month|unlock (?:this|the full) (?:article|story))";

    // A sentence holding a prompt: from the end of the sentence before it to its own end.
    [GeneratedRegex(@"(?<=^|[.!?…]\s?|\n)[^.!?…\n]*?" + Prompt + @"[^.!?…\n]*[.!?…]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PromptRegex();

    [GeneratedRegex(Prompt, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PromptWordsRegex();

    // What is left of a prompt cut in two: "Sign in.", "Subscribe now", "Log in" standing alone as a sentence.
    [GeneratedRegex(@"(?<=^|[.!?…]\s|\n)[ \t]*(?:sign in|log ?in|subscribe(?: now| today)?|register(?: now)?)[.!]?[ \t]*(?=\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 1000)]
    private static partial Regex LonePromptRegex();

    [GeneratedRegex(@"""isAccessibleForFree""\s*:\s*(?:false|""false"")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotFreeRegex();

    [GeneratedRegex(
        @"\b(?:class|id)\s*=\s*[""'][^""']*?(?<![\w-])(?:paywall|pay-wall|paywalled|paywall-prompt|paywall-container|paywall-overlay|regwall|reg-wall|subscriber-only|subscribers-only|subscription-required|premium-paywall|article-paywall|piano-paywall|tp-modal|tp-backdrop|meteredcontent|metered-content|locked-content|content-locked)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PaywallClassRegex();

    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BlankLinesRegex();
}
