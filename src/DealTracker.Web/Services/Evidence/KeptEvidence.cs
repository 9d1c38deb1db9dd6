using System.Buffers.Binary;
using System.Text;
using DealTracker.Domain.Analysis;
using DealTracker.Domain.Claims;
using DealTracker.Domain.Dates;
using DealTracker.Domain.Money;
using DealTracker.Web.Data;
using DealTracker.Web.Services.Compare;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Services.Evidence;

/// <summary>
/// What a deal's <c>?asOf=</c> views need, kept per deal (<c>DealHeadlines.AsOfEvidence</c>) by the save that keeps its
/// other views: the deal's dated reports (newest first, with the day each was certainly published by), their outlets,
/// the deal's standing comparable claims, the reliance edges behind them and its retracted figures, in a compact binary form. An <c>asOf</c>
/// render reads the one value and cuts it to the day in process (<see cref="Read"/>), instead of reading thousands of
/// claims, reports and edges from the store. Reports with no known date are left out: no <c>asOf</c> view counts them.
/// </summary>
/// <remarks>
/// Layout (little-endian): a format byte; outlets (id, name, slug, home page); parties (id, name); reports (id, outlet
/// index, published-on day, precision, published-until day, link), newest first; claims (report index, id, metric,
/// party index, hedge, currency, amounts, stage, quote), in claim id order; reliance edges as <see cref="RelianceChains.ChainRow"/>; retracted
/// figures (report index, then <see cref="RetractedFigure"/>'s words), the newest first.
/// A change to the layout needs a new <see cref="Format"/> and a migration that empties the column (rows are refilled at start-up).
/// </remarks>
internal static class KeptEvidence
{
    private const byte Format = 1;
    private const int None = -1;

    /// <summary>One report with a claim about the deal (any claim), with its dates.</summary>
    internal sealed record DealReport(int Id, int OutletId, string OutletName, DateOnly? PublishedOn, DatePrecision? Precision, DateOnly? PublishedUntil);

    /// <summary>Every report with a claim about the deal (as of the day, when given): the counts, the latest reports, the graph's outlets.</summary>
    public static async Task<List<DealReport>> DealReportsAsync(DealTrackerDbContext db, int dealId, DateOnly? asOf, CancellationToken cancellationToken) =>
        await db.Reports
            // The deal's report ids from its claims, each report read by its key: not an EXISTS per report of the catalogue.
            .Where(r => db.Claims.Where(c => c.DealId == dealId).Select(c => c.ReportId).Contains(r.Id))
            .Where(r => asOf == null || r.PublishedUntil <= asOf)
            .Select(r => new DealReport(r.Id, r.OutletId, r.Outlet!.Name, r.PublishedOn, r.PublishedPrecision, r.PublishedUntil))
            .ToListAsync(cancellationToken);

    /// <summary>The deal's kept evidence as of a day; null when the deal has none kept (yet) or it is in another format.</summary>
    public static async Task<KeptAsOf?> ReadAsync(DealTrackerDbContext db, int dealId, DateOnly asOf, CancellationToken cancellationToken) =>
        Read(await db.DealHeadlines.Where(h => h.DealId == dealId).Select(h => h.AsOfEvidence).FirstOrDefaultAsync(cancellationToken), asOf);

    /// <summary>The deal's evidence kept as it stands, from its evidence and reports; one more query, its retracted figures.</summary>
    public static async Task<byte[]> ComputeAsync(
        DealTrackerDbContext db, int dealId, DealEvidence evidence, IReadOnlyList<DealReport> reports, CancellationToken cancellationToken) =>
        Write(evidence, reports, await CompareQuery.RetractedAsync(db, dealId, asOf: null, int.MaxValue, cancellationToken));

    /// <summary>Keeps the evidence as it stands (<paramref name="evidence"/>, not cut to a day) and the deal's reports.</summary>
    /// <param name="retracted">Every retracted figure of the deal, the newest first (the compare page lists the first few by the day).</param>
    public static byte[] Write(DealEvidence evidence, IReadOnlyList<DealReport> reports, IReadOnlyList<RetractedFigure> retracted)
    {
        var dated = reports.Where(r => r.PublishedUntil is not null)
            .OrderBy(r => r.PublishedOn is null).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id).ToList();
        var reportIndex = dated.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var claims = evidence.Claims.Where(c => reportIndex.ContainsKey(c.Report.ReportId)).OrderBy(c => c.Id).ToList();
        var outlets = new Table<int, (string Name, string? Slug, string? Homepage)>();
        foreach (var report in dated)
        {
            outlets.Add(report.OutletId, (report.OutletName, null, null));
        }

        var urls = new Dictionary<int, string?>();
        foreach (var claim in claims)
        {
            outlets.Set(claim.Report.OutletId, (claim.Report.OutletName, claim.OutletSlug, claim.Homepage));
            urls.TryAdd(claim.Report.ReportId, claim.Url);
        }

        var parties = new Table<int, string?>();
        foreach (var claim in claims.Where(c => c.PartyId is not null))
        {
            parties.Add(claim.PartyId!.Value, claim.PartyName);
        }

        var writer = new Writer();
        writer.Byte(Format);
        WriteOutlets(writer, outlets);
        writer.Int(parties.Count);
        foreach (var (id, name) in parties.Items)
        {
            writer.Int(id);
            writer.String(name);
        }

        writer.Int(dated.Count);
        foreach (var report in dated)
        {
            writer.Int(report.Id);
            writer.Int(outlets.IndexOf(report.OutletId));
            writer.Int(report.PublishedOn?.DayNumber ?? None);
            writer.Int(report.Precision is { } precision ? (int)precision : None);
            writer.Int(report.PublishedUntil!.Value.DayNumber);
            writer.String(urls.GetValueOrDefault(report.Id));
        }

        WriteClaims(writer, claims, reportIndex, parties);
        WriteEdges(writer, evidence.Edges);
        WriteRetracted(writer, retracted, reportIndex);
        return writer.ToArray();
    }

    private static void WriteRetracted(Writer writer, IReadOnlyList<RetractedFigure> retracted, Dictionary<int, int> reportIndex)
    {
        var dated = retracted.Where(r => reportIndex.ContainsKey(r.ReportId)).ToList();
        writer.Int(dated.Count);
        foreach (var figure in dated)
        {
            writer.Int(reportIndex[figure.ReportId]);
            writer.String(figure.Outlet);
            writer.String(figure.Title);
            writer.String(figure.Words);
            writer.String(figure.Date);
            writer.String(figure.Reason);
        }
    }

    private static void WriteOutlets(Writer writer, Table<int, (string Name, string? Slug, string? Homepage)> outlets)
    {
        writer.Int(outlets.Count);
        foreach (var (id, (name, slug, homepage)) in outlets.Items)
        {
            writer.Int(id);
            writer.String(name);
            writer.String(slug);
            writer.String(homepage);
        }
    }

    private static void WriteClaims(Writer writer, List<EvidenceClaim> claims, Dictionary<int, int> reportIndex, Table<int, string?> parties)
    {
        writer.Int(claims.Count);
        foreach (var claim in claims)
        {
            writer.Int(reportIndex[claim.Report.ReportId]);
            writer.Int(claim.Id);
            writer.Int((int)claim.Metric);
            writer.Int(claim.PartyId is { } party ? parties.IndexOf(party) : None);
            writer.Int(claim.Stage is { } stage ? (int)stage : None);
            writer.Int(claim.Money is { } money ? (int)money.Hedge : None);
            if (claim.Money is { } amount)
            {
                writer.String(amount.Currency);
                writer.Decimal(amount.Amount);
                writer.Decimal(amount.Low);
                writer.Decimal(amount.High);
            }

            writer.String(claim.Quote);
        }
    }

    private static void WriteEdges(Writer writer, IReadOnlyList<RelianceChains.ChainRow> edges)
    {
        writer.Int(edges.Count);
        foreach (var edge in edges)
        {
            writer.Int(edge.Id);
            writer.Int(edge.ReportId);
            writer.Int(edge.TargetReportId ?? None);
            writer.Int(edge.TargetOutletId ?? None);
            writer.String(edge.Kind);
            writer.Int(edge.SourceOutletId);
            writer.String(edge.SourceOutletSlug);
            writer.String(edge.SourceOutletName);
            writer.Int(edge.TargetReportOutletId ?? None);
            writer.String(edge.TargetSlug);
            writer.String(edge.TargetName);
        }
    }

    /// <summary>The kept evidence cut to what had certainly been published by <paramref name="asOf"/>.</summary>
    public static KeptAsOf? Read(byte[]? kept, DateOnly asOf)
    {
        if (kept is null || kept.Length == 0 || kept[0] != Format)
        {
            return null;
        }

        var reader = new Reader(kept, 1);
        var outlets = ReadOutlets(ref reader);
        var parties = new (int Id, string? Name)[reader.Int()];
        for (var i = 0; i < parties.Length; i++)
        {
            parties[i] = (reader.Int(), reader.String());
        }

        var reports = ReadReports(ref reader, outlets, asOf.DayNumber);
        var claims = ReadClaims(ref reader, outlets, parties, reports);
        var edges = ReadEdges(ref reader);
        var retracted = ReadRetracted(ref reader, reports);
        return new KeptAsOf(DealEvidence.From(claims, edges, reports.GraphRefs), reports.GraphRefs, reports.GraphRefs.Count, reports.OutletCount, reports.Latest)
        {
            Retracted = retracted,
        };
    }

    private static (int Id, string Name, string? Slug, string? Homepage)[] ReadOutlets(ref Reader reader)
    {
        var outlets = new (int Id, string Name, string? Slug, string? Homepage)[reader.Int()];
        for (var i = 0; i < outlets.Length; i++)
        {
            outlets[i] = (reader.Int(), reader.String()!, reader.String(), reader.String());
        }

        return outlets;
    }

    /// <summary>The reports published by the day, the newest first; the first ids are the latest reports.</summary>
    private static ReportsCut ReadReports(
        ref Reader reader, (int Id, string Name, string? Slug, string? Homepage)[] outlets, int day)
    {
        var count = reader.Int();
        var graphRefs = new List<ReportRef>(count);
        var refs = new ReportRef?[count];
        var urls = new string?[count];
        var reportOutlets = new int[count];
        var outletSeen = new bool[outlets.Length];
        var outletCount = 0;
        var latest = new List<int>(LatestReports);
        for (var i = 0; i < count; i++)
        {
            var (id, outletIndex, publishedOn, precision, until) = (reader.Int(), reader.Int(), reader.Int(), reader.Int(), reader.Int());
            if (until > day)
            {
                reader.SkipString();
                continue;
            }

            urls[i] = reader.String();
            reportOutlets[i] = outletIndex;
            var outlet = outlets[outletIndex];
            graphRefs.Add(new ReportRef(id, outlet.Id, outlet.Name, null));
            refs[i] = new ReportRef(id, outlet.Id, outlet.Name,
                publishedOn == None ? null : PartialDate.From(DateOnly.FromDayNumber(publishedOn), precision == None ? DatePrecision.Day : (DatePrecision)precision));
            if (!outletSeen[outletIndex])
            {
                outletSeen[outletIndex] = true;
                outletCount++;
            }

            if (latest.Count < LatestReports)
            {
                latest.Add(id);
            }
        }

        return new ReportsCut(graphRefs, refs, urls, reportOutlets, outletCount, latest);
    }

    /// <summary>The reports by the day: as the graph reads them; by index, as claims cite them (null when later), their links and outlets.</summary>
    private sealed record ReportsCut(List<ReportRef> GraphRefs, ReportRef?[] Refs, string?[] Urls, int[] Outlets, int OutletCount, List<int> Latest);

    /// <summary>How many of the latest reports a cut lists (the overview's "latest reports").</summary>
    internal const int LatestReports = 6;

    private static List<EvidenceClaim> ReadClaims(
        ref Reader reader, (int Id, string Name, string? Slug, string? Homepage)[] outlets, (int Id, string? Name)[] parties, ReportsCut reports)
    {
        var count = reader.Int();
        var claims = new List<EvidenceClaim>(count);
        for (var i = 0; i < count; i++)
        {
            var reportIndex = reader.Int();
            var (id, metric, partyIndex, stage, hedge) = (reader.Int(), reader.Int(), reader.Int(), reader.Int(), reader.Int());
            var report = reports.Refs[reportIndex];
            if (report is null)
            {
                if (hedge != None)
                {
                    reader.SkipString();
                    reader.Skip(3 * Writer.DecimalSize);
                }

                reader.SkipString();
                continue;
            }

            HedgedAmount? money = hedge == None
                ? null
                : HedgedAmount.Create((Hedge)hedge, reader.String()!, reader.Decimal(), reader.Decimal(), reader.Decimal());
            var quote = reader.String();
            var party = partyIndex == None ? ((int Id, string? Name)?)null : parties[partyIndex];
            var outlet = outlets[reports.Outlets[reportIndex]];
            claims.Add(new EvidenceClaim(id, (Metric)metric, party?.Id, party?.Name, money, stage == None ? null : (TalksStage)stage, quote,
                report, outlet.Slug!, reports.Urls[reportIndex], outlet.Homepage));
        }

        return claims;
    }

    private static List<RelianceChains.ChainRow> ReadEdges(ref Reader reader)
    {
        var edges = new List<RelianceChains.ChainRow>(reader.Int());
        for (var i = edges.Capacity; i > 0; i--)
        {
            edges.Add(new RelianceChains.ChainRow
            {
                Id = reader.Int(),
                ReportId = reader.Int(),
                TargetReportId = NullIfNone(reader.Int()),
                TargetOutletId = NullIfNone(reader.Int()),
                Kind = reader.String()!,
                SourceOutletId = reader.Int(),
                SourceOutletSlug = reader.String()!,
                SourceOutletName = reader.String()!,
                TargetReportOutletId = NullIfNone(reader.Int()),
                TargetSlug = reader.String()!,
                TargetName = reader.String()!,
            });
        }

        return edges;
    }

    /// <summary>The first retracted figures (the newest) whose reports were published by the day.</summary>
    private static List<RetractedFigure> ReadRetracted(ref Reader reader, ReportsCut reports)
    {
        var count = reader.Int();
        var retracted = new List<RetractedFigure>(Math.Min(count, CompareQuery.MaxRetracted));
        for (var i = 0; i < count && retracted.Count < CompareQuery.MaxRetracted; i++)
        {
            var report = reports.Refs[reader.Int()];
            var (outlet, title, words, date, reason) = (reader.String()!, reader.String()!, reader.String()!, reader.String(), reader.String());
            if (report is not null)
            {
                retracted.Add(new RetractedFigure(report.ReportId, outlet, title, words, date, reason));
            }
        }

        return retracted;
    }

    private static int? NullIfNone(int value) => value == None ? null : value;

    /// <summary>Keys in the order first added, each with its index.</summary>
    private sealed class Table<TKey, TValue>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _index = [];
        private readonly List<(TKey Key, TValue Value)> _items = [];

        public int Count => _items.Count;

        public IReadOnlyList<(TKey Key, TValue Value)> Items => _items;

        public void Add(TKey key, TValue value)
        {
            if (_index.TryAdd(key, _items.Count))
            {
                _items.Add((key, value));
            }
        }

        public void Set(TKey key, TValue value)
        {
            Add(key, value);
            _items[_index[key]] = (key, value);
        }

        public int IndexOf(TKey key) => _index[key];
    }

    private sealed class Writer
    {
        public const int DecimalSize = 17; // a presence byte and four 32-bit parts

        private readonly MemoryStream _stream = new();
        private readonly byte[] _buffer = new byte[16];

        public void Byte(byte value) => _stream.WriteByte(value);

        public void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer, value);
            _stream.Write(_buffer, 0, 4);
        }

        public void Decimal(decimal? value)
        {
            _stream.WriteByte(value is null ? (byte)0 : (byte)1);
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value ?? 0m, bits);
            foreach (var part in bits)
            {
                Int(part);
            }
        }

        /// <summary>Its UTF-8 length (-1 for null), then the bytes.</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Int(None);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            _stream.Write(bytes);
        }

        public byte[] ToArray() => _stream.ToArray();
    }

    private ref struct Reader(byte[] bytes, int position)
    {
        private readonly byte[] _bytes = bytes;
        private int _position = position;

        public int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(_position, 4));
            _position += 4;
            return value;
        }

        public decimal? Decimal()
        {
            var present = _bytes[_position++] == 1;
            Span<int> bits = [Int(), Int(), Int(), Int()];
            return present ? new decimal(bits) : null;
        }

        public string? String()
        {
            var length = Int();
            if (length == None)
            {
                return null;
            }

            var value = Encoding.UTF8.GetString(_bytes, _position, length);
            _position += length;
            return value;
        }

        public void SkipString()
        {
            var length = Int();
            _position += Math.Max(0, length);
        }

        public void Skip(int count) => _position += count;
    }
}

/// <summary>A deal's kept evidence cut to a day: the evidence, the reports (as the graph reads them), the counts and the latest report ids (newest first).</summary>
internal sealed record KeptAsOf(DealEvidence Evidence, IReadOnlyList<ReportRef> Reports, int ReportCount, int OutletCount, IReadOnlyList<int> LatestReportIds)
{
    /// <summary>The compare page's retracted figures by the day, the newest first.</summary>
    public IReadOnlyList<RetractedFigure> Retracted { get; init; } = [];
}
