using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class ConceptMappingConfiguration : IEntityTypeConfiguration<ConceptMapping>
{
    public void Configure(EntityTypeBuilder<ConceptMapping> builder)
    {
        builder.HasIndex(m => new { m.Kind, m.SourceUri, m.TargetUri, m.Source }).IsUnique();
        builder.HasIndex(m => m.TargetUri);
        builder.Property(m => m.SourceUri).HasMaxLength(256);
        builder.Property(m => m.TargetUri).HasMaxLength(256);
        builder.Property(m => m.Source).HasMaxLength(128);
    }
}
