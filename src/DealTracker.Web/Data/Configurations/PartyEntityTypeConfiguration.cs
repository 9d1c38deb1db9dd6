using DealTracker.Domain.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class PartyEntityTypeConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.Affiliation).WithMany().HasForeignKey(p => p.AffiliationId).OnDelete(DeleteBehavior.Restrict);
    }
}
