using DealTracker.Domain.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class DealPartyEntityTypeConfiguration : IEntityTypeConfiguration<DealParty>
{
    public void Configure(EntityTypeBuilder<DealParty> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.HasOne(p => p.Deal).WithMany(d => d.Parties).HasForeignKey(p => p.DealId);
        builder.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.DealId, p.PartyId, p.Role }).IsUnique();
        builder.HasIndex(p => p.PartyId);
    }
}
