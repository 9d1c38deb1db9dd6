namespace DealTracker.Domain.Figures;

/// <summary>
/// Money forms of market reports the table alone did not read: British pence glued to the number ("a 455p a share bid", "shares
/// fell 12p to 455p"), read only in a sentence that speaks of shares, prices, bids or the London market, so that "1080p", "720p"
/// and a "5p" page are no money; Vietnamese dong without a scale when the amount is a price in thousands ("32,000 dong", not "5
/// dong"); and Hindi papers' bare crore and lakh ("57.5 करोड़ और …"), read as rupees as the English "crore" is (see
/// <c>BareCroreRupee</c>). "रुपये" and "रुपए" are rupee names in the table, so "48 करोड़ रुपये" reads through it.
/// </summary>
public static partial class FigureExtractor
{
    // Screen resolutions and video modes written with a glued "p": never a price.
    private static readonly HashSet<decimal> _videoModes = [144m, 240m, 360m, 480m, 540m, 576m, 720m, 1080m, 1440m, 2160m, 4320m];

    // Words of a sentence about prices, in which a glued "p" is pence.
    private static readonly HashSet<string> _penceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "stock", "stocks", "bid", "bids", "offer", "offers", "offered", "price", "prices", "priced", "pence", "penny",
        "ftse", "footsie", "dividend", "dividends", "apiece", "each", "valuing", "values", "valued", "aim", "lse", "closed", "traded",
        "trading", "fell", "rose", "slipped", "slid", "gained", "lost", "dropped", "jumped", "climbed", "declined", "advanced", "added",
        "eased", "firmed", "lower", "higher", "down", "up", "off",
    };

    // Hindi function words after a bare crore amount that show it is the amount itself ("57.5 करोड़ और …": and, of, from, in, up to, is, was; and the money verbs that end a Hindi clause).
    private static readonly HashSet<string> _afterHindiCrore = new(StringComparer.Ordinal)
    {
        "\u0914\u0930", "\u0915\u093E", "\u0915\u0940", "\u0915\u0947", "\u0938\u0947", "\u092E\u0947\u0902", "\u0924\u0915", "\u0939\u0948",
        "\u0939\u0948\u0902", "\u0925\u093E", "\u0925\u0940", "\u0925\u0947", "\u0915\u094B", "\u092A\u0930", "\u092F\u093E", "\u092D\u0940",

        // Money verbs closing the clause: raised (जुटाए, जुटाये), invested (लगाए), spent (खर्च).
        "\u091C\u0941\u091F\u093E\u090F", "\u091C\u0941\u091F\u093E\u092F\u0947", "\u0932\u0917\u093E\u090F", "\u0916\u0930\u094D\u091A",
    };

    // The Hindi crore and lakh, the nukta precomposed or not.
    private static readonly string[] _hindiScales = ["\u0915\u0930\u094B\u095C", "\u0915\u0930\u094B\u0921\u093C", "\u0932\u093E\u0916"];

    /// <summary>
    /// "455p a share", "fell 12p to 455p": a sentence about prices, and a number that is no screen mode ("1080p"). Since the
    /// forty-fifth session a price per share or each is pence whatever its number ("sold at 240p each", "a 240p a share bid").
    /// </summary>
    private static bool IsPenceSentence(string sentence, NumberToken number, int subunitEnd)
    {
        if (number.InWords)
        {
            return false;
        }

        if (PricedEach(sentence, subunitEnd))
        {
            return true;
        }

        if (number.Value == decimal.Truncate(number.Value) && _videoModes.Contains(number.Value))
        {
            return false;
        }

        if (sentence.Contains('£'))
        {
            return true;
        }

        for (var i = 0; i < sentence.Length;)
        {
            while (i < sentence.Length && !char.IsAsciiLetter(sentence[i]))
            {
                i++;
            }

            var start = i;
            while (i < sentence.Length && char.IsAsciiLetter(sentence[i]))
            {
                i++;
            }

            if (i > start && _penceWords.Contains(sentence[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>" each", " a share", " per share", " apiece" right after a glued "p" ending at <paramref name="end"/>.</summary>
    private static bool PricedEach(string sentence, int end)
    {
        var rest = sentence.AsSpan(Math.Min(end, sentence.Length));
        return (rest.StartsWith(" each", StringComparison.Ordinal) && EachEnds(rest[5..])) || rest.StartsWith(" a share", StringComparison.Ordinal)
            || rest.StartsWith(" per share", StringComparison.Ordinal) || rest.StartsWith(" apiece", StringComparison.Ordinal)
            || rest.StartsWith("-a-share", StringComparison.Ordinal);
    }

    // "at 240p each, raising", "240p each and 250p": "each" that ends the price, not "240p each day".
    private static bool EachEnds(ReadOnlySpan<char> after) =>
        after.IsEmpty || !(after[0] == ' ' || char.IsLetterOrDigit(after[0]))
        || after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(" to ", StringComparison.Ordinal)
        || after.StartsWith(" in ", StringComparison.Ordinal) || after.StartsWith(" on ", StringComparison.Ordinal)
        || after.StartsWith(" for ", StringComparison.Ordinal) || after.StartsWith(" from ", StringComparison.Ordinal)
        || after.StartsWith(" with ", StringComparison.Ordinal) || after.StartsWith(" by ", StringComparison.Ordinal);

    /// <summary>
    /// Since the forty-fifth session: the yen's "Y" only before a scale of a million or more ("Y19 trillion", not "Y2K"), and the back-quote
    /// an Indian paper's rupee sign becomes only before crore or lakh ("`75,000-crore", not "`5 million`").
    /// </summary>
    private static bool LostSignWithoutItsScale(string sentence, PrefixCurrency prefix, NumberToken number, ScaleWord? scale) => sentence[prefix.Start] switch
    {
        'Y' => prefix.Code == "JPY" && (scale?.Factor ?? number.Scale ?? 0m) < 1_000_000m,
        '`' => prefix.Code == "INR" && !(scale is { } word && sentence.AsSpan(number.End, word.End - number.End) is var written
            && (written.Contains("crore", StringComparison.OrdinalIgnoreCase) || written.Contains("lakh", StringComparison.OrdinalIgnoreCase))),
        _ => false,
    };

    /// <summary>"32,000 dong", "1,543,000 dong": a dong amount in thousands is a price without a scale (a bare "5 dong" is not read).</summary>
    private static bool IsDongPrice(SuffixCurrency suffix, NumberToken number) => suffix.Code == "VND" && number.Value >= 1000m;

    /// <summary>
    /// The rupee of a Hindi bare crore or lakh ("57.5 करोड़ और डिजिटल …", "100 करोड़।"): read when the amount ends the sentence or a clause
    /// or a Hindi function word follows it, as the English bare crore is; "3.68 करोड़ शेयर" counts shares and stays no money.
    /// </summary>
    private static string? HindiBareCroreRupee(string sentence, int coreEnd, CurrencyContext context)
    {
        var scale = Array.Find(_hindiScales, h => coreEnd >= h.Length && string.CompareOrdinal(sentence, coreEnd - h.Length, h, 0, h.Length) == 0);
        if (scale is null)
        {
            return null;
        }

        if (coreEnd >= sentence.Length || sentence[coreEnd] is ',' or '.' or ';' or ':' or ')' or '\u0964' or '\u2014' or '\u2013')
        {
            return context.Choose(_rupees);
        }

        if (sentence[coreEnd] != ' ')
        {
            return null;
        }

        var stop = coreEnd + 1;
        while (stop < sentence.Length && (char.IsLetter(sentence[stop]) || char.GetUnicodeCategory(sentence[stop]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            stop++;
        }

        return _afterHindiCrore.Contains(sentence[(coreEnd + 1)..stop]) ? context.Choose(_rupees) : null;
    }
}
