using System.Text.Json;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;

// Scores the context reader on the labelled corpus the way ContextCorpusTests does, or shows what it reads in typed sentences.
//   score [-v] [-c] [file.json ...]   per set: metric / investor / sources sentences right; -v the misses, -c metric confusions.
//                                     CORPUS=dir reads another folder of sets; ABOUT=deal|market keeps only those sentences.
//   probe                             reads sentences from stdin, prints each figure's metric and investor, the names,
//                                     sources, stages and responses.
return args.FirstOrDefault() switch
{
    "score" => Score(args[1..]),
    "probe" => Probe(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: score [-v] [-c] [file.json ...] | probe < sentences.txt");
    return 2;
}

static int Probe()
{
    while (Console.ReadLine() is { } line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            continue;
        }

        var reading = ContextReader.Read(line, FigureExtractor.Extract(line));
        Console.WriteLine($"> {line}");
        foreach (var figure in reading.Figures)
        {
            Console.WriteLine($"   {figure.Figure.Text}: {Token(figure.Metric)} investor={figure.Investor ?? "null"}");
        }

        Console.WriteLine($"   names: {string.Join(", ", reading.Organisations.Select(o => o.Name))}");
        Console.WriteLine($"   sources: {string.Join(", ", reading.Sources.Select(s => $"{s.Kind}:{s.Name}"))}");
        Console.WriteLine($"   stages: {string.Join(", ", reading.Stages)} | responses: {string.Join(", ", reading.Responses)}");
    }

    return 0;
}

static int Score(string[] args)
{
    var verbose = args.Contains("-v");
    var confusion = args.Contains("-c");
    var about = Environment.GetEnvironmentVariable("ABOUT");
    var folder = Environment.GetEnvironmentVariable("CORPUS") ?? Path.Combine(FindRepository(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Context", "Corpus");
    var files = args.Where(a => !a.StartsWith('-')).ToList();
    if (files.Count == 0)
    {
        files = [.. Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
    }

    var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
    var total = new Tallies();
    var confusions = new Dictionary<string, int>();
    foreach (var file in files)
    {
        var tallies = new Tallies();
        var misses = new List<string>();
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(Path.Combine(folder, file)), options) ?? [];
        foreach (var entry in entries.Where(e => about is null || e.About == about))
        {
            var reading = ContextReader.Read(entry.Text, FigureExtractor.Extract(entry.Text));
            if (entry.Figures is { Count: > 0 } expectedFigures)
            {
                bool metricOk = true, investorOk = true, hasInvestment = false;
                foreach (var expected in expectedFigures)
                {
                    var found = reading.Figures.FirstOrDefault(r => r.Figure.Text.Contains(expected.At, StringComparison.Ordinal));
                    var metric = found is null ? "(no figure)" : Token(found.Metric);
                    var pair = $"{expected.Metric} -> {metric}";
                    confusions[pair] = confusions.GetValueOrDefault(pair) + 1;
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

                tallies.Add(metricOk, hasInvestment ? investorOk : null, null);
            }

            if (entry.Sources is { } expectedSources)
            {
                var expectedNamed = expectedSources.Where(s => s.Kind == "named").Select(s => s.Name!.Split('|').Select(Normalise).ToList()).ToList();
                var foundNamed = reading.Sources.Where(s => s.Kind == SourceKind.Named).Select(s => Normalise(s.Name)).ToHashSet();
                var namedOk = expectedNamed.All(spellings => spellings.Any(foundNamed.Contains))
                    && foundNamed.All(name => expectedNamed.Any(spellings => spellings.Contains(name)));
                var sourcesOk = namedOk && expectedSources.Any(s => s.Kind == "anonymous") == reading.Sources.Any(s => s.Kind == SourceKind.Anonymous);
                tallies.Add(null, null, sourcesOk);
                if (!sourcesOk)
                {
                    misses.Add($"SOURCES [{string.Join(", ", reading.Sources.Select(s => $"{s.Kind}:{s.Name}"))}], expected [{string.Join(", ", expectedSources.Select(s => $"{s.Kind}:{s.Name}"))}] — {entry.Text}");
                }
            }
        }

        Console.WriteLine($"{file}\t{tallies}");
        if (verbose)
        {
            misses.ForEach(m => Console.WriteLine($"  {m}"));
        }

        total.Add(tallies);
    }

    Console.WriteLine($"TOTAL\t{total.ToString(percent: true)}");
    if (confusion)
    {
        foreach (var (pair, count) in confusions.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"{count}\t{pair}");
        }
    }

    return 0;
}

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "DealTracker.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

static string Token(Metric? metric) => metric is { } m ? char.ToLowerInvariant(m.ToString()[0]) + m.ToString()[1..] : "other";

static string Normalise(string name)
{
    // A source is the same with or without its article or possessive, as in ContextCorpusTests.
    var lower = name.Trim().ToLowerInvariant();
    var space = lower.IndexOf(' ', StringComparison.Ordinal);
    return space > 0 && lower[..space] is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? lower[(space + 1)..] : lower;
}

internal sealed class Tallies
{
    private readonly int[] _right = new int[3];
    private readonly int[] _total = new int[3];

    public void Add(bool? metric, bool? investor, bool? sources)
    {
        bool?[] results = [metric, investor, sources];
        for (var i = 0; i < 3; i++)
        {
            if (results[i] is { } ok)
            {
                _total[i]++;
                _right[i] += ok ? 1 : 0;
            }
        }
    }

    public void Add(Tallies other)
    {
        for (var i = 0; i < 3; i++)
        {
            _right[i] += other._right[i];
            _total[i] += other._total[i];
        }
    }

    public override string ToString() => ToString(percent: false);

    public string ToString(bool percent) => string.Join('\t', Enumerable.Range(0, 3).Select(i =>
        percent ? $"{_right[i]}/{_total[i]} ({100.0 * _right[i] / Math.Max(1, _total[i]):F1}%)" : $"{_right[i]}/{_total[i]}"));
}

internal sealed record Figure(string At, string Metric, string? Investor);

internal sealed record Source(string Kind, string? Name);

internal sealed record Entry(string Url, string Text, List<Figure>? Figures, List<Source>? Sources, string? About);
