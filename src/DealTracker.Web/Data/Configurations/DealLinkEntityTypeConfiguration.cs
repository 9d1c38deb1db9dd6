using DealTracker.Domain.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class DealLinkEntityTypeConfiguration : IEntityTypeConfiguration<DealLink>
{
    public void Configure(EntityTypeBuilder<DealLink> builder)
    {
        builder.Property(l => l.Relation).HasMaxLength(300);
        builder.HasOne(l => l.RelatedDeal).WithMany().HasForeignKey(l => l.RelatedDealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.DealId, l.RelatedDealId }).IsUnique();
        builder.HasIndex(l => l.RelatedDealId);
    }
}
