using DealTracker.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class DealEventEntityTypeConfiguration : IEntityTypeConfiguration<DealEvent>
{
    public void Configure(EntityTypeBuilder<DealEvent> builder)
    {
        builder.ToTable("Events");
        builder.Ignore(e => e.Occurred);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.HasOne(e => e.Deal).WithMany(d => d.Events).HasForeignKey(e => e.DealId);
        builder.HasMany(e => e.Reports).WithMany().UsingEntity("EventReports");
        builder.HasIndex(e => new { e.DealId, e.OccurredOn });
    }
}
