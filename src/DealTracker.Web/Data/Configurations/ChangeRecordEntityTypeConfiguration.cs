using DealTracker.Domain.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class ChangeRecordEntityTypeConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.Property(c => c.ItemType).HasMaxLength(32);
        builder.Property(c => c.EditorId).HasMaxLength(450);
        builder.Property(c => c.EditorName).HasMaxLength(256);
        builder.HasIndex(c => new { c.ItemType, c.ItemId });
        builder.HasIndex(c => c.ReportId);
        builder.HasIndex(c => c.At);
    }
}
