namespace DealTracker.Domain.Figures.Context;

/// <summary>A sentence cut into words, with the names in it: what every rule reads.</summary>
internal sealed class SentenceWords
{
    /// <summary>Words between "for a" and "consideration / price / sum of" that only describe the price: "for a total purchase price of".</summary>
    private static readonly HashSet<string> _priceAdjectives = new(StringComparer.Ordinal)
    {
        "cash", "total", "aggregate", "overall", "purchase", "combined", "gross", "net", "final", "agreed", "base",
    };

    private readonly int _lastComputeWord;
    private readonly int[] _computeWordsBefore;

    public SentenceWords(string text, int start, int end, KnownNames? known = null)
    {
        Text = text;
        Start = start;
        End = end;
        Words = WithoutPriceFiller(Context.Words.Split(text, start, end));
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
    public Name? OrganisationAfterDescriptor(int i)
    {
        for (var j = i; j < Words.Count && j - i <= 5; j++)
        {
            if (NameAt[j] is { } name)
            {
                return name.First == j && name.Kind == NameKind.Organisation ? name : null;
            }

            if (Words[j].EndsPhrase || Words[j].Core.Length == 0 || !char.IsLower(Words[j].Core[0]) || Words[j].Lower is "the" or "a" or "an" or "its")
            {
                return null;
            }
        }

        return null;
    }

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
