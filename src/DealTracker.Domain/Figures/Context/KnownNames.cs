namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Names the app already knows — its parties and outlets — that the reader takes whole wherever a text writes them, before it
/// guesses a name from capitals: "SK hynix" (the guess stops at "SK"), "Qatar Airways" after "state-owned" (the guess drops
/// the place), "India-Japan Fund", "d-Matrix". A known name wins only where it is at least as long as the name the guess
/// would read there, so a known "Amazon" does not cut "Amazon Web Services" short. Words match ignoring case, but a known
/// name written with capitals never matches a word written without any ("apple orchards" is not Apple).
/// </summary>
public sealed class KnownNames
{
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    private KnownNames()
    {
    }

    /// <summary>No known names: the reader guesses every name from the text.</summary>
    public static KnownNames None { get; } = new();

    /// <summary>Whether no name is known.</summary>
    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>
    /// Known <paramref name="organisations"/> (parties: companies, funds, governments, people) and <paramref name="outlets"/>
    /// (read as outlets, so a source rule may cite them). Blank names and names of no letter are skipped.
    /// </summary>
    public static KnownNames Of(IEnumerable<string?> organisations, IEnumerable<string?>? outlets = null)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var known = new KnownNames();
        foreach (var name in organisations)
        {
            known.Add(name, NameKind.Organisation);
        }

        foreach (var name in outlets ?? [])
        {
            known.Add(name, NameKind.Outlet);
        }

        foreach (var (first, entries) in known._byFirstWord.ToList())
        {
            // The longest first ("SoftBank Vision Fund" before "SoftBank"); of the same length, a party before an outlet.
            known._byFirstWord[first] = [.. entries.OrderByDescending(e => e.Words.Length).ThenBy(e => e.Kind == NameKind.Outlet)];
        }

        return known;
    }

    private void Add(string? name, NameKind kind)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || !name.Any(char.IsLetter))
        {
            return;
        }

        var words = Context.Words.Split(name, 0, name.Length).Select(w => w.Core).Where(c => c.Length > 0).ToArray();
        if (words.Length == 0 || words.Length > 12)
        {
            return;
        }

        if (!_byFirstWord.TryGetValue(words[0], out var entries))
        {
            _byFirstWord[words[0]] = entries = [];
        }

        if (!entries.Any(e => e.Kind == kind && e.Words.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
        {
            entries.Add(new Entry(words, kind));
        }
    }

    /// <summary>The longest known name written from word <paramref name="first"/>: its last word and kind, or null.</summary>
    internal (int Last, NameKind Kind)? MatchAt(IReadOnlyList<Word> words, int first)
    {
        if (words[first].InBrackets || !_byFirstWord.TryGetValue(words[first].Core, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (Matches(words, first, entry.Words))
            {
                return (first + entry.Words.Length - 1, entry.Kind);
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<Word> words, int first, string[] known)
    {
        if (first + known.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < known.Length; k++)
        {
            var word = words[first + k];
            var matches = string.Equals(word.Core, known[k], StringComparison.OrdinalIgnoreCase)
                && (!known[k].Any(char.IsUpper) || word.Core.Any(char.IsUpper))
                // "SK, hynix" is two phrases, not the name; only the last word may be possessive ("SK hynix's").
                && (k == known.Length - 1 || (!word.EndsPhrase && !word.Possessive));
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Words, NameKind Kind);
}
