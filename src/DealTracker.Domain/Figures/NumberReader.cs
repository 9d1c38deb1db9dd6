using System.Globalization;
using System.Text;

namespace DealTracker.Domain.Figures;

/// <summary>A number as written: where it is and its value, before any scale.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index just past it.</param>
/// <param name="Value">Its value: 1250 for "1,250", 1.5 for "1,5", 250 for "two hundred and fifty".</param>
/// <param name="Scale">A scale written as part of the words ("a billion", "half a million"), or null.</param>
/// <param name="InWords">True when written in words ("seven", "half a billion").</param>
/// <param name="Plain">True for a run of digits with no separators and no decimals ("2025").</param>
/// <param name="Approximate">True for a fraction no decimal holds, rounded to the unit ("a third of a billion" is about 333,333,333).</param>
internal readonly record struct NumberToken(int Start, int End, decimal Value, decimal? Scale, bool InWords, bool Plain, bool Approximate = false);

/// <summary>
/// Reads numbers by hand, left to right, in time linear in what it reads: digits with thousands
/// separators (<c>,</c> <c>.</c> <c>'</c> thin space), Indian grouping ("1,00,000"), a decimal point or
/// comma ("1.5", "1,5"), and numbers in words ("two hundred and fifty million", "half a billion").
/// </summary>
internal static class NumberReader
{
    private const int MaxIntegerDigits = 15;
    private const int MaxDecimals = 6;

    // "two hundred and fifty-five thousand three hundred and twelve million" is 12 words; longer runs are no number.
    private const int MaxWords = 16;

    private static readonly Dictionary<string, int> _units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> _wordScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["lakh"] = 100_000m, ["million"] = 1_000_000m, ["crore"] = 10_000_000m,
        ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> _scaleLookup = _wordScales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True for a character that separates groups of thousands: "1,000", "1.000", "1'000", "1 000" (thin or no-break space;
    /// a plain space only when <paramref name="plainSpace"/>: "1 234 567 euros" is read so only when it turns out money).
    /// </summary>
    private static bool IsGroupSeparator(char c, bool plainSpace) => c is ',' or '.' or '\'' or '’' or '\u2009' or '\u202F' or '\u00A0' || (plainSpace && c == ' ');

    /// <summary>
    /// Reads the digits starting at <paramref name="start"/> (an ASCII digit not preceded by another).
    /// False when they are no amount: more than 15 integer digits, more than 6 decimals, or run on into
    /// more digits ("1.2.3", "29/01" stops at the slash and is read as 29). With <paramref name="plainSpaceGroups"/>, a plain
    /// space separates groups of three too ("1 234 567", "1 234,5"); false when no such group follows.
    /// </summary>
    public static bool TryReadDigits(string s, int start, out NumberToken token, bool plainSpaceGroups = false)
    {
        token = default;
        var n = s.Length;
        var p = start;
        while (p < n && char.IsAsciiDigit(s[p]))
        {
            p++;
        }

        var integer = new StringBuilder(s, start, p - start, 32);
        var groupSeparator = '\0';
        if (p - start <= 3 && p + 1 < n && IsGroupSeparator(s[p], plainSpaceGroups))
        {
            var (groupsEnd, groupsDigits) = ReadGroups(s, p, s[p]);
            if (groupsEnd > p)
            {
                groupSeparator = s[p];
                integer.Append(groupsDigits);
                p = groupsEnd;
            }
        }

        if (plainSpaceGroups && groupSeparator != ' ')
        {
            return false;
        }

        var fraction = "";
        if (p + 1 < n && s[p] is '.' or ',' && s[p] != groupSeparator && char.IsAsciiDigit(s[p + 1]))
        {
            var digits = CountDigits(s, p + 1);

            // A comma is a decimal mark after '.' groups ("1.000,5"), or before one or two digits ("1,5", "12,75").
            var isDecimal = s[p] == '.' || groupSeparator is '.' or '\'' or '’' or '\u2009' or '\u202F' or '\u00A0' or ' ' || (groupSeparator == '\0' && digits <= 2);
            if (isDecimal)
            {
                if (digits > MaxDecimals)
                {
                    return false;
                }

                fraction = s.Substring(p + 1, digits);
                p += 1 + digits;
            }
        }

        // "1.2.3", "1,5,6": a version or a list, not one amount.
        if (p < n && (char.IsAsciiDigit(s[p]) || (p + 1 < n && s[p] is '.' or ',' && char.IsAsciiDigit(s[p + 1]))))
        {
            return false;
        }

        var integerText = integer.ToString().TrimStart('0');
        if (integerText.Length > MaxIntegerDigits)
        {
            return false;
        }

        var text = (integerText.Length == 0 ? "0" : integerText) + (fraction.Length > 0 ? "." + fraction : "");
        var value = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        token = new NumberToken(start, p, value, null, false, groupSeparator == '\0' && fraction.Length == 0);
        return true;
    }

    /// <summary>
    /// The groups after the first digits: each the separator and three digits ("1,250,000"), or, with commas,
    /// Indian two-digit groups before a last group of three ("1,00,000"). A single '.' group ("1.500") is a
    /// decimal in English and is left to the decimal reader. Returns where the groups end and their digits.
    /// </summary>
    private static (int End, string Digits) ReadGroups(string s, int p, char separator)
    {
        var digits = new StringBuilder();
        var q = p;
        var groups = 0;
        var lastWasThree = false;
        // At most as many groups as MaxIntegerDigits allows: a longer run is no amount, and stopping here keeps a run of
        // "1 234 234 …" read once per number, not once per group.
        while (q < s.Length && s[q] == separator && groups <= MaxIntegerDigits / 2)
        {
            var count = CountDigits(s, q + 1);
            if (count == 3)
            {
                digits.Append(s, q + 1, 3);
                q += 4;
                groups++;
                lastWasThree = true;
                continue;
            }

            if (count == 2 && separator == ',' && q + 3 < s.Length && s[q + 3] == ',' && (groups == 0 || !lastWasThree))
            {
                digits.Append(s, q + 1, 2);
                q += 3;
                groups++;
                lastWasThree = false;
                continue;
            }

            break;
        }

        if (groups == 0 || !lastWasThree)
        {
            return (p, "");
        }

        if (separator == '.' && groups == 1 && !(q + 1 < s.Length && s[q] == ',' && char.IsAsciiDigit(s[q + 1])))
        {
            // "1.500" is 1.5 in English; only "1.500.000" or "1.500,5" read the dot as a thousands separator.
            return (p, "");
        }

        return (q, digits.ToString());
    }

    private static int CountDigits(string s, int p)
    {
        var q = p;
        while (q < s.Length && char.IsAsciiDigit(s[q]))
        {
            q++;
        }

        return q - p;
    }

    /// <summary>True when the word at <paramref name="start"/> could begin a number in words.</summary>
    public static bool MayStartWords(ReadOnlySpan<char> word) =>
        _unitLookup.ContainsKey(word) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("half", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a number in words starting at a word start: "seven", "twenty-five", "two hundred and fifty million",
    /// "a billion", "half a billion", "one and a half billion". "a"/"an" counts only before "hundred" or a scale.
    /// The scale words are part of the token (<see cref="NumberToken.Scale"/>).
    /// </summary>
    public static bool TryReadWords(string s, int start, out NumberToken token)
    {
        token = default;
        var words = new WordsSoFar { End = start };
        var p = start;
        var count = 0;
        while (p < s.Length && count++ < MaxWords)
        {
            var wordEnd = p;
            while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == p || (wordEnd < s.Length && char.IsLetterOrDigit(s[wordEnd])))
            {
                break;
            }

            p = ReadWord(s, p, wordEnd, ref words);
            if (p < 0)
            {
                break;
            }
        }

        var value = words.Total + words.Current;
        if (!words.Any || value <= 0 || words.End == start)
        {
            return false;
        }

        token = new NumberToken(start, words.End, value, words.Scale, true, false, words.Approximate);
        return true;
    }

    /// <summary>The number in words read so far, kept on the stack while <see cref="TryReadWords"/> walks the words.</summary>
    private struct WordsSoFar
    {
        /// <summary>The sum of the parts already multiplied by a scale ("two million" of "two million three hundred").</summary>
        public decimal Total;

        /// <summary>The part not yet given a scale ("three hundred").</summary>
        public decimal Current;

        /// <summary>The last scale word read, or null.</summary>
        public decimal? Scale;

        /// <summary>True once a number word has been read.</summary>
        public bool Any;

        /// <summary>True after "half a", which halves the next scale.</summary>
        public bool Half;

        /// <summary>After "a quarter of a", "three quarters of a", "a third of a": the part of the next scale meant; 0 when none.</summary>
        public decimal Fraction;

        /// <summary>True when a third was read: the amount is rounded to the unit.</summary>
        public bool Approximate;

        /// <summary>Index just past the last word that is part of the number.</summary>
        public int End;
    }

    /// <summary>
    /// Adds the word from <paramref name="p"/> to <paramref name="wordEnd"/> to the number. Returns where the next
    /// word starts, or -1 when the number ends here (the word is no number word, or nothing may follow it).
    /// </summary>
    private static int ReadWord(string s, int p, int wordEnd, ref WordsSoFar words)
    {
        var word = s.AsSpan(p, wordEnd - p);
        var next = NextWord(s, wordEnd);
        if (_unitLookup.TryGetValue(word, out var unit))
        {
            words.Current += unit;
            words.Any = true;
            words.End = wordEnd;
        }
        else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && words.Any && words.Current is > 0 and < 100)
        {
            words.Current = (words.Current == 0 ? 1 : words.Current) * 100;
            words.End = wordEnd;
        }
        else if (_scaleLookup.TryGetValue(word, out var wordScale) && (words.Any || words.Half))
        {
            if (!ApplyScale(wordScale, wordEnd, next.Word, ref words))
            {
                return -1;
            }
        }
        else if (IsArticle(word) && (next.Word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || _scaleLookup.ContainsKey(next.Word) || FractionOf(next.Word) > 0))
        {
            if (!words.Half)
            {
                words.Current += 1;
                words.Any = true;
            }
        }
        else if (word.Equals("point", StringComparison.OrdinalIgnoreCase) && p > 0 && s[p - 1] == '-' && words.Any && words.Total == 0
                 && words.Scale is null && !words.Half && words.Fraction == 0 && words.Current == decimal.Truncate(words.Current)
                 && TryReadSpokenDecimals(s, p - 1, out var decimals, out var decimalsEnd))
        {
            // "eight-point-five billion U.S. dollars".
            words.Current += decimals;
            words.End = decimalsEnd;
            var afterDecimals = SkipSeparator(s, decimalsEnd);
            return afterDecimals == decimalsEnd ? -1 : afterDecimals;
        }
        else if (word.Equals("half", StringComparison.OrdinalIgnoreCase) && !words.Any && IsArticle(next.Word))
        {
            words.Half = true;
        }
        else if (FractionOf(word) is > 0 and var parts)
        {
            // "a quarter of a billion", "three-quarters of a billion", "a third of a billion", "a quarter-billion".
            return ReadFraction(s, parts, next, ref words);
        }
        else if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && words.Any
                 && (_unitLookup.ContainsKey(next.Word) || (IsArticle(next.Word) && NextWord(s, next.End).Word.Equals("half", StringComparison.OrdinalIgnoreCase))))
        {
            if (IsArticle(next.Word))
            {
                // "one and a half billion"
                words.Current += 0.5m;
                return SkipSeparator(s, NextWord(s, next.End).End);
            }
        }
        else
        {
            return -1;
        }

        var after = SkipSeparator(s, wordEnd);
        return after == wordEnd ? -1 : after;
    }

    /// <summary>
    /// Multiplies what was read since the last scale by <paramref name="wordScale"/> ("two hundred million", "half a
    /// billion"). False when the number ends with the scale: only a unit or "and" may follow it.
    /// </summary>
    private static bool ApplyScale(decimal wordScale, int wordEnd, string next, ref WordsSoFar words)
    {
        var factor = words.Half ? 0.5m : words.Fraction > 0 ? words.Fraction : words.Current == 0 ? 1 : words.Current;
        words.Total += words.Approximate ? Math.Round(factor * wordScale, 0, MidpointRounding.AwayFromZero) : factor * wordScale;
        words.Fraction = 0;
        words.Any = true;
        words.Scale = wordScale;
        words.Current = 0;
        words.Half = false;
        words.End = wordEnd;
        return _unitLookup.ContainsKey(next) || next.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Since the thirty-fourth session: the decimals Korean broadcasters' English copy spells out after a whole number, joined by
    /// hyphens: "-point-one" of "12-point-one trillion won", "-point-5" of "1-point-5 trillion won", "-point-two-five". Reads at
    /// <paramref name="p"/> (the hyphen before "point") the digits or digit words up to <see cref="MaxDecimals"/>; false when none
    /// follow ("a 10-point plan").
    /// </summary>
    public static bool TryReadSpokenDecimals(string s, int p, out decimal fraction, out int end)
    {
        const string point = "-point-";
        fraction = 0;
        end = p;
        if (p + point.Length >= s.Length || string.Compare(s, p, point, 0, point.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var q = p + point.Length;
        var place = 0.1m;
        var count = 0;
        while (q < s.Length && count < MaxDecimals)
        {
            int digit;
            int next;
            if (char.IsAsciiDigit(s[q]))
            {
                digit = s[q] - '0';
                next = q + 1;
            }
            else
            {
                next = q;
                while (next < s.Length && char.IsAsciiLetter(s[next]))
                {
                    next++;
                }

                var word = s.AsSpan(q, next - q);
                digit = word.Equals("zero", StringComparison.OrdinalIgnoreCase) ? 0 : _unitLookup.TryGetValue(word, out var unit) && unit < 10 ? unit : -1;
                if (digit < 0 || (next < s.Length && char.IsAsciiDigit(s[next])))
                {
                    break;
                }
            }

            fraction += digit * place;
            place /= 10;
            count++;
            end = next;
            if (char.IsAsciiDigit(s[q]) && next < s.Length && char.IsAsciiDigit(s[next]))
            {
                q = next;
                continue;
            }

            if (next + 1 < s.Length && s[next] == '-' && (char.IsAsciiLetter(s[next + 1]) || char.IsAsciiDigit(s[next + 1])) && !char.IsAsciiDigit(s[q]))
            {
                q = next + 1;
                continue;
            }

            break;
        }

        return count > 0 && (end >= s.Length || !char.IsLetterOrDigit(s[end]));
    }

    /// <summary>4 for "quarter"/"quarters", 3 for "third"/"thirds", else 0.</summary>
    private static int FractionOf(ReadOnlySpan<char> word) =>
        word.Equals("quarter", StringComparison.OrdinalIgnoreCase) || word.Equals("quarters", StringComparison.OrdinalIgnoreCase) ? 4
        : word.Equals("third", StringComparison.OrdinalIgnoreCase) || word.Equals("thirds", StringComparison.OrdinalIgnoreCase) ? 3
        : 0;

    /// <summary>
    /// "quarter(s)" or "third(s)" after one to three ("a", "one", "two", "three") and before a scale, directly ("a
    /// quarter-billion") or after "of a" ("a quarter of a billion"): the next scale is multiplied by that part. Returns where
    /// the scale word starts, or -1 when the words are no such fraction ("a quarter of the shares", "the third quarter").
    /// </summary>
    private static int ReadFraction(string s, int parts, (string Word, int End) next, ref WordsSoFar words)
    {
        if (words.Current is < 1 or > 3 || words.Current != decimal.Truncate(words.Current) || words.Total != 0 || words.Scale is not null
            || words.Half || words.Fraction != 0 || words.Current >= parts)
        {
            return -1;
        }

        int scaleStart;
        if (_scaleLookup.ContainsKey(next.Word))
        {
            scaleStart = next.End - next.Word.Length;
        }
        else if (next.Word.Equals("of", StringComparison.OrdinalIgnoreCase) && NextWord(s, next.End) is var article && IsArticle(article.Word)
                 && _scaleLookup.ContainsKey(NextWord(s, article.End).Word))
        {
            scaleStart = SkipSeparator(s, article.End);
        }
        else
        {
            return -1;
        }

        words.Fraction = words.Current / parts;
        words.Approximate |= parts == 3;
        words.Current = 0;
        return scaleStart;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>Past one space or one hyphen between number words ("twenty-five", "two hundred").</summary>
    private static int SkipSeparator(string s, int p) =>
        p < s.Length && (s[p] == ' ' || s[p] == '-') && p + 1 < s.Length && char.IsAsciiLetter(s[p + 1]) ? p + 1 : p;

    private static (string Word, int End) NextWord(string s, int p)
    {
        var start = SkipSeparator(s, p);
        if (start == p)
        {
            return ("", p);
        }

        var end = start;
        while (end < s.Length && char.IsAsciiLetter(s[end]))
        {
            end++;
        }

        return (s[start..end], end);
    }
}
