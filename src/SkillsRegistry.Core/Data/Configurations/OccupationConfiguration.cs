using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.HasIndex(o => new { o.FrameworkId, o.Uri }).IsUnique();
        builder.HasIndex(o => o.Uri);
        builder.HasIndex(o => o.Code);
        builder.HasIndex(o => o.SocCode);
        builder.HasIndex(o => o.IscoCode);
        builder.Property(o => o.Uri).HasMaxLength(256);
        builder.Property(o => o.Code).HasMaxLength(32);
        builder.Property(o => o.IscoCode).HasMaxLength(8);
        builder.Property(o => o.SocCode).HasMaxLength(16);
        builder.Property(o => o.PreferredLabel).HasMaxLength(512);
        builder.HasOne(o => o.Framework).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Broader).WithMany(o => o.Narrower).OnDelete(DeleteBehavior.Restrict);
    }
}
