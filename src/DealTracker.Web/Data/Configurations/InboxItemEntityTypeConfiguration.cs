using DealTracker.Domain.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class InboxItemEntityTypeConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.Link).HasMaxLength(2048);
        builder.Property(i => i.NormalisedLink).HasMaxLength(2048);
        builder.Property(i => i.TitleKey).HasMaxLength(500);
        builder.Property(i => i.StoryWords).HasMaxLength(500);
        builder.Property(i => i.Summary).HasMaxLength(4000);
        builder.Property(i => i.DismissReason).HasMaxLength(500);
        builder.Property(i => i.PartiesNamed).HasMaxLength(500);
        builder.HasOne(i => i.Feed).WithMany().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Outlet).WithMany().HasForeignKey(i => i.OutletId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Deal).WithMany().HasForeignKey(i => i.DealId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Report).WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.DuplicateOf).WithMany().HasForeignKey(i => i.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.NormalisedLink).IsUnique();
        builder.HasIndex(i => i.TitleKey);
        builder.HasIndex(i => new { i.StoryWords, i.FetchedAt });

        // The inbox's orders (ranked, newest), with and without a status filter: a page is read off the index, never sorted whole.
        builder.HasIndex(i => new { i.Status, i.Score, i.SortAt, i.Id });
        builder.HasIndex(i => new { i.Score, i.SortAt, i.Id });
        builder.HasIndex(i => new { i.Status, i.SortAt, i.Id });
        builder.HasIndex(i => new { i.SortAt, i.Id });
        builder.HasIndex(i => i.FetchedAt);
    }
}
