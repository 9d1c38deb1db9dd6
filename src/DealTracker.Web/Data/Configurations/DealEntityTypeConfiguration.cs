using DealTracker.Domain.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class DealEntityTypeConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.Property(d => d.Slug).HasMaxLength(120);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Summary).HasMaxLength(4000);
        builder.Property(d => d.StageNote).HasMaxLength(500);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.HasIndex(d => d.IsFeatured);
        builder.HasMany(d => d.Links).WithOne(l => l.Deal).HasForeignKey(l => l.DealId);
    }
}
