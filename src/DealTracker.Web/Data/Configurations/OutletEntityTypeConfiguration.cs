using DealTracker.Domain.Outlets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class OutletEntityTypeConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(120);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Homepage).HasMaxLength(2000);
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}
