using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DealTracker.Domain.Intake;

/// <summary>
/// Recognises the same story under two headlines that differ only in case, punctuation, spacing or a word
/// or two: "Amazon in talks to invest up to $50 billion in OpenAI" and "AMAZON IN TALKS TO INVEST UP TO $50
/// BILLION IN OPENAI - sources".
/// </summary>
public static partial class Headlines
{
    /// <summary>Token overlap (Jaccard) at or above which two headlines are the same story.</summary>
    public const double SameStory = 0.9;

    /// <summary>
    /// The headline's words in lower case, separated by single spaces: accents folded, punctuation dropped
    /// (apostrophes join, so "OpenAI's" is "openais"), "$" and "%" kept as words of their own, digits kept with
    /// their decimal point ("$1.5 billion" → "$ 1.5 billion").
    /// </summary>
    public static string Key(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline))
        {
            return string.Empty;
        }

        // Half of a surrogate pair (an emoji cut in half) is no character: it is dropped, as Normalize would throw on it.
        var folded = WithoutLoneSurrogates(headline).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or ',' && i > 0 && i + 1 < folded.Length && char.IsDigit(folded[i - 1]) && char.IsDigit(folded[i + 1]))
            {
                key.Append(c == '.' ? '.' : ',');
            }
            else if (category == UnicodeCategory.CurrencySymbol || c == '%')
            {
                Space(key);
                key.Append(c);
                Space(key);
            }
            else
            {
                Space(key);
            }
        }

        return key.ToString().Trim();
    }

    /// <summary>
    /// The headline without a trailing outlet name that aggregators and some feeds add: "… - Reuters", "… | Reuters",
    /// "… — The Wall Street Journal", "… (Reuters)". Only a name in <paramref name="outletNames"/> (any case, with
    /// or without a leading "The") is taken off, so "Nvidia earnings - live updates" stays as it is.
    /// </summary>
    public static string WithoutOutletSuffix(string headline, IEnumerable<string> outletNames)
    {
        var match = OutletSuffixRegex().Match(headline);
        if (!match.Success)
        {
            return headline;
        }

        var tail = Bare(match.Groups["tail"].Value);
        return outletNames.Any(name => Bare(name).Equals(tail, StringComparison.OrdinalIgnoreCase)) ? match.Groups["head"].Value.TrimEnd() : headline;

        static string Bare(string name)
        {
            name = name.Trim().TrimEnd('.');
            return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..].TrimStart() : name;
        }
    }

    [GeneratedRegex(@"^(?<head>.+\S)(?:\s+-\s+|\s*[|–—•·]\s*|\s*\()(?<tail>[^|–—•·()]{2,60}?)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffixRegex();

    /// <summary>The distinct words of a key.</summary>
    public static HashSet<string> Tokens(string key) =>
        [.. key.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Jaccard similarity of the two headlines' words: 1 for the same words, 0 for none in common.</summary>
    public static double Similarity(string? a, string? b) => Similarity(Tokens(Key(a)), Tokens(Key(b)));

    /// <summary>Jaccard similarity of two sets of words.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Whether the two headlines tell the same story (<see cref="AreSameStory(IReadOnlySet{string}, IReadOnlySet{string})"/>).</summary>
    public static bool AreSameStory(string? a, string? b) => AreSameStory(Tokens(Key(a)), Tokens(Key(b)));

    /// <summary>
    /// Whether two headlines' words tell the same story: <see cref="Similarity(IReadOnlySet{string}, IReadOnlySet{string})"/> at least
    /// <see cref="SameStory"/>, the same numbers, and a denial in both or in neither. A long headline with "$40 billion" for "$50 billion",
    /// or "deny" for "say", is another outlet's figure or a denial: exactly what the tracker keeps apart, however few words differ.
    /// </summary>
    public static bool AreSameStory(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        Similarity(a, b) >= SameStory && a.Where(HasDigit).ToHashSet().SetEquals(b.Where(HasDigit)) && a.Any(IsDenial) == b.Any(IsDenial);

    private static bool HasDigit(string word) => word.Any(char.IsDigit);

    private static bool IsDenial(string word) =>
        word is "deny" or "denies" or "denied" or "denying" or "not" or "no" or "never" or "rejects" or "rejected" or "dismisses" or "refutes" or "false";

    private static void Space(StringBuilder key)
    {
        if (key.Length > 0 && key[^1] != ' ')
        {
            key.Append(' ');
        }
    }

    /// <summary>The text without a high surrogate that no low one follows, or a low one that no high one precedes.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
