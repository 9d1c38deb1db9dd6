using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

namespace DealTracker.Tests.Shared;

/// <summary>
/// How the context reader is scored on the labelled corpus (docs/extractor.md, "Accuracy"): a sentence counts as right for a family
/// when everything it expects in that family comes out: every listed figure's metric; every investment figure's investor ("A|B"
/// accepts either spelling, null expects none); the same named sources and anonymous sources or not. Compiled into the domain unit
/// tests (the corpus gates) and into bench/DealTracker.CorpusScore (linked, so both score alike).
/// </summary>
internal static class CorpusScoring
{
    public static List<CorpusEntry> Load(string path) =>
        JsonSerializer.Deserialize<List<CorpusEntry>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];

    /// <summary>Scores <paramref name="entries"/>; each metric read is counted in <paramref name="confusions"/> ("expected -> read") when given.</summary>
    public static CorpusScores Score(IEnumerable<CorpusEntry> entries, Dictionary<string, int>? confusions = null)
    {
        int metricRight = 0, metricTotal = 0, investorRight = 0, investorTotal = 0, sourcesRight = 0, sourcesTotal = 0;
        var misses = new List<string>();
        foreach (var entry in entries)
        {
            var reading = ContextReader.Read(entry.Text, FigureExtractor.Extract(entry.Text));
            if (entry.Figures is { Count: > 0 } expectedFigures)
            {
                metricTotal++;
                bool metricOk = true, investorOk = true, hasInvestment = false;
                foreach (var expected in expectedFigures)
                {
                    var found = reading.Figures.FirstOrDefault(r => r.Figure.Text.Contains(expected.At, StringComparison.Ordinal));
                    var metric = found is null ? "(no figure)" : Token(found.Metric);
                    if (confusions is not null)
                    {
                        var pair = $"{expected.Metric} -> {metric}";
                        confusions[pair] = confusions.GetValueOrDefault(pair) + 1;
                    }

                    if (metric != expected.Metric)
                    {
                        metricOk = false;
                        misses.Add($"METRIC {expected.At}: {metric}, expected {expected.Metric} — {entry.Text}");
                    }

                    if (expected.Metric == "investment")
                    {
                        hasInvestment = true;
                        var accepted = expected.Investor?.Split('|') ?? [];
                        var investor = found?.Investor;
                        if (investor is null ? accepted.Length != 0 : !accepted.Select(Normalise).Contains(Normalise(investor)))
                        {
                            investorOk = false;
                            misses.Add($"INVESTOR {expected.At}: {investor ?? "null"}, expected {expected.Investor ?? "null"} — {entry.Text}");
                        }
                    }
                }

                metricRight += metricOk ? 1 : 0;
                if (hasInvestment)
                {
                    investorTotal++;
                    investorRight += investorOk ? 1 : 0;
                }
            }

            if (entry.Sources is { } expectedSources)
            {
                sourcesTotal++;
                // "A|B" accepts either spelling of one source ("The Wall Street Journal|Journal").
                var expectedNamed = expectedSources.Where(s => s.Kind == "named").Select(s => s.Name!.Split('|').Select(Normalise).ToList()).ToList();
                var foundNamed = reading.Sources.Where(s => s.Kind == SourceKind.Named).Select(s => Normalise(s.Name)).ToHashSet();
                var namedOk = expectedNamed.All(spellings => spellings.Any(foundNamed.Contains))
                    && foundNamed.All(name => expectedNamed.Any(spellings => spellings.Contains(name)));
                if (namedOk && expectedSources.Any(s => s.Kind == "anonymous") == reading.Sources.Any(s => s.Kind == SourceKind.Anonymous))
                {
                    sourcesRight++;
                }
                else
                {
                    misses.Add($"SOURCES [{string.Join(", ", reading.Sources.Select(s => $"{s.Kind}:{s.Name}"))}], expected [{string.Join(", ", expectedSources.Select(s => $"{s.Kind}:{s.Name}"))}] — {entry.Text}");
                }
            }
        }

        return new CorpusScores(new Tally(metricRight, metricTotal), new Tally(investorRight, investorTotal), new Tally(sourcesRight, sourcesTotal), misses);
    }

    private static string Token(Metric? metric) => metric is { } m ? char.ToLowerInvariant(m.ToString()[0]) + m.ToString()[1..] : "other";

    /// <summary>A source or an investor is the same with or without its article or possessive: "its filing", "a regulatory filing", "the UAE".</summary>
    private static string Normalise(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        var space = lower.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lower[..space] is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? lower[(space + 1)..] : lower;
    }
}

internal sealed record Tally(int Right, int Total)
{
    public double Rate => Total == 0 ? 1 : (double)Right / Total;

    public static Tally operator +(Tally a, Tally b) => new(a.Right + b.Right, a.Total + b.Total);

    public override string ToString() => $"{Right}/{Total}";
}

internal sealed record CorpusScores(Tally Metric, Tally Investor, Tally Sources, List<string> Misses);

internal sealed record CorpusFigure(string At, string Metric, string? Investor);

internal sealed record CorpusSource(string Kind, string? Name);

internal sealed record CorpusEntry(string Url, string Text, List<CorpusFigure>? Figures, List<CorpusSource>? Sources, string? About = null);
