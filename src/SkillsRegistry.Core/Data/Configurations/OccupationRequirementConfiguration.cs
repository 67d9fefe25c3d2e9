using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class OccupationRequirementConfiguration : IEntityTypeConfiguration<OccupationRequirement>
{
    public void Configure(EntityTypeBuilder<OccupationRequirement> builder)
    {
        builder.HasKey(r => new { r.OccupationId, r.CompetencyId });
        builder.HasIndex(r => r.CompetencyId);
        builder.HasOne(r => r.Occupation).WithMany(o => o.Requirements).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Competency).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
