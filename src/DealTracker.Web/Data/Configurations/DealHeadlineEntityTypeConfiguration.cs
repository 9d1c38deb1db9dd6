using DealTracker.Domain.Deals;
using DealTracker.Web.Data.Headlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class DealHeadlineEntityTypeConfiguration : IEntityTypeConfiguration<DealHeadline>
{
    public void Configure(EntityTypeBuilder<DealHeadline> builder)
    {
        builder.ToTable("DealHeadlines");
        builder.HasKey(h => h.DealId);
        builder.Property(h => h.DealId).ValueGeneratedNever();
        builder.HasOne<Deal>().WithOne().HasForeignKey<DealHeadline>(h => h.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.Figure).HasMaxLength(200);
        builder.Property(h => h.FigureTitle).HasMaxLength(400);
        builder.Property(h => h.FigureSource).HasMaxLength(600);
    }
}
