using DealTracker.Domain.Deals;
using DealTracker.Domain.Outlets;
using DealTracker.Web.Data.Tallies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class OutletTallyEntityTypeConfiguration : IEntityTypeConfiguration<OutletTally>
{
    public void Configure(EntityTypeBuilder<OutletTally> builder)
    {
        builder.HasKey(t => t.OutletId);
        builder.Property(t => t.OutletId).ValueGeneratedNever();
        builder.HasOne<Outlet>().WithOne().HasForeignKey<OutletTally>(t => t.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DealTallyEntityTypeConfiguration : IEntityTypeConfiguration<DealTally>
{
    public void Configure(EntityTypeBuilder<DealTally> builder)
    {
        builder.HasKey(t => t.DealId);
        builder.Property(t => t.DealId).ValueGeneratedNever();
        builder.HasOne<Deal>().WithOne().HasForeignKey<DealTally>(t => t.DealId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FirstReportEntityTypeConfiguration : IEntityTypeConfiguration<FirstReport>
{
    public void Configure(EntityTypeBuilder<FirstReport> builder)
    {
        builder.HasKey(f => new { f.DealId, f.Metric, f.PartyKey });
        builder.Property(f => f.Metric).HasMaxLength(32);
        builder.HasOne<Deal>().WithMany().HasForeignKey(f => f.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Outlet>().WithMany().HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.OutletId);
    }
}
