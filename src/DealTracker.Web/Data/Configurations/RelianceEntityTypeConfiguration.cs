using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class RelianceEntityTypeConfiguration : IEntityTypeConfiguration<Reliance>
{
    public void Configure(EntityTypeBuilder<Reliance> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Reliances_OneTarget",
            "(\"TargetReportId\" IS NULL) <> (\"TargetOutletId\" IS NULL)"));
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasOne(r => r.Report).WithMany(r => r.Reliances).HasForeignKey(r => r.ReportId);
        builder.HasOne(r => r.TargetReport).WithMany().HasForeignKey(r => r.TargetReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.TargetOutlet).WithMany().HasForeignKey(r => r.TargetOutletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ReportId);
        builder.HasIndex(r => r.TargetReportId);
        builder.HasIndex(r => r.TargetOutletId);
    }
}
