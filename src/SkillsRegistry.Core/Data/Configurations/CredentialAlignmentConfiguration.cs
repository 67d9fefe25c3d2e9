using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CredentialAlignmentConfiguration : IEntityTypeConfiguration<CredentialAlignment>
{
    public void Configure(EntityTypeBuilder<CredentialAlignment> builder)
    {
        builder.HasIndex(a => new { a.CredentialId, a.CompetencyId, a.Type }).IsUnique();
        builder.HasIndex(a => a.CompetencyId);
        builder.Property(a => a.AssertedBy).HasMaxLength(256);
        builder.HasOne(a => a.Credential).WithMany(c => c.Alignments).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Competency).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
