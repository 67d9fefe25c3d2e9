using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CompetencyFrameworkConfiguration : IEntityTypeConfiguration<CompetencyFramework>
{
    public void Configure(EntityTypeBuilder<CompetencyFramework> builder)
    {
        builder.HasIndex(f => f.Key).IsUnique();
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(256);
        builder.Property(f => f.Publisher).HasMaxLength(256);
        builder.Property(f => f.Version).HasMaxLength(32);
        builder.Property(f => f.SourceUri).HasMaxLength(512);
    }
}
