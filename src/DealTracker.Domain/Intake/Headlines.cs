using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DealTracker.Domain.Intake;

/// <summary>
/// Recognises the same story under two headlines that differ only in case, punctuation, spacing, an article, a
/// leading tag or a trailing attribution: "Amazon in talks to invest up to $50 billion in OpenAI" and "EXCLUSIVE-AMAZON
/// IN TALKS TO INVEST UP TO $50 BILLION IN OPENAI - sources". Any other word swapped, added or dropped is another story.
/// </summary>
public static partial class Headlines
{
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
        return outletNames.Any(name => Bare(name).Equals(tail, StringComparison.OrdinalIgnoreCase) || IsInitials(tail, name))
            ? match.Groups["head"].Value.TrimEnd() : headline;

        static string Bare(string name)
        {
            name = name.Trim().TrimEnd('.');
            return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..].TrimStart() : name;
        }
    }

    /// <summary>
    /// "WSJ" for "The Wall Street Journal", "FT" for "Financial Times", "AP" for "Associated Press": a tail in capitals that spells the
    /// initials of an outlet's name of two words or more ("The", "of" and "and" left out).
    /// </summary>
    private static bool IsInitials(string tail, string outletName)
    {
        if (tail.Length < 2 || !tail.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var initials = string.Concat(outletName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("The" or "the" or "of" or "and" or "&") && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length >= 2 && initials == tail;
    }

    [GeneratedRegex(@"^(?<head>.+\S)(?:\s+-\s+|\s*[|–—•·]\s*|\s*\()(?<tail>[^|–—•·()]{2,60}?)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffixRegex();

    /// <summary>The fewest story words a headline needs to be matched by its words at all: "Deals of the day" is a column, not a story.</summary>
    public const int MinStoryWords = 4;

    /// <summary>
    /// A key's story words: its words in order, without articles, "of" and forms of "be", without a leading tag ("exclusive",
    /// "update 2", "breaking") and without a trailing attribution ("sources say", "report says", "Reuters says"). Two copies
    /// of one wire story have the same story words; swapping, adding or dropping any other word makes another story.
    /// </summary>
    public static string StoryWords(string? key)
    {
        var words = (key ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var start = 0;
        while (start < words.Count && (_leadingTags.Contains(words[start]) || (start > 0 && words[start - 1] is "update" && words[start].All(char.IsDigit))))
        {
            start++;
        }

        var end = words.Count;
        while (end > start && _attributionTail.Contains(words[end - 1]))
        {
            end--;
        }

        // A tail of names and nouns alone ("OpenAI investors") is no attribution: only one that says who told is cut.
        if (!words.Skip(end).Any(w => _attributionVerbsAndSources.Contains(w)))
        {
            end = words.Count;
        }

        return string.Join(' ', words.Skip(start).Take(end - start).Where(w => !_fillers.Contains(w)));
    }

    /// <summary>Whether the two headlines tell the same story (<see cref="SameStoryWords"/> of their keys' story words).</summary>
    public static bool AreSameStory(string? headlineA, string? headlineB) => SameStoryWords(StoryWords(Key(headlineA)), StoryWords(Key(headlineB)));

    /// <summary>
    /// Whether two headlines' story words (<see cref="StoryWords"/>) tell the same story: the same words in the same order, at least
    /// <see cref="MinStoryWords"/> of them. A reversed direction ("Microsoft to invest in OpenAI" / "OpenAI to invest in Microsoft"),
    /// another investor, another figure or scale ("$5 billion" / "$5 million"), or one more word ("abandons talks") is another story.
    /// </summary>
    public static bool SameStoryWords(string storyWordsA, string storyWordsB) =>
        storyWordsA.Length > 0 && storyWordsA == storyWordsB && storyWordsA.Count(c => c == ' ') + 1 >= MinStoryWords;

    private static readonly HashSet<string> _leadingTags = new(StringComparer.Ordinal)
    {
        "exclusive", "breaking", "update", "updated", "corrected", "correction", "refile", "refiled", "urgent", "flash", "wrapup",
    };

    private static readonly HashSet<string> _fillers = new(StringComparer.Ordinal) { "a", "an", "the", "of", "is", "are", "was", "were", "be" };

    private static readonly HashSet<string> _attributionVerbsAndSources = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "sources", "source", "report", "reports", "reported", "reporting", "according", "citing", "familiar", "insiders", "told",
    };

    private static readonly HashSet<string> _attributionTail = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "sources", "source", "report", "reports", "reported", "reporting", "according", "to", "citing", "familiar", "insiders",
        "told", "people", "person", "persons", "with", "the", "matter", "talks", "knowledge", "plans", "deal", "situation", "media", "newspaper",
        "reuters", "bloomberg", "news", "wsj", "ft", "cnbc", "axios", "semafor", "information", "journal", "times",
    };

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
