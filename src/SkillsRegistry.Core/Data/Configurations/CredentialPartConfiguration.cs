using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CredentialPartConfiguration : IEntityTypeConfiguration<CredentialPart>
{
    public void Configure(EntityTypeBuilder<CredentialPart> builder)
    {
        builder.HasKey(p => new { p.WholeId, p.PartId });
        builder.HasIndex(p => p.PartId);
        builder.HasOne(p => p.Whole).WithMany(c => c.Parts).HasForeignKey(p => p.WholeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Part).WithMany(c => c.PartOf).HasForeignKey(p => p.PartId).OnDelete(DeleteBehavior.Restrict);
    }
}
