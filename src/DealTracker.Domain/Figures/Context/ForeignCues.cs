namespace DealTracker.Domain.Figures.Context;

/// <summary>
/// Since the foreign-sentences sweep: news sentences in French, Spanish, Portuguese, German and Italian. The money extractor reads
/// their amounts ("450 millions d’euros", "1,7 Milliarden Euro", "R$ 2 bilhões"), but the English cue words of the other rules never
/// fire there. A sentence is foreign when its function words say so (<see cref="IsForeign"/>); only then do the foreign rules
/// (MetricRules.Foreign.cs, InvestorRules.Foreign.cs, SourceRules.Foreign.cs) read it, and the English rules do not, so no English
/// sentence changes. This file holds the detection, the cue lists the three rule families share, and a foreign name reader.
/// </summary>
internal static class ForeignCues
{
    /// <summary>Function words of the five languages, lower-case, that English does not use as words of its own.</summary>
    private static readonly HashSet<string> _functionWords = new(StringComparer.Ordinal)
    {
        // French
        "le", "les", "des", "du", "une", "et", "est", "selon", "qui", "dans", "sur", "avec", "au", "aux", "sa", "ses", "été", "par",
        "pas", "cette", "ce", "lors", "qu", "entre", "leur", "ont", "sont", "être", "elle", "il", "d", "l", "un",

        // Spanish
        "los", "las", "del", "y", "que", "una", "por", "con", "según", "para", "su", "sus", "ha", "fue", "como", "lo", "es", "más", "tras",
        "han", "sido", "este", "esta",

        // Portuguese
        "o", "os", "um", "do", "da", "dos", "das", "na", "nos", "nas", "em", "com", "segundo", "pelo", "pela", "é", "foi", "ao", "à", "não",
        "mais", "seu", "sua", "também",

        // German
        "der", "und", "ist", "mit", "von", "den", "dem", "zu", "im", "ein", "eine", "einer", "einem", "eines", "auf", "für", "sich",
        "wie", "nach", "bei", "laut", "hat", "wurde", "nicht", "auch", "zum", "zur", "vom", "aus",

        // Italian
        "gli", "della", "delle", "dei", "di", "che", "nel", "nella", "degli", "alla", "sono", "secondo",
    };

    /// <summary>Words both English and the others use ("a", "in", "die", "per", "pour", "de" in names), counted for neither.</summary>
    private static readonly HashSet<string> _sharedWords = new(StringComparer.Ordinal)
    {
        "a", "in", "as", "no", "do", "die", "an", "on", "is", "per", "al", "son", "de", "la", "el", "e", "en", "pour",
    };

    /// <summary>English function words: a sentence with many of them is English whatever foreign name it quotes.</summary>
    private static readonly HashSet<string> _englishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "for", "with", "that", "said", "it", "its", "has", "was", "by", "from", "at", "will", "be", "which",
        "are", "have", "this", "were", "been", "into", "would", "could", "after", "about", "than", "their", "they", "also", "not", "but",
        "or", "up", "out", "more", "billion", "million", "trillion", "crore",
    };

    /// <summary>Foreign cue words English writes too, which say nothing of the language: "round", "cloud", "total".</summary>
    private static readonly HashSet<string> _englishCueWords = new(StringComparer.Ordinal)
    {
        "round", "cloud", "value", "total", "participation", "acquisition", "transaction", "deal", "vale", "portal", "investir", "financement",
    };

    /// <summary>The scale words of foreign amounts ("millions", "Milliarden", "bilhões"): a strong sign, counted twice.</summary>
    private static readonly HashSet<string> _scaleWords = new(StringComparer.Ordinal)
    {
        "millions", "milliards", "milliard", "millones", "millón", "milhões", "milhão", "bilhões", "bilhão", "millionen", "milliarden",
        "milliarde", "milioni", "miliardi", "miliardo", "milione",
    };

    /// <summary>
    /// True when the sentence is written in French, Spanish, Portuguese, German or Italian: at least three foreign function words
    /// (a foreign scale word counts two) and more than twice as many as English ones. "Caisse de dépôt et placement du Québec (CDPQ)
    /// has invested" stays English.
    /// </summary>
    public static bool IsForeign(SentenceWords sentence)
    {
        var foreign = 0;
        var english = 0;
        foreach (var word in sentence.Words)
        {
            foreach (var part in Parts(word.Lower))
            {
                if (_sharedWords.Contains(part))
                {
                    continue;
                }

                foreign += _functionWords.Contains(part) ? 1 : _scaleWords.Contains(part) ? 2 : ForeignMetricCues.IsCueWord(part) && !_englishCueWords.Contains(part) ? 1 : 0;
                english += _englishWords.Contains(part) || IsEnglishShortScale(part) ? 1 : 0;
            }
        }

        return foreign >= 3 && foreign > 2 * english;
    }

    /// <summary>"€2bn", "$500m", "£80mn": an amount written the English short way.</summary>
    private static bool IsEnglishShortScale(string part) =>
        part.Length > 2 && char.IsDigit(part[^3]) && (part.EndsWith("bn", StringComparison.Ordinal) || part.EndsWith("mn", StringComparison.Ordinal));

    /// <summary>A word's letters split at apostrophes: "d’affaires" is "d" and "affaires".</summary>
    private static IEnumerable<string> Parts(string lower) => lower.Split(['\'', '’'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A word lower-case without an elided article or preposition: "d’affaires" → "affaires", "l'année" → "année".</summary>
    public static string Bare(Word word)
    {
        var lower = word.Lower;
        var apostrophe = lower.IndexOfAny(['\'', '’']);
        return apostrophe is > 0 and <= 3 && apostrophe < lower.Length - 1 ? lower[(apostrophe + 1)..] : lower;
    }

    /// <summary>True when the word carries an elided article or preposition: "d’Anthropic", "l’Agence".</summary>
    public static bool HasElision(Word word)
    {
        var apostrophe = word.Core.IndexOfAny(['\'', '’']);
        return apostrophe is > 0 and <= 3 && apostrophe < word.Core.Length - 1;
    }

    /// <summary>Articles and small words that open a noun phrase and belong to no name.</summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "el", "los", "las", "o", "os", "a", "as", "um", "uma", "der", "die", "das", "dem",
        "den", "ein", "eine", "einer", "il", "lo", "gli", "i", "del", "da", "do", "dos", "della", "dello", "dei", "di", "de",
        "pelo", "pela", "al", "au", "aux", "the",
    };

    /// <summary>Capitalised words that open a sentence or a clause and are no name in the five languages.</summary>
    private static readonly HashSet<string> _notNames = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "el", "los", "las", "o", "os", "a", "as", "um", "uma", "der", "die", "das", "ein", "eine",
        "il", "lo", "gli", "i", "en", "em", "in", "selon", "según", "segundo", "secondo", "laut", "con", "com", "mit", "so", "si", "ce", "cette",
        "son", "sa", "ses", "elle", "ella", "ele", "er", "sie", "es", "daraufhin", "allerdings", "nesta", "esta", "este", "esse", "essa",
        "de", "di", "da", "do", "del", "d", "para", "pour", "per", "für", "nach", "bei", "von", "und", "et", "y", "e", "mais", "pero",
        "aber", "ma", "us", "r", "usd", "eur", "dollars", "euros", "euro", "dólares", "dolares", "dollari", "francs", "reais", "pesos",
    };

    /// <summary>Currency codes written before an amount: "USD 50 Millionen", "BRL 2 bilhões".</summary>
    private static readonly HashSet<string> _currencyCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "BRL", "MXN", "COP", "ARS", "CLP", "PEN", "CAD", "AUD", "INR",
    };

    /// <summary>True when word i can be part of a name: capitalised, no article, no amount.</summary>
    public static bool IsNameWord(SentenceWords sentence, int i)
    {
        var word = sentence.Words[i];
        if (word.Core.Length == 0 || !char.IsLetterOrDigit(word.Core[0]) || (!word.IsCapitalised && !IsNameDigitWord(word.Core)))
        {
            return false;
        }

        // "US$ 25 milhões", "R$ 2 bilhões", "USD 50 Millionen": a currency is no name.
        if (word.Core.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol)
            || _currencyCodes.Contains(word.Core))
        {
            return false;
        }

        return !_notNames.Contains(Bare(word)) && !ForeignMetricCues.IsScaleOrCurrency(Bare(word)) && (!char.IsDigit(word.Core[0]) || IsNameDigitWord(word.Core));
    }

    /// <summary>A capitalised article an outlet's name opens with: "Le Monde", "El País", "O Globo", "Il Sole 24 Ore", "Der Spiegel".</summary>
    public static bool IsOwnArticle(Word word) =>
        word.Core is "Le" or "La" or "Les" or "El" or "O" or "Il" or "Der" or "Die" or "Das" or "Los";

    /// <summary>"Corriere della Sera", "Folha de S.Paulo": a small word inside an outlet's name, between two capitalised words.</summary>
    private static bool IsInnerConnector(SentenceWords sentence, int k) =>
        sentence.Words[k].Lower is "della" or "de" or "del" or "di" or "do" && k + 1 < sentence.Words.Count && !sentence.Words[k].EndsPhrase
        && IsNameWord(sentence, k + 1);

    private static bool IsNameDigitWord(string core) => core.Length > 1 && char.IsDigit(core[0]) && core.Any(char.IsLetter) && core.Any(char.IsUpper);

    /// <summary>
    /// The name starting at word i: capitalised words run together ("Griffin Gaming Partners", "SoftBank Group Corp."), with "y / e /
    /// et / und / and" joining two names ("General Atlantic y Softbank"), and a bracketed short form after it ("Anadolu (AA)").
    /// Null when word i opens no name. <paramref name="lastWord"/> is the name's last word.
    /// </summary>
    public static string? NameAt(SentenceWords sentence, int i, out int lastWord, bool joinLists = false, bool outlet = false)
    {
        var words = sentence.Words;
        lastWord = i;

        // "selon Les Echos", "según El País", "secondo Il Sole 24 Ore": an outlet's own capitalised article.
        var own = outlet && i >= 0 && i + 1 < words.Count && IsOwnArticle(words[i]) && !words[i].EndsPhrase && IsNameWord(sentence, i + 1);
        if (i < 0 || i >= words.Count || (!own && !IsNameWord(sentence, i)))
        {
            return null;
        }

        var last = own ? i + 1 : i;
        while (last + 1 < words.Count && !words[last].EndsPhrase && !words[last + 1].InBrackets
            && (IsNameWord(sentence, last + 1) || (outlet && IsNameWord(sentence, last) && IsInnerConnector(sentence, last + 1))
                || (outlet && sentence.Words[last + 1].Core.All(char.IsDigit) && last + 2 < words.Count && IsNameWord(sentence, last + 2)))
            && !ForeignMetricCues.IsCueWord(Bare(words[last + 1])))
        {
            last++;
        }

        // "General Atlantic y Softbank": two names joined.
        if (joinLists && last + 2 < words.Count && !words[last].EndsPhrase && words[last + 1].Lower is "y" or "e" or "et" or "und" or "and"
            && IsNameWord(sentence, last + 2) && NameAt(sentence, last + 2, out var second) is not null)
        {
            last = second;
        }

        // "Anadolu (AA)": the short form in brackets belongs to it.
        var end = words[last].End;
        if (last + 1 < words.Count && words[last + 1].InBrackets && words[last + 1].Core.Length is > 1 and <= 6 && words[last + 1].Core.All(char.IsUpper)
            && sentence.Text.IndexOf(')', words[last + 1].End) is var close && close >= 0 && close - words[last + 1].End <= 1)
        {
            last++;
            end = close + 1;
        }

        lastWord = last;
        var start = words[i].Start + (HasElision(words[i]) ? words[i].Core.IndexOfAny(['\'', '’']) + 1 : 0);
        var text = sentence.Text[start..end].TrimEnd('.', ',', ';', ':');
        return text.EndsWith("Corp", StringComparison.Ordinal) || text.EndsWith("Inc", StringComparison.Ordinal) ? text + "." : text;
    }
}
