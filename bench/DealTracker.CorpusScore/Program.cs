using DealTracker.Domain.Claims;
using DealTracker.Domain.Figures;
using DealTracker.Domain.Figures.Context;
using DealTracker.Tests.Shared;

// Scores the context reader on the labelled corpus the way ContextCorpusTests does, or shows what it reads in typed sentences.
//   score [-v] [-c] [file.json ...]   per set: metric / investor / sources sentences right; -v the misses, -c metric confusions.
//                                     CORPUS=dir reads another folder of sets; ABOUT=deal|market keeps only those sentences.
//   probe                             reads sentences from stdin, prints each figure's metric and investor, the names,
//                                     sources (a listed outlet marked [outlet], a source cited by its noun [doc]), stages and
//                                     responses.
//   dump [file.json ...]              one JSON line per corpus sentence: its text and, per labelled figure, the label (gold, goldInvestor)
//                                     and the reading (read, investor, start, length); CORPUS=dir as for score. bench/corpus-tbl-cv.py
//                                     reads it.
//   edges [n]                         reads every corpus sentence with its first 1..n words cut off and its last 1..n words cut off
//                                     (n = 5): a rule that reads past a sentence's edge throws; prints each text that throws.
//   slow [n]                          times the reading of every corpus sentence (best of three) and prints the n slowest (n = 10)
//                                     with their times: a rule that backtracks shows here long before it meets its 1-second limit.
return args.FirstOrDefault() switch
{
    "score" => Score(args[1..]),
    "probe" => Probe(),
    "edges" => Edges(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "dump" => Dump(args[1..]),
    "slow" => Slow(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: score [-v] [-c] [file.json ...] | dump [file.json ...] | probe < sentences.txt | edges [n] | slow [n]");
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
            Console.WriteLine($"   {figure.Figure.Text}: {Token(figure.Metric)} investor={figure.Investor ?? "null"} [{figure.Figure.Money.Currency} {figure.Figure.Money.Amount?.ToString() ?? $"{figure.Figure.Money.Low}-{figure.Figure.Money.High}"}]");
        }

        Console.WriteLine($"   names: {string.Join(", ", reading.Organisations.Select(o => o.Name))}");
        Console.WriteLine($"   sources: {string.Join(", ", reading.Sources.Select(s => $"{s.Kind}:{s.Name}{(s.Outlet is not null ? "[outlet]" : s.IsDocument ? "[doc]" : "")}"))}");
        Console.WriteLine($"   stages: {string.Join(", ", reading.Stages)} | responses: {string.Join(", ", reading.Responses)}");
    }

    return 0;
}

static int Dump(string[] args)
{
    var folder = Environment.GetEnvironmentVariable("CORPUS") ?? Path.Combine(FindRepository(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Context", "Corpus");
    var files = args.Length > 0 ? args.ToList() : [.. Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
    var options = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    foreach (var file in files)
    {
        var entries = CorpusScoring.Load(Path.Combine(folder, file));
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var reading = ContextReader.Read(entry.Text, FigureExtractor.Extract(entry.Text));
            var figures = (entry.Figures ?? []).Select(expected =>
            {
                var found = reading.Figures.FirstOrDefault(r => r.Figure.Text.Contains(expected.At, StringComparison.Ordinal));
                return new
                {
                    at = expected.At,
                    gold = expected.Metric,
                    goldInvestor = expected.Investor,
                    read = found is null ? "(no figure)" : Token(found.Metric),
                    investor = found?.Investor,
                    start = found?.Figure.Start ?? -1,
                    length = found?.Figure.Length ?? 0,
                };
            });
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { file, i, text = entry.Text, about = entry.About, figures }, options));
        }
    }

    return 0;
}

static int Edges(int cut)
{
    var folder = Environment.GetEnvironmentVariable("CORPUS") ?? Path.Combine(FindRepository(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Context", "Corpus");
    int read = 0, thrown = 0;
    foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
    {
        foreach (var entry in CorpusScoring.Load(file))
        {
            var words = entry.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = 1; n <= cut && n < words.Length; n++)
            {
                foreach (var text in new[] { string.Join(' ', words[n..]), string.Join(' ', words[..^n]) })
                {
                    read++;
                    try
                    {
                        ContextReader.Read(text, FigureExtractor.Extract(text));
                    }
                    catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidOperationException)
                    {
                        thrown++;
                        Console.WriteLine($"{e.GetType().Name} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}: {text}");
                    }
                }
            }
        }
    }

    Console.WriteLine($"{read} texts read, {thrown} threw");
    return thrown == 0 ? 0 : 1;
}

static int Slow(int count)
{
    var folder = Environment.GetEnvironmentVariable("CORPUS") ?? Path.Combine(FindRepository(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Context", "Corpus");
    var times = new List<(double Ms, string Text)>();
    foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
    {
        foreach (var entry in CorpusScoring.Load(file))
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                ContextReader.Read(entry.Text, FigureExtractor.Extract(entry.Text));
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            times.Add((best, entry.Text));
        }
    }

    times.Sort((a, b) => b.Ms.CompareTo(a.Ms));
    Console.WriteLine($"{times.Count} sentences, median {times[times.Count / 2].Ms:F2} ms, total {times.Sum(t => t.Ms) / 1000:F1} s");
    foreach (var (ms, text) in times.Take(count))
    {
        Console.WriteLine($"{ms,9:F2} ms  {text}");
    }

    return 0;
}

static int Score(string[] args)
{
    var verbose = args.Contains("-v");
    var about = Environment.GetEnvironmentVariable("ABOUT");
    var folder = Environment.GetEnvironmentVariable("CORPUS") ?? Path.Combine(FindRepository(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Context", "Corpus");
    var files = args.Where(a => !a.StartsWith('-')).ToList();
    if (files.Count == 0)
    {
        files = [.. Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
    }

    var confusions = new Dictionary<string, int>();
    Tally metric = new(0, 0), investor = new(0, 0), sources = new(0, 0);
    foreach (var file in files)
    {
        var score = CorpusScoring.Score(CorpusScoring.Load(Path.Combine(folder, file)).Where(e => about is null || e.About == about), confusions);
        Console.WriteLine($"{file}\t{score.Metric}\t{score.Investor}\t{score.Sources}");
        if (verbose)
        {
            score.Misses.ForEach(m => Console.WriteLine($"  {m}"));
        }

        (metric, investor, sources) = (metric + score.Metric, investor + score.Investor, sources + score.Sources);
    }

    Console.WriteLine($"TOTAL\t{Percent(metric)}\t{Percent(investor)}\t{Percent(sources)}");
    if (args.Contains("-c"))
    {
        foreach (var (pair, count) in confusions.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"{count}\t{pair}");
        }
    }

    return 0;

    static string Percent(Tally tally) => $"{tally} ({100 * tally.Rate:F1}%)";
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
