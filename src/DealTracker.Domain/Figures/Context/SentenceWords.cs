namespace DealTracker.Domain.Figures.Context;

/// <summary>A sentence cut into words, with the names in it: what every rule reads.</summary>
internal sealed class SentenceWords
{
    /// <summary>Words between "for a" and "consideration / price / sum of" that only describe the price: "for a total purchase price of".</summary>
    private static readonly HashSet<string> _priceAdjectives = new(StringComparer.Ordinal)
    {
        "cash", "total", "aggregate", "overall", "purchase", "combined", "gross", "net", "final", "agreed", "base",
    };

    /// <summary>Adjectives that say only how big a figure feels: "a staggering $4 billion" (<see cref="WithoutIntensifiers"/>).</summary>
    private static readonly HashSet<string> _intensifiers = new(StringComparer.Ordinal)
    {
        "staggering", "whopping", "massive", "hefty", "huge", "cool", "mammoth", "colossal", "enormous", "gigantic", "eye-watering",
        "eye-popping", "jaw-dropping", "mind-blowing", "mind-boggling", "astonishing", "astounding", "stunning", "incredible", "impressive",
        "remarkable", "whooping", "princely", "handsome", "sizeable", "sizable", "substantial", "significant", "considerable",
        "modest", "mere", "paltry", "healthy", "robust", "solid", "tidy",
    };

    private readonly int _lastComputeWord;
    private readonly int[] _computeWordsBefore;

    public SentenceWords(string text, int start, int end, KnownNames? known = null)
    {
        Text = text;
        Start = start;
        End = end;
        Words = WithoutShareAsides(WithoutIntensifiers(WithoutPriceFiller(WithPercentSigns(Context.Words.Split(text, start, end)))));
        Names = NameFinder.Find(text, Words, known ?? KnownNames.None);
        NameAt = new Name?[Words.Count];
        foreach (var name in Names)
        {
            for (var i = name.First; i <= name.Last; i++)
            {
                NameAt[i] = name;
            }
        }

        _lastComputeWord = -1;
        _computeWordsBefore = new int[Words.Count + 1];
        FirstStake = int.MaxValue;
        for (var i = 0; i < Words.Count; i++)
        {
            var lower = Words[i].Lower;
            _computeWordsBefore[i + 1] = _computeWordsBefore[i];
            // "bought 1.34 per cent for Rs 6,598.38 crore": a share of a company written as a percentage is a stake.
            var percent = lower is "percent" || lower.EndsWith('%') || (lower == "cent" && i > 0 && Words[i - 1].Lower == "per");
            if ((lower is "stake" or "stakes" || percent) && FirstStake == int.MaxValue)
            {
                FirstStake = i;
            }

            if (MetricRules.IsComputeWord(lower) || (lower == "services" && i > 0 && Words[i - 1].Lower == "web")
                || (lower is "centers" or "centres" or "center" or "centre" && i > 0 && Words[i - 1].Lower == "data"))
            {
                _lastComputeWord = i;
                _computeWordsBefore[i + 1]++;
            }
        }
    }

    /// <summary>
    /// "for a cash consideration of ₹3.46 crore", "for a total purchase price of $2 billion" read as "for ₹3.46 crore": the words
    /// between "for" and the price say only that it is a price, and every rule that reads a price after "for" should see it.
    /// </summary>
    private static List<Word> WithoutPriceFiller(List<Word> words)
    {
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i].Lower != "for" || words[i].EndsPhrase || words[i + 1].Lower is not ("a" or "an" or "the"))
            {
                continue;
            }

            var j = i + 2;
            while (j < words.Count && _priceAdjectives.Contains(words[j].Lower))
            {
                j++;
            }

            if (j + 1 < words.Count && words[j].Lower is "consideration" or "price" or "sum" && words[j + 1].Lower == "of" && !words[j].EndsPhrase)
            {
                words.RemoveRange(i + 1, j + 1 - i);
            }
        }

        return words;
    }

    /// <summary>
    /// Since the thirty-eighth session: "will acquire a 40 pct interest in … for 5,342 million U.S. dollars", "bought a 45pc stake in OneWeb":
    /// the wires' "pct" and the British press's "pc" after a number are a percentage, read as "percent" and "45%" as every stake rule reads
    /// "40 percent" and "45%". Before, "40 pct interest" was no stake and the price of it was read as other.
    /// </summary>
    private static List<Word> WithPercentSigns(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var core = words[i].Core;
            if (core.Equals("pct", StringComparison.OrdinalIgnoreCase) && i > 0 && IsPlainNumber(words[i - 1].Core))
            {
                words[i] = words[i] with { Core = "percent" };
            }
            else if (core.EndsWith("pct", StringComparison.OrdinalIgnoreCase) && IsPlainNumber(core[..^3]))
            {
                words[i] = words[i] with { Core = core[..^3] + "%" };
            }
            else if (core.EndsWith("pc", StringComparison.OrdinalIgnoreCase) && IsPlainNumber(core[..^2]))
            {
                words[i] = words[i] with { Core = core[..^2] + "%" };
            }
        }

        return words;
    }

    /// <summary>"40", "19.9", "1,5": digits with at most one decimal mark, starting and ending with a digit.</summary>
    private static bool IsPlainNumber(string core) =>
        core.Length > 0 && char.IsAsciiDigit(core[0]) && char.IsAsciiDigit(core[^1]) && core.All(c => char.IsAsciiDigit(c) || c is '.' or ',')
        && core.Count(c => c is '.' or ',') <= 1;

    /// <summary>
    /// Since the twenty-first session: "invest a staggering $4 billion", "raised a cool $50 million" read as "invest a $4 billion": an
    /// adjective between "a" and a money figure that only says how big the figure feels. The rules' own filler lists name some of these
    /// words ("whopping", "hefty") and not others ("staggering" made "plans to invest a staggering $4 billion" other); without the word,
    /// every rule reads the figure as it reads "a $4 billion".
    /// </summary>
    private static List<Word> WithoutIntensifiers(List<Word> words)
    {
        for (var i = words.Count - 2; i >= 1; i--)
        {
            if (_intensifiers.Contains(words[i].Lower) && !words[i].EndsPhrase && !words[i - 1].EndsPhrase
                && words[i - 1].Lower is "a" or "an" && StartsAnAmount(words, i + 1))
            {
                words.RemoveAt(i);
            }
        }

        return words;
    }

    /// <summary>
    /// Since the twenty-first session: "About US$2.7 billion (S$3.6 billion), or 15 per cent, of the company’s revenue" read as "About
    /// US$2.7 billion (S$3.6 billion) of the company’s revenue": a share of the same whole, set off by commas between an amount and "of",
    /// says what part the amount is and nothing of what it is.
    /// </summary>
    private static List<Word> WithoutShareAsides(List<Word> words)
    {
        for (var j = 0; j + 4 < words.Count; j++)
        {
            // The comma may follow a bracketed conversion's closing bracket ("(S$3.6 billion), or 15 per cent,").
            var comma = words[j].After == ',' || (words[j].After == ')' && words[j].InBrackets);
            if (!comma || words[j + 1].Lower != "or" || words[j + 2].Core.Length == 0 || !char.IsDigit(words[j + 2].Core[0]))
            {
                continue;
            }

            // ", or 15 per cent," / ", or 15 percent," / ", or 15%,"
            var end = words[j + 2].Core.EndsWith('%') ? j + 2
                : words[j + 3].Lower is "percent" ? j + 3
                : words[j + 3].Lower == "per" && words[j + 4].Lower == "cent" ? j + 4
                : -1;
            if (end < 0 || words[end].After != ',' || end + 1 >= words.Count || words[end + 1].Lower != "of")
            {
                continue;
            }

            words[j] = words[j].After == ',' ? words[j] with { After = ' ' } : words[j];
            words.RemoveRange(j + 1, end - j);
        }

        return words;
    }

    /// <summary>A money figure starts at word <paramref name="i"/>: "$4", "US$1.3", "€2.5bn", "Rs", "EUR 251m".</summary>
    private static bool StartsAnAmount(List<Word> words, int i)
    {
        var core = words[i].Core;
        if (core.Length == 0)
        {
            return false;
        }

        // "$4", "US$1.3", "A$300", "€2.5bn": a currency sign, at most two letters before it, then the digits.
        var symbol = core.TakeWhile(c => !char.IsDigit(c)).ToArray();
        if (symbol.Length is > 0 and <= 3 && symbol.Length < core.Length && symbol.Any(c => char.IsSymbol(c) || c == '$'))
        {
            return true;
        }

        return i + 1 < words.Count && words[i].Lower is "rs" or "rs." or "inr" or "usd" or "eur" or "gbp" or "cad" or "aud" or "sgd" or "hkd" or "jpy"
            or "rmb" or "cny" or "krw" or "nok" or "sek" or "chf" or "us" or "sh" or "ksh" or "₹" && words[i + 1].Core.Length > 0 && char.IsDigit(words[i + 1].Core[0]);
    }

    /// <summary>The whole text the sentence is part of.</summary>
    public string Text { get; }

    public int Start { get; }

    /// <summary>Index of the first "stake" (or percentage: "1.16 per cent") in the sentence, or <see cref="int.MaxValue"/>.</summary>
    public int FirstStake { get; }

    public int End { get; }

    public List<Word> Words { get; }

    public List<Name> Names { get; }

    /// <summary>The name each word belongs to, if any.</summary>
    public Name?[] NameAt { get; }

    /// <summary>Whether a compute word ("cloud", "computing", "Azure", "Amazon Web Services") is at or after word <paramref name="from"/>.</summary>
    public bool MentionsCompute(int from) => _lastComputeWord >= from;

    /// <summary>Whether a compute word is among words <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public bool MentionsCompute(int from, int to)
    {
        from = Math.Clamp(from, 0, Words.Count);
        to = Math.Clamp(to, from, Words.Count);
        return _computeWordsBefore[to] > _computeWordsBefore[from];
    }

    /// <summary>
    /// The organisation named at <paramref name="i"/> or after a few lower-case words saying what it is ("from e-commerce giant
    /// Amazon", "from travel and accommodation booking service Booking Holdings"); null when none is.
    /// </summary>
    public Name? OrganisationAfterDescriptor(int i, bool pastPlaces = false)
    {
        for (var j = i; j < Words.Count && j - i <= 5; j++)
        {
            if (NameAt[j] is { } name)
            {
                return name.First == j && name.Kind == NameKind.Organisation ? name : null;
            }

            if (Words[j].EndsPhrase || Words[j].Core.Length == 0 || !(char.IsLower(Words[j].Core[0]) || (pastPlaces && IsPlaceDescriptor(Words[j].Lower)))
                || Words[j].Lower is "the" or "a" or "an" or "its")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Since the thirty-first session: "Toronto-based", "Nasdaq-listed": a capitalised word that only says where a giver is.</summary>
    private static bool IsPlaceDescriptor(string lower) =>
        lower.EndsWith("-based", StringComparison.Ordinal) || lower.EndsWith("-listed", StringComparison.Ordinal)
        || lower.EndsWith("-headquartered", StringComparison.Ordinal) || lower.EndsWith("-registered", StringComparison.Ordinal);

    /// <summary>
    /// The giver named at <paramref name="i"/> or after words describing it, past a name that only modifies a role noun ("from Airbnb
    /// investor Sequoia Capital" → Sequoia Capital; see <see cref="DescribedName"/>).
    /// </summary>
    public Name? GiverAfterDescriptor(int i) => OrganisationAfterDescriptor(i, pastPlaces: true) is { } name ? DescribedName(name) : null;

    /// <summary>
    /// Since the name-shapes sweep: "Alphabet's Google", "SoftBank's Vision Fund 2", "Amazon's AWS": an organisation's possessive right
    /// before another organisation's name describes that one, its unit or fund, which is the one meant; else the owner itself.
    /// </summary>
    private Name OwnedName(Name owner) =>
        owner.Last + 1 < Words.Count && NameAt[owner.Last + 1] is { Kind: NameKind.Organisation } owned && owned.First == owner.Last + 1
            && owner.Kind == NameKind.Organisation ? owned : owner;

    /// <summary>Role nouns a name may modify to describe the name after them: "Airbnb investor Sequoia Capital", "Google parent Alphabet".</summary>
    private static readonly HashSet<string> _roleNouns = new(StringComparer.Ordinal)
    {
        "investor", "backer", "shareholder", "stakeholder", "parent", "owner", "maker", "rival", "partner", "affiliate", "unit", "subsidiary",
        "arm", "developer", "operator", "creator",
    };

    /// <summary>
    /// "Airbnb investor Sequoia Capital", "Google parent company Alphabet", "ChatGPT maker OpenAI": a name that only modifies a role noun
    /// describes the name right after it, which is the one meant; any other name is itself. At most two small words ("early", "company")
    /// stand with the role noun, and the name after must follow at once ("Airbnb investor, Sequoia" is a list, left alone).
    /// </summary>
    public Name DescribedName(Name name)
    {
        if (name.Possessive)
        {
            return OwnedName(name);
        }

        if (Words[name.Last].EndsPhrase)
        {
            return name;
        }

        for (var j = name.Last + 1; j < Words.Count && j - name.Last <= 3; j++)
        {
            var word = Words[j];
            if (word.Core.Length == 0 || !char.IsLower(word.Core[0]) || word.Possessive)
            {
                return name;
            }

            if (_roleNouns.Contains(word.Lower) || (IsCompanyWord(word.Lower) && j > name.Last + 1 && _roleNouns.Contains(Words[j - 1].Lower)))
            {
                var more = j + 1 < Words.Count && !word.EndsPhrase && IsCompanyWord(Words[j + 1].Lower);
                var at = more ? j + 2 : j + 1;
                if (!word.EndsPhrase && at < Words.Count && NameAt[at] is { Kind: NameKind.Organisation } described && described.First == at)
                {
                    return described;
                }
            }

            if (word.EndsPhrase)
            {
                return name;
            }
        }

        return name;
    }

    /// <summary>The small words that may stand with a role noun: "parent company", "investor firm", "holding group".</summary>
    private static bool IsCompanyWord(string lower) => lower is "company" or "firm" or "group";

    /// <summary>The first word starting at or after <paramref name="position"/>.</summary>
    public int WordAtOrAfter(int position)
    {
        int low = 0, high = Words.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Words[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
