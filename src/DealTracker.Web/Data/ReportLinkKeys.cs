using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data;

/// <summary>
/// Fills <see cref="Report.LinkKey"/> for reports whose link has none: those stored before the column (migration
/// <c>ReportLinkKeys</c>), or those a later migration unkeys because <see cref="Domain.Intake.StoryLinks.Key"/> changed. The key is
/// computed in .NET, not SQL, so start-up does it in batches; every save sets it with the link (<see cref="Report.Url"/>).
/// </summary>
internal static class ReportLinkKeys
{
    /// <summary>Reports keyed per batch (one read and one transaction each).</summary>
    public const int BatchSize = 1_000;

    /// <summary>Keys every linked report without a key; returns how many it keyed. A keyed store costs one indexed read.</summary>
    public static async Task<int> FillMissingAsync(DealTrackerDbContext db, CancellationToken cancellationToken)
    {
        var keyed = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.Reports.AsNoTracking()
                .Where(r => r.Url != null && r.LinkKey == null && r.Id > after)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Url })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return keyed;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var report in batch)
            {
                var key = Report.KeyOf(report.Url);
                await db.Reports.Where(r => r.Id == report.Id && r.LinkKey == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.LinkKey, key), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            keyed += batch.Count;
            after = batch[^1].Id;
        }
    }
}
