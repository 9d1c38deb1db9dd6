using DealTracker.Domain.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class OutletFeedEntityTypeConfiguration : IEntityTypeConfiguration<OutletFeed>
{
    public void Configure(EntityTypeBuilder<OutletFeed> builder)
    {
        builder.Property(f => f.Url).HasMaxLength(2048);
        builder.Property(f => f.NormalisedUrl).HasMaxLength(2048);
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.ETag).HasMaxLength(500);
        builder.Property(f => f.LastModified).HasMaxLength(100);
        builder.Property(f => f.LastError).HasMaxLength(1000);
        builder.HasOne(f => f.Outlet).WithMany().HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.NormalisedUrl).IsUnique();
        builder.HasIndex(f => f.OutletId);
    }
}
