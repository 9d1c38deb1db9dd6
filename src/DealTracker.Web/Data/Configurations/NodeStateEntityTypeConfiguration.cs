using DealTracker.Web.Data.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealTracker.Web.Data.Configurations;

internal sealed class SetupTokenEntityTypeConfiguration : IEntityTypeConfiguration<SetupToken>
{
    public void Configure(EntityTypeBuilder<SetupToken> builder)
    {
        builder.ToTable("SetupTokens");
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}

internal sealed class StoreVersionRowEntityTypeConfiguration : IEntityTypeConfiguration<StoreVersionRow>
{
    public void Configure(EntityTypeBuilder<StoreVersionRow> builder)
    {
        builder.ToTable("StoreVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new StoreVersionRow { Id = StoreVersionRow.SingleId, Value = 0 });
    }
}
