using DealTracker.Domain.Analysis;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.UnitTests.Analysis;

/// <summary>
/// The seed article's outlets, reports and reliance chains: the Amazon/OpenAI story as
/// Reuters, the FT, and the outlets that lean on the Wall Street Journal reported it.
/// The WSJ piece itself is not in the store, so reliance on it targets the outlet.
/// </summary>
internal static class SeedArticle
{
    public const int ReutersOutlet = 1;
    public const int WsjOutlet = 2;
    public const int FtOutlet = 3;
    public const int TechCrunchOutlet = 4;
    public const int ForbesOutlet = 5;
    public const int AxiosOutlet = 6;
    public const int NyPostOutlet = 7;
    public const int InvestingOutlet = 8;
    public const int NasdaqOutlet = 9;
    public const int BentonOutlet = 10;

    public const string Reuters = "Reuters";
    public const string Wsj = "Wall Street Journal";
    public const string Ft = "Financial Times";
    public const string TechCrunch = "TechCrunch";
    public const string Forbes = "Forbes";
    public const string Axios = "Axios";
    public const string NyPost = "New York Post";
    public const string Investing = "Investing.com";
    public const string Nasdaq = "Nasdaq/RTTNews";
    public const string Benton = "Benton Institute";

    public static readonly ReportRef ReutersReport = new(101, ReutersOutlet, Reuters, PartialDate.OnDay(2026, 1, 29));
    public static readonly ReportRef FtJan28Report = new(102, FtOutlet, Ft, PartialDate.OnDay(2026, 1, 28));
    public static readonly ReportRef FtJan29Report = new(103, FtOutlet, Ft, PartialDate.OnDay(2026, 1, 29));
    public static readonly ReportRef TechCrunchReport = new(104, TechCrunchOutlet, TechCrunch, null);
    public static readonly ReportRef ForbesReport = new(105, ForbesOutlet, Forbes, null);
    public static readonly ReportRef BentonReport = new(106, BentonOutlet, Benton, null);
    public static readonly ReportRef InvestingReport = new(107, InvestingOutlet, Investing, null);
    public static readonly ReportRef AxiosReport = new(108, AxiosOutlet, Axios, null);
    public static readonly ReportRef NyPostReport = new(109, NyPostOutlet, NyPost, null);

    public static IReadOnlyList<ReportRef> Reports { get; } =
    [
        ReutersReport, FtJan28Report, FtJan29Report, TechCrunchReport, ForbesReport,
        BentonReport, InvestingReport, AxiosReport, NyPostReport,
    ];

    public static IReadOnlyList<RelianceEdge> Edges { get; } =
    [
        new(TechCrunchReport.ReportId, null, WsjOutlet, RelianceKind.Cites),
        new(ForbesReport.ReportId, null, WsjOutlet, RelianceKind.Cites),
        new(BentonReport.ReportId, null, WsjOutlet, RelianceKind.Summarises),
        new(InvestingReport.ReportId, null, WsjOutlet, RelianceKind.Repeats),
    ];

    /// <summary>Every outlet, including the WSJ and Nasdaq, which have no report in the store.</summary>
    public static IReadOnlyDictionary<int, string> OutletNames { get; } = new Dictionary<int, string>
    {
        [ReutersOutlet] = Reuters,
        [WsjOutlet] = Wsj,
        [FtOutlet] = Ft,
        [TechCrunchOutlet] = TechCrunch,
        [ForbesOutlet] = Forbes,
        [AxiosOutlet] = Axios,
        [NyPostOutlet] = NyPost,
        [InvestingOutlet] = Investing,
        [NasdaqOutlet] = Nasdaq,
        [BentonOutlet] = Benton,
    };

    public static SourceGraph Graph() => new(Reports, Edges, OutletNames);
}
