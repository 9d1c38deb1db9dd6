using DealTracker.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class ReportEntityTypeConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Ignore(r => r.Published);
        builder.Property(r => r.Headline).HasMaxLength(500);
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.SourceNote).HasMaxLength(1000);
        builder.Property(r => r.RetractionReason).HasMaxLength(1000);
        builder.HasOne(r => r.Outlet).WithMany().HasForeignKey(r => r.OutletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OutletId, r.PublishedOn });
        builder.HasIndex(r => r.PublishedOn);
        builder.HasIndex(r => r.PublishedUntil);
        builder.HasIndex(r => r.Url).IsUnique().HasFilter("\"Url\" IS NOT NULL");

        // The duplicate-link check looks a link's story key up here; the filter keeps link-less reports out, and lets start-up find
        // the rows a release before the column left unkeyed ("Url" IS NOT NULL AND "LinkKey" IS NULL) without a scan.
        builder.Property(r => r.LinkKey).HasMaxLength(Report.LinkKeyLength);
        builder.HasIndex(r => r.LinkKey).HasFilter("\"Url\" IS NOT NULL");
    }
}
