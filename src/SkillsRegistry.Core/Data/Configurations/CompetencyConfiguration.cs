using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CompetencyConfiguration : IEntityTypeConfiguration<Competency>
{
    public void Configure(EntityTypeBuilder<Competency> builder)
    {
        builder.HasIndex(c => new { c.FrameworkId, c.Uri }).IsUnique();
        builder.HasIndex(c => c.Uri);
        builder.HasIndex(c => c.PreferredLabel);
        builder.Property(c => c.Uri).HasMaxLength(256);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.PreferredLabel).HasMaxLength(512);
        builder.HasOne(c => c.Framework).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ReplacedBy).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
