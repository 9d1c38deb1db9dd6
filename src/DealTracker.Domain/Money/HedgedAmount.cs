namespace DealTracker.Domain.Money;

/// <summary>
/// A reported money value together with its hedge: "as much as $50 billion" is
/// <c>UpTo 50e9 USD</c>; "$10B or more" is <c>AtLeast 10e9 USD</c>; "$15B to $25B" is a range.
/// It knows the interval of values the words allow, formats back into hedge words and
/// says whether two reports can both be right.
/// </summary>
public sealed record HedgedAmount
{
    /// <summary>How far from the stated figure "around", "about" or "~" may reach (±10%).</summary>
    public const decimal ApproximateTolerance = 0.10m;

    private int _hash; // 0 until GetHashCode first works it out

    private HedgedAmount(string currency, Hedge hedge, decimal? amount, decimal? low, decimal? high)
    {
        Currency = currency;
        Hedge = hedge;
        Amount = amount;
        Low = low;
        High = high;
    }

    /// <summary>ISO 4217 code, such as USD.</summary>
    public string Currency { get; }

    public Hedge Hedge { get; }

    /// <summary>The stated figure in currency units; null for a range.</summary>
    public decimal? Amount { get; }

    /// <summary>The lower end of a range; null for every other hedge.</summary>
    public decimal? Low { get; }

    /// <summary>The upper end of a range; null for every other hedge.</summary>
    public decimal? High { get; }

    public static HedgedAmount Exact(decimal amount, string currency = "USD") => Of(Hedge.Exact, amount, currency);

    /// <summary>
    /// The largest amount held, 10^27 currency units (the extractor's bound too): far above any money written in news (Zimbabwe's
    /// 100-trillion-dollar note is 10^14), and low enough that an "approximately"'s interval (the amount ± 10%) stays within a decimal.
    /// </summary>
    public const decimal MaxAmount = 1e27m;

    /// <summary>
    /// The largest "approximately" amount whose interval (the amount ± 10%) stays within <see cref="MaxAmount"/>:
    /// 909,090,909,090,909,090,909,090,909 (× 1.1 = 999,999,999,999,999,999,999,999,999.9).
    /// </summary>
    public const decimal MaxApproximateAmount = 909_090_909_090_909_090_909_090_909m;

    /// <summary>
    /// The most an amount stated with <paramref name="hedge"/> may be, so that every value its words allow is at most
    /// <see cref="MaxAmount"/>: <see cref="MaxApproximateAmount"/> for "approximately", <see cref="MaxAmount"/> for the others (a
    /// range's high end included). The write path refuses anything above it; the analysis never throws on what is stored.
    /// </summary>
    public static decimal MaxStated(Hedge hedge) => hedge == Hedge.Approximately ? MaxApproximateAmount : MaxAmount;

    /// <summary>Decimal places an amount may carry: far finer than any currency's minor unit (at most 4, ISO 4217), and every one is kept.</summary>
    public const int MaxDecimalPlaces = 8;

    /// <summary>The decimal places <paramref name="amount"/> needs (trailing zeros dropped): 2 for 1.50m, 0 for 50.000m.</summary>
    public static int DecimalPlaces(decimal amount) => Amounts.Normalise(amount).Scale;

    public static HedgedAmount UpTo(decimal amount, string currency = "USD") => Of(Hedge.UpTo, amount, currency);

    public static HedgedAmount AtLeast(decimal amount, string currency = "USD") => Of(Hedge.AtLeast, amount, currency);

    public static HedgedAmount Approximately(decimal amount, string currency = "USD") => Of(Hedge.Approximately, amount, currency);

    public static HedgedAmount Between(decimal low, decimal high, string currency = "USD")
    {
        CheckCurrency(currency);
        if (low <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "The low end of a range must be positive.");
        }

        if (high > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, "The high end of a range must be at most 10^27.");
        }

        if (high <= low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, "The high end of a range must be above its low end.");
        }

        return new HedgedAmount(currency, Hedge.Range, null, low, high);
    }

    /// <summary>
    /// The hedged amount whose words allow exactly this interval, so that any interval the analysis
    /// reaches can be stated: no floor is "up to" the top, no top is "or more" from the floor, one
    /// value is exact, else a range. Null when the interval bounds nothing (no floor and no top) or
    /// allows no positive value.
    /// </summary>
    /// <remarks>
    /// An interval reaching above <see cref="MaxAmount"/> (an "approximately" stored before the write path bounded it by
    /// <see cref="MaxStated"/>, whose +10% passes 10^27) is stated up to <see cref="MaxAmount"/>: never an exception.
    /// </remarks>
    public static HedgedAmount? Spanning(MoneyInterval interval, string currency)
    {
        CheckCurrency(currency);
        if (interval.High > MaxAmount || interval.Low > MaxAmount)
        {
            interval = new MoneyInterval(Math.Min(interval.Low, MaxAmount), MaxAmount);
        }

        return interval switch
        {
            { High: null } => interval.Low > 0m ? AtLeast(interval.Low, currency) : null,
            { High: <= 0m } => null,
            _ when interval.IsCeilingOnly => UpTo(interval.High!.Value, currency),
            _ when interval.IsPoint => Exact(interval.Low, currency),
            _ => Between(interval.Low, interval.High!.Value, currency),
        };
    }

    /// <summary>Rebuilds a hedged amount from its stored parts, checking they agree.</summary>
    public static HedgedAmount Create(Hedge hedge, string currency, decimal? amount, decimal? low, decimal? high) =>
        hedge == Hedge.Range
            ? Between(low ?? throw new ArgumentException("A range needs its low end.", nameof(low)),
                      high ?? throw new ArgumentException("A range needs its high end.", nameof(high)), currency)
            : Of(hedge, amount ?? throw new ArgumentException("The amount is missing.", nameof(amount)), currency);

    private static HedgedAmount Of(Hedge hedge, decimal amount, string currency)
    {
        CheckCurrency(currency);
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount must be positive.");
        }

        if (amount > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount must be at most 10^27.");
        }

        return new HedgedAmount(currency, hedge, amount, null, null);
    }

    private static void CheckCurrency(string currency)
    {
        if (!CurrencyCode.IsValid(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as USD.", nameof(currency));
        }
    }

    /// <summary>
    /// Equal when currency, hedge and amounts are equal (what the record's own equality compares); the hash is
    /// worked out once, as the analysis groups and looks up the same amounts many times a render.
    /// </summary>
    public bool Equals(HedgedAmount? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Hedge == other.Hedge && Amount == other.Amount && Low == other.Low && High == other.High
            && string.Equals(Currency, other.Currency, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            _hash = HashCode.Combine(Currency, Hedge, Amount, Low, High) | 1;
        }

        return _hash;
    }

    /// <summary>The values the hedge words allow.</summary>
    public MoneyInterval Interval => Hedge switch
    {
        Hedge.Exact => new(Amount!.Value, Amount.Value),
        Hedge.UpTo => new(0m, Amount!.Value),
        Hedge.AtLeast => new(Amount!.Value, null),
        Hedge.Approximately => new(Amount!.Value * (1 - ApproximateTolerance), Amount.Value * (1 + ApproximateTolerance)),
        Hedge.Range => new(Low!.Value, High!.Value),
        _ => throw new InvalidOperationException($"Unknown hedge {Hedge}."),
    };

    /// <summary>True when both can be right at once: same currency and overlapping intervals.</summary>
    public bool IsCompatibleWith(HedgedAmount other) =>
        Currency == other.Currency && Interval.Overlaps(other.Interval);

    /// <summary>True when both are in one currency, so they can be compared at all (values in different currencies cannot).</summary>
    public bool IsComparableWith(HedgedAmount other) => Currency == other.Currency;

    /// <summary>True when the two cannot both be right: same currency and no value in common. Different currencies are not compared, so never conflict.</summary>
    public bool ConflictsWith(HedgedAmount other) => IsComparableWith(other) && !IsCompatibleWith(other);

    /// <summary>The figure in its hedge words: "up to $50B", "$10B or more", "~$830B", "$15B–$25B", "$38B".</summary>
    public string ToHedgeWords() => Hedge switch
    {
        Hedge.Exact => MoneyFormat.Compact(Amount!.Value, Currency),
        Hedge.UpTo => "up to " + MoneyFormat.Compact(Amount!.Value, Currency),
        Hedge.AtLeast => MoneyFormat.Compact(Amount!.Value, Currency) + " or more",
        Hedge.Approximately => "~" + MoneyFormat.Compact(Amount!.Value, Currency),
        Hedge.Range => MoneyFormat.Compact(Low!.Value, Currency) + "–" + MoneyFormat.Compact(High!.Value, Currency),
        _ => throw new InvalidOperationException($"Unknown hedge {Hedge}."),
    };

    /// <summary>Every digit, for hover text: "up to 50,000,000,000 USD".</summary>
    public string ToFullWords() => Hedge switch
    {
        Hedge.Exact => MoneyFormat.Full(Amount!.Value, Currency),
        Hedge.UpTo => "up to " + MoneyFormat.Full(Amount!.Value, Currency),
        Hedge.AtLeast => "at least " + MoneyFormat.Full(Amount!.Value, Currency),
        Hedge.Approximately => "approximately " + MoneyFormat.Full(Amount!.Value, Currency),
        Hedge.Range => "between " + MoneyFormat.Full(Low!.Value, Currency) + " and " + MoneyFormat.Full(High!.Value, Currency),
        _ => throw new InvalidOperationException($"Unknown hedge {Hedge}."),
    };

    public override string ToString() => ToHedgeWords();
}
