namespace DealTracker.Domain.Figures;

/// <summary>
/// Numbers in other languages' words before a scale word ("dois mil milhões de dólares", "deux milliards d'euros",
/// "zwei Milliarden Euro"): a unit word is read as a number only when a scale follows it, so "dos personas" or "tre
/// volte" stay words. Reading looks at one word and the scale after it.
/// </summary>
public static partial class FigureExtractor
{
    // One to ten and a hundred in Spanish, Portuguese, French, German, Italian and Dutch; the articles "un"/"una"/"um"/"ein"
    // count as one before a scale ("un milliard de dollars").
    private static readonly Dictionary<string, int> _foreignUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["um"] = 1, ["uma"] = 1, ["une"] = 1, ["ein"] = 1, ["eine"] = 1, ["einer"] = 1, ["een"] = 1,
        ["dos"] = 2, ["dois"] = 2, ["duas"] = 2, ["deux"] = 2, ["zwei"] = 2, ["due"] = 2, ["twee"] = 2,
        ["tres"] = 3, ["três"] = 3, ["trois"] = 3, ["drei"] = 3, ["tre"] = 3, ["drie"] = 3,
        ["cuatro"] = 4, ["quatro"] = 4, ["quatre"] = 4, ["vier"] = 4, ["quattro"] = 4,
        ["cinco"] = 5, ["cinq"] = 5, ["fünf"] = 5, ["cinque"] = 5, ["vijf"] = 5,
        ["seis"] = 6, ["sechs"] = 6, ["sei"] = 6, ["zes"] = 6,
        ["siete"] = 7, ["sete"] = 7, ["sept"] = 7, ["sieben"] = 7, ["sette"] = 7, ["zeven"] = 7,
        ["ocho"] = 8, ["oito"] = 8, ["huit"] = 8, ["acht"] = 8, ["otto"] = 8,
        ["nueve"] = 9, ["nove"] = 9, ["neuf"] = 9, ["neun"] = 9, ["negen"] = 9,
        ["diez"] = 10, ["dez"] = 10, ["dix"] = 10, ["zehn"] = 10, ["dieci"] = 10, ["tien"] = 10,
        ["cien"] = 100, ["cem"] = 100, ["cent"] = 100, ["hundert"] = 100, ["cento"] = 100, ["honderd"] = 100,
        // "mil millones" (Spanish) and "mil milhões" (Portuguese) are a thousand millions, "mil" alone no number here.
        ["mil"] = 1000,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _foreignUnitLookup = _foreignUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The foreign unit word at <paramref name="i"/> as a number, when a scale word follows it and a currency after that
    /// ("dois mil milhões de dólares"); adds it to <paramref name="candidates"/> and returns where to read on, else null.
    /// </summary>
    private static int? ReadForeignWordsCandidate(string sentence, int i, List<Candidate> candidates, CurrencyContext context)
    {
        var wordEnd = i;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        var word = sentence.AsSpan(i, wordEnd - i);
        if (!_foreignUnitLookup.TryGetValue(word, out var unit)
            || CurrencyReader.ReadScale(sentence, wordEnd) is not { Abbreviation: false } scale
            || (unit == 1000 && !scale.Continental))
        {
            return null;
        }

        if (word.Length > 1 && !word.ContainsAnyInRange('a', 'z'))
        {
            // "the UN billion-dollar fund", "MS-DOS": a word in capitals is a name, not "un" or "dos".
            return null;
        }

        var number = new NumberToken(i, wordEnd, unit, null, true, false);
        if (ReadCandidate(sentence, number, candidates.Count > 0 ? candidates[^1].End : 0, context, false) is not { Currency: not null } candidate)
        {
            return null;
        }

        candidates.Add(candidate);
        return candidate.End;
    }

    /// <summary>
    /// "1.300 millones", "12.500 Mio.": before a scale only Continental copy writes, a dot before three digits groups
    /// thousands (English would write "1.3 billion"); the number reader took it for a decimal point.
    /// </summary>
    private static NumberToken ContinentalThousands(string sentence, NumberToken number, ScaleWord? scale)
    {
        if (scale is not { Continental: true } || number.InWords)
        {
            return number;
        }

        var written = sentence.AsSpan(number.Start, number.End - number.Start);
        var dot = written.IndexOf('.');
        return dot is >= 1 and <= 3 && written.Length - dot == 4 && written.Count('.') == 1 && !written.Contains(',')
            ? number with { Value = number.Value * 1000m }
            : number;
    }
}
