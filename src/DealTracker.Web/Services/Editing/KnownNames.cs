using System.Globalization;
using System.Text;
using DealTracker.Domain.Figures.Context;
using DealTracker.Domain.Text;

namespace DealTracker.Web.Services.Editing;

/// <summary>
/// An outlet or party the store knows, with the ways a text may write its name: "The Wall Street Journal"
/// is also "the Wall Street Journal's", "WSJ" (its initials, its slug) and "wsj.com";
/// "Amazon Web Services (AWS)" is also "AWS"; "Amazon" is also "Amazon.com Inc.".
/// </summary>
public sealed record KnownName(int Id, string Name, IReadOnlySet<string> Variants)
{
    /// <summary>A known name from its display name and any other spellings (a slug, a homepage).</summary>
    public static KnownName Of(int id, string name, params string?[] others)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var written in others.Prepend(name).OfType<string>())
        {
            AddVariants(written, variants);
        }

        variants.Remove("");
        return new KnownName(id, name, variants);
    }

    /// <summary>The known name <paramref name="written"/> stands for, or null. Ambiguous matches count as none.</summary>
    public static KnownName? Match(string? written, IReadOnlyList<KnownName> known)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var key = NameMatching.Normalise(written);
        if (key.Length == 0)
        {
            return null;
        }

        // The display name itself wins over initials and slugs.
        var exact = known.Where(k => NameMatching.Normalise(k.Name) == key).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var matches = known.Where(k => k.Variants.Contains(key)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The names as the context reader should know them: each display name as written, and both parts of one written with its
    /// short name in brackets or with a slash ("Amazon Web Services (AWS)" is "Amazon Web Services" and "AWS").
    /// </summary>
    public static KnownNames ForReader(IEnumerable<KnownName> parties, IEnumerable<KnownName> outlets) =>
        KnownNames.Of(parties.SelectMany(p => WrittenForms(p.Name)), outlets.SelectMany(o => WrittenForms(o.Name)));

    /// <summary>The ways a display name is written in a text: "Amazon Web Services (AWS)" → "Amazon Web Services", "AWS".</summary>
    public static IEnumerable<string> WrittenForms(string name)
    {
        var text = VisibleText.Trim(name);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (open > 0 && close > open)
        {
            return [.. WrittenForms(text[..open] + text[(close + 1)..]), text[(open + 1)..close].Trim()];
        }

        return text.Contains('/', StringComparison.Ordinal)
            ? [text, .. text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [text];
    }

    private static void AddVariants(string written, HashSet<string> variants)
    {
        var text = VisibleText.Trim(written);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            // "https://www.wsj.com" → "wsj"
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            variants.Add(NameMatching.Normalise(dot > 0 ? host[..dot] : host));
            return;
        }

        // "Amazon Web Services (AWS)" → "amazon web services", "aws"; "Nasdaq/RTTNews" → the whole and each part.
        foreach (var form in WrittenForms(text))
        {
            var normal = NameMatching.Normalise(form.Replace('-', ' '));
            variants.Add(normal);
            var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                // "wall street journal" → "wsj"; "new york times" → "nyt"
                variants.Add(string.Concat(words.Where(w => w is not ("and" or "of")).Select(w => w[0])));
            }
        }
    }
}

/// <summary>
/// Known names looked up by the ways they are written (<see cref="KnownName.Variants"/>), each under a key (a slug), in the order
/// they were set: which names a new name may clash with, without reading every name (the import checks each party of a file
/// against every party of the store).
/// </summary>
public sealed class KnownNameIndex
{
    private readonly Dictionary<string, List<string>> _keysByVariant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Order, KnownName Name)> _byKey = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>Sets the name known under <paramref name="key"/>, in place of any name it had.</summary>
    public void Set(string key, KnownName name)
    {
        Remove(key);
        _byKey[key] = (_next++, name);
        foreach (var variant in name.Variants)
        {
            if (!_keysByVariant.TryGetValue(variant, out var keys))
            {
                _keysByVariant[variant] = keys = [];
            }

            keys.Add(key);
        }
    }

    /// <summary>Forgets the name known under <paramref name="key"/>, if any.</summary>
    public void Remove(string key)
    {
        if (_byKey.Remove(key, out var known))
        {
            foreach (var variant in known.Name.Variants)
            {
                _keysByVariant[variant].Remove(key);
            }
        }
    }

    /// <summary>The names, other than the one under <paramref name="except"/>, written in one of <paramref name="forms"/>, in the order set.</summary>
    public IReadOnlyList<KnownName> Overlapping(IReadOnlySet<string> forms, string? except) =>
        [.. forms.SelectMany(form => _keysByVariant.GetValueOrDefault(form) ?? []).Distinct(StringComparer.Ordinal)
            .Where(key => key != except).Select(key => _byKey[key]).OrderBy(known => known.Order).Select(known => known.Name)];
}

/// <summary>
/// How names are compared: as <see cref="SameName"/> compares them (Unicode normalisation and width, invisible characters, white space
/// and case do not count), and neither do accents, "the", punctuation and company suffixes.
/// </summary>
public static class NameMatching
{
    private static readonly HashSet<string> _suffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "sa", "ag", "nv", "se", "com", "group",
        "holdings",
    };

    /// <summary>"The Wall Street Journal's" → "wall street journal"; "Amazon.com Inc." → "amazon"; "Reu\u200Bters" and "Ｒｅｕｔｅｒｓ" → "reuters".</summary>
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in SameName.Key(name).Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (c is '\'' or '’')
            {
                builder.Append('\'');
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[^1] is var last && (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith('\'')))
        {
            words[^1] = last.EndsWith("'s", StringComparison.Ordinal) ? last[..^2] : last[..^1];
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = words[i].Replace("'", "", StringComparison.Ordinal);
        }

        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && _suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.Where(w => w.Length > 0));
    }
}
