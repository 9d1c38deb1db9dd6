using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.History;
using DealTracker.Domain.Intake;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using DealTracker.Web.Accounts;
using DealTracker.Web.Data.Headlines;
using DealTracker.Web.Data.Nodes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data;

/// <summary>
/// The store: deals, parties, outlets, reports, claims and events, the editors' accounts, and the
/// history of every change. A save made with <see cref="Editor"/> set writes a
/// <see cref="ChangeRecord"/> for each item it creates, edits, retracts or removes, in the same
/// transaction; every save bumps the version of each item it edits. The records' time is read from the
/// <see cref="TimeProvider"/> the app registers (a test's clock in tests).
/// </summary>
public class DealTrackerDbContext(DbContextOptions<DealTrackerDbContext> options, TimeProvider clock) : IdentityDbContext<EditorUser>(options), IDataProtectionKeyContext
{
    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<DealLink> DealLinks => Set<DealLink>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<DealParty> DealParties => Set<DealParty>();

    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<Reliance> Reliances => Set<Reliance>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<DealEvent> Events => Set<DealEvent>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<OutletFeed> OutletFeeds => Set<OutletFeed>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    /// <summary>The Data Protection key ring every node shares (cookies, antiforgery tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Live first-admin set-up links, hashed.</summary>
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();

    /// <summary>The one-row write counter other nodes fall back on (PostgreSQL).</summary>
    public DbSet<StoreVersionRow> StoreVersions => Set<StoreVersionRow>();

    /// <summary>What the deals page shows of each deal's first headline figure, kept up to date by every save.</summary>
    public DbSet<DealHeadline> DealHeadlines => Set<DealHeadline>();

    /// <summary>Each outlet's kept counts (reports, claims, original, first), kept by every save.</summary>
    public DbSet<Tallies.OutletTally> OutletTallies => Set<Tallies.OutletTally>();

    /// <summary>Each deal's kept counts (reports, claims), kept by every save.</summary>
    public DbSet<Tallies.DealTally> DealTallies => Set<Tallies.DealTally>();

    /// <summary>The outlet that reported each figure first, kept per deal by every save.</summary>
    public DbSet<Tallies.FirstReport> FirstReports => Set<Tallies.FirstReport>();

    /// <summary>Who is saving. Null only for the synthetic generator's bulk load, which keeps no history.</summary>
    public EditorStamp? Editor { get; set; }

    /// <summary>
    /// Only for the Data Protection key ring, whose repository saves synchronously (a new key, a few times a
    /// year): every other write is asynchronous and goes through the history-keeping path.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).All(e => e.Entity is DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync: it keeps the history of the change.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var log = ChangeLog.Capture(ChangeTracker);
        var headlines = DealHeadlineChanges.Capture(ChangeTracker);
        var tallies = Tallies.TallyChanges.Capture(ChangeTracker);
        var keepsHistory = Editor is not null && !log.IsEmpty;
        if (!keepsHistory && headlines.IsEmpty && tallies.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (transaction)
        {
            var deals = await headlines.DealsBeforeAsync(this, cancellationToken);
            await tallies.ReadBeforeSaveAsync(this, cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (!tallies.IsEmpty)
            {
                await SerialiseTallyWritersAsync(cancellationToken);
                await tallies.ApplyAsync(this, cancellationToken);
            }

            if (keepsHistory)
            {
                ChangeRecords.AddRange(log.ToRecords(Editor!, clock.GetUtcNow().UtcDateTime));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            deals.UnionWith(headlines.DealsAfter());
            await Services.Evidence.DealHeadlines.RefreshAsync(this, deals, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return count;
        }
    }

    /// <summary>
    /// Called in a save's transaction before it counts the touched outlets and deals again: where two saves may count
    /// at once (PostgreSQL), the second waits here for the first to commit, so that it counts the first one's rows too.
    /// SQLite has one writer at a time already.
    /// </summary>
    protected virtual Task SerialiseTallyWritersAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealTrackerDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database file and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
