using DealTracker.Domain.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class ClaimEntityTypeConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Ignore(c => c.Money);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Claims_MoneyHasQuote",
            "\"Hedge\" IS NULL OR (\"Quote\" IS NOT NULL AND \"Currency\" IS NOT NULL)"));
        builder.Property(c => c.Statement).HasMaxLength(1000);
        builder.Property(c => c.Quote).HasMaxLength(2000);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.RetractionReason).HasMaxLength(1000);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasOne(c => c.Report).WithMany(r => r.Claims).HasForeignKey(c => c.ReportId);
        builder.HasOne(c => c.Deal).WithMany(d => d.Claims).HasForeignKey(c => c.DealId);
        builder.HasOne(c => c.Party).WithMany().HasForeignKey(c => c.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DealId, c.Metric, c.PartyId });
        builder.HasIndex(c => new { c.DealId, c.ReportId });
        builder.HasIndex(c => c.ReportId);
        builder.HasIndex(c => c.PartyId);
    }
}
