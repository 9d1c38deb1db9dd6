using DealTracker.Domain.Claims;
using DealTracker.Domain.Deals;
using DealTracker.Domain.Events;
using DealTracker.Domain.Outlets;
using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DealTracker.Web.Data;

public sealed class DealTrackerDbContext(DbContextOptions<DealTrackerDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DealTrackerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database file and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
