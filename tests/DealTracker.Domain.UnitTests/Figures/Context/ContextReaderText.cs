using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// What the context-reader test classes read from a sentence (`using static`): the reading, its named and anonymous sources, and the
/// first figure whose text contains a given string. A class that needs exactly one such figure keeps its own <c>Figure</c>. Also the
/// text helpers the generated sweeps share: a sentence's first letter capitalised, a source's span as written, a name without "The",
/// the deal and market clauses the sources sweeps cite, the sources sweeps' check, the metric sweeps' frame-by-form rows and slot check,
/// and the money-form tests' check of an extracted amount and currency.
/// </summary>
internal static class ContextReaderText
{
    public static ContextReading Read(string text) => ContextReader.Read(text, FigureExtractor.Extract(text));

    /// <summary>
    /// The named sources, each as the outlet it is: a known outlet's canonical name (<see cref="SourceMention.Outlet"/>: "The Wall Street
    /// Journal" for "the Journal"), any other source as written. <see cref="Written"/> gives the names as written.
    /// </summary>
    public static List<string> Named(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Named).Select(s => s.Outlet ?? s.Name).ToList();

    /// <summary>The named sources' names as written in <paramref name="text"/> ("Journal", "FT").</summary>
    public static List<string> Written(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Named).Select(s => s.Name).ToList();

    public static List<string> Anonymous(string text) =>
        Read(text).Sources.Where(s => s.Kind == SourceKind.Anonymous).Select(s => s.Name).ToList();

    public static bool HasAnonymous(string text) => Read(text).Sources.Any(s => s.Kind == SourceKind.Anonymous);

    public static FigureReading Figure(string text, string at) =>
        Read(text).Figures.First(f => f.Figure.Text.Contains(at, StringComparison.Ordinal));

    /// <summary>
    /// Asserts that the money extractor finds the figure written <paramref name="text"/> in <paramref name="sentence"/> and reads it as
    /// <paramref name="amount"/> (invariant digits) in <paramref name="currency"/>; the message lists the figures it found instead.
    /// </summary>
    public static void AssertExtracted(string sentence, string text, string amount, string currency)
    {
        var figure = FigureExtractor.Extract(sentence).FirstOrDefault(f => f.Text == text);
        Assert.True(figure is not null, $"no '{text}' in: {string.Join(" | ", FigureExtractor.Extract(sentence).Select(f => f.Text))}");
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), figure!.Money.Amount);
        Assert.Equal(currency, figure.Money.Currency);
    }

    /// <summary>A generated sentence as a wire starts it: "venture firm a16z will invest" → "Venture firm a16z will invest".</summary>
    public static string Capitalised(string sentence) => char.ToUpperInvariant(sentence[0]) + sentence[1..];

    /// <summary>The words a source's span covers in <paramref name="sentence"/>.</summary>
    public static string Spanned(string sentence, SourceMention source) => sentence.Substring(source.Start, source.Length);

    /// <summary>Deal clauses the sources sweeps cite, each starting with a name so it reads at a sentence's start or after a comma.</summary>
    public static readonly string[] DealClauses =
    [
        "Amazon is in talks to invest $4 billion in Anthropic",
        "Saudi Aramco is set to pour as much as €2bn into Horse Powertrain",
        "Mistral AI is raising €600 million at a valuation of about €6 billion",
        "Temasek agreed to buy a 10% stake in Zepto for $200 million",
        "Reliance Jio Platforms will sell a 2.32% stake to KKR for Rs 11,367 crore",
    ];

    /// <summary>The n-th deal clause, round and round.</summary>
    public static string Clause(int n) => DealClauses[n % DealClauses.Length];

    /// <summary>
    /// The sources sweeps' check, like the corpus score: every expected name out (any "|" spelling, "The" and case aside), no other, and
    /// unnamed people exactly when expected; the message shows what was read.
    /// </summary>
    public static void AssertSourcesReadAs(string sentence, IReadOnlyList<SourceMention> sources, string[] named, bool anonymous)
    {
        var found = sources.Where(s => s.Kind == SourceKind.Named).Select(s => Plain(s.Name)).ToHashSet();
        var expected = named.Select(e => e.Split('|').Select(Plain).ToList()).ToList();
        var readsAs = expected.All(e => e.Any(found.Contains)) && found.All(f => expected.Any(e => e.Contains(f)))
            && sources.Any(s => s.Kind == SourceKind.Anonymous) == anonymous;
        Assert.True(readsAs, $"{sentence} => [{string.Join("; ", sources.Select(s => $"{s.Kind}:{s.Name}"))}]");

        static string Plain(string name) => WithoutThe(name.Trim()).ToLowerInvariant();
    }

    /// <summary>A frame with the n-th market clause (round and round): {M} as written after "that", {Mc} capitalised at the sentence's start.</summary>
    public static string WithMarketClause(string frame, string[] clauses, int n)
    {
        var clause = clauses[n % clauses.Length];
        return Capitalised(frame.Replace("{Mc}", Capitalised(clause), StringComparison.Ordinal).Replace("{M}", clause, StringComparison.Ordinal));
    }

    /// <summary>The metric sweeps' rows: every frame filled with every money form, frame by frame (<paramref name="fill"/> gets the frame, its index and the form's).</summary>
    public static TheoryData<string, string> EveryFrameWithEveryForm<TFrame>(IReadOnlyList<TFrame> frames, int forms, Func<TFrame, int, int, (string Sentence, string Expected)> fill)
    {
        var data = new TheoryData<string, string>();
        for (var f = 0; f < frames.Count; f++)
        {
            for (var m = 0; m < forms; m++)
            {
                var (sentence, expected) = fill(frames[f], f, m);
                data.Add(sentence, expected);
            }
        }

        return data;
    }

    /// <summary>Every frame filled with every name ({0}) and every amount ({1}), each row the sentence and the amount as written.</summary>
    public static TheoryData<string, string> EveryFrameWithEveryNameAndAmount(string[] frames, string[] names, string[] amounts)
    {
        var data = new TheoryData<string, string>();
        foreach (var frame in frames)
        {
            foreach (var name in names)
            {
                foreach (var amount in amounts)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, name, amount), amount);
                }
            }
        }

        return data;
    }

    /// <summary>"The Globe and Mail" → "Globe and Mail": names compared with their article aside.</summary>
    public static string WithoutThe(string name) => name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>A generated sentence's money slot for <see cref="AssertSlotMetrics"/>: "Valuation@$2 billion", "Other@€3bn".</summary>
    public static string Slot(Metric? metric, string text) => (metric?.ToString() ?? "Other") + "@" + text;

    /// <summary>
    /// The metric sweeps' check: every figure inside each slot of <paramref name="expected"/> (";"-joined <see cref="Slot"/>s, in the
    /// order written) reads the slot's metric, at least one figure is there, and a bracketed conversion has the hedge of what it converts.
    /// </summary>
    public static void AssertSlotMetrics(string sentence, string expected)
    {
        var reading = Read(sentence);
        var from = 0;
        foreach (var slot in expected.Split(';'))
        {
            var at = slot.IndexOf('@', StringComparison.Ordinal);
            var metric = slot[..at];
            var text = slot[(at + 1)..];
            var start = sentence.IndexOf(text, from, StringComparison.Ordinal);
            from = start + text.Length;
            var inSlot = reading.Figures.Where(r => r.Figure.Start >= start && r.Figure.End <= from).ToList();
            Assert.NotEmpty(inSlot);
            Assert.All(inSlot, r => Assert.Equal(metric, r.Metric?.ToString() ?? "Other"));
            Assert.All(inSlot, r => Assert.Equal(inSlot[0].Hedge, r.Hedge));
        }
    }
}
