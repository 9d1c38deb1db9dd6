namespace DealTracker.Domain.Figures;

/// <summary>
/// Since the thirty-fourth session: currency words that are no money where they stand: pounds of weight ("1.85 billion pounds of
/// copper", "25 million pounds of food"), a share of every dollar ("1 in 4 dollars invested", "one in three dollars raised") and the
/// idiom "a thousand-pound gorilla". Each check looks at a bounded stretch of text next to the figure.
/// </summary>
public static partial class FigureExtractor
{
    // Things weighed in pounds after "pounds of" ("1.85 billion pounds of copper", "25 million pounds of food"); any other noun keeps
    // the pounds money ("5 billion pounds of investment", "200 million pounds of computing power").
    private static readonly HashSet<string> _weighedInPounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "copper", "gold", "silver", "nickel", "zinc", "lithium", "uranium", "cobalt", "aluminium", "aluminum", "steel", "iron", "ore",
        "concentrate", "coal", "carbon", "co2", "emissions", "food", "waste", "trash", "garbage", "plastic", "plastics", "paper", "cardboard",
        "beef", "meat", "pork", "chicken", "poultry", "fish", "seafood", "salmon", "cheese", "milk", "butter", "coffee", "cocoa", "tea",
        "sugar", "cotton", "rice", "wheat", "corn", "grain", "soybeans", "feed", "fertilizer", "fertiliser", "produce", "fruit", "vegetables",
        "potatoes", "chocolate", "candy", "cargo", "freight", "material", "materials", "textiles", "clothing", "hemp", "cannabis", "marijuana",
        "flour", "meal", "protein", "weight", "thrust", "payload", "pressure", "force",
    };

    /// <summary>
    /// True when a pound named after the number weighs rather than pays: "pounds of" and a thing weighed ("copper", "food"), or
    /// "pound gorilla".
    /// </summary>
    private static bool IsWeightPound(string sentence, SuffixCurrency suffix)
    {
        if (suffix.Code != "GBP" || !suffix.Weak)
        {
            return false;
        }

        var next = WordAfter(sentence, suffix.End);
        if (next.Word.Equals("gorilla", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return next.Word.Equals("of", StringComparison.OrdinalIgnoreCase) && WordAfter(sentence, next.End).Word is { Length: > 0 } noun
            && _weighedInPounds.Contains(noun);
    }

    /// <summary>"1 in 4 dollars", "one in every three dollars": a share of the money, not an amount (a small whole number, no scale).</summary>
    private static bool IsShareOfEveryUnit(string sentence, NumberToken number)
    {
        if (number.Value is < 2 or > 100 || number.Value != decimal.Truncate(number.Value) || number.Scale is not null)
        {
            return false;
        }

        var before = WordBefore(sentence, number.Start);
        if (before.Word.Equals("every", StringComparison.OrdinalIgnoreCase))
        {
            before = WordBefore(sentence, before.Start);
        }

        if (!before.Word.Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var share = WordBefore(sentence, before.Start).Word;
        return share.Length > 0 && (char.IsAsciiDigit(share[^1]) || NumberReader.MayStartWords(share));
    }

    private static (string Word, int End) WordAfter(string sentence, int p)
    {
        var start = p;
        while (start < sentence.Length && start - p < 2 && sentence[start] is ' ' or '-')
        {
            start++;
        }

        var word = NextWord(sentence, start);
        return start == p ? ("", p) : (word, start + word.Length);
    }

    private static (string Word, int Start) WordBefore(string sentence, int p)
    {
        var end = p;
        while (end > 0 && end - p > -2 && sentence[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(sentence[start - 1]))
        {
            start--;
        }

        return end == p ? ("", p) : (sentence[start..end], start);
    }
}
