using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DealTracker.Domain.Figures;

namespace DealTracker.Benchmarks;

/// <summary>
/// Throughput of <see cref="FigureExtractor.Extract"/> in MB/s (UTF-8 bytes of the text per second): on a long
/// article of real sentences (the extractor corpus, repeated to 100,000 characters), and on hostile inputs of the
/// same length (digits and separators; currency words and number words with no amount; repeated wire, regional and
/// foreign money forms).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class FigureExtractorBenchmarks
{
    private readonly Dictionary<string, string> _texts = [];

    [Params("article", "digits-and-separators", "currency-words", "wire-forms", "regional-forms", "foreign-forms")]
    public string Text { get; set; } = "article";

    [GlobalSetup]
    public void Setup()
    {
        _texts["article"] = Article();
        _texts["digits-and-separators"] = Fill("1,2,3,4.5.6'7 000,$8 ");
        _texts["currency-words"] = Fill("$ US$ hk $ euros dollars Swiss francs one hundred and a half billion ");
        // The money-form sweeps' hostile repetitions (MoneyFormsSweepTests and its regional and foreign siblings run them to
        // completion; their speed is measured here, not asserted in a test).
        _texts["wire-forms"] = Fill("1 234 €1 234 567 USD 47.5 M EUR-300-million 5 M USD 5 M 1 2 3 4 5 6 7 8 9 ");
        _texts["regional-forms"] = Fill("S$$ U$$ 7 I₹5, 6,98.3 a quarter of a 85 crore from ");
        _texts["foreign-forms"] = Fill("1,5 mil milhões de dois mil EUR 1 (2) 1 millones de d usd 5 ");
    }

    [Benchmark]
    public int Extract() => FigureExtractor.Extract(_texts[Text]).Count;

    /// <summary>The UTF-8 size of a benchmarked text, for the MB/s column.</summary>
    internal static long Bytes(string text) => Encoding.UTF8.GetByteCount(new FigureExtractorBenchmarks { Text = text }.Load());

    private string Load()
    {
        Setup();
        return _texts[Text];
    }

    /// <summary>The corpus sentences, as paragraphs, repeated up to 100,000 characters (cut at a sentence end).</summary>
    private static string Article()
    {
        var sentences = File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "DealTracker.Domain.UnitTests", "Figures", "Corpus", "money-sentences.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[3])
            .ToList();
        var article = new StringBuilder();
        for (var i = 0; ; i++)
        {
            var next = sentences[i % sentences.Count] + (i % 4 == 3 ? "\n\n" : " ");
            if (article.Length + next.Length > FigureExtractor.MaxTextLength)
            {
                return article.ToString();
            }

            article.Append(next);
        }
    }

    private static string Fill(string unit) =>
        string.Concat(Enumerable.Repeat(unit, (FigureExtractor.MaxTextLength / unit.Length) + 1))[..FigureExtractor.MaxTextLength];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DealTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DealTracker.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(BenchmarkDotNet.Jobs.Job.ShortRun);
            AddColumn(new ThroughputColumn());
        }
    }

    /// <summary>MB/s: the text's UTF-8 bytes over the mean time of one call.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of text read per second (mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            var text = (string)benchmarkCase.Parameters["Text"];
            var bytes = Bytes(text);
            return (bytes / 1_000_000.0 / (statistics.Mean / 1_000_000_000.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
