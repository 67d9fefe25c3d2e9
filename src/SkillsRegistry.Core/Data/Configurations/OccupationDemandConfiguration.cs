using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class OccupationDemandConfiguration : IEntityTypeConfiguration<OccupationDemand>
{
    public void Configure(EntityTypeBuilder<OccupationDemand> builder)
    {
        builder.HasIndex(d => new { d.SocCode, d.Region, d.Period }).IsUnique();
        builder.Property(d => d.SocCode).HasMaxLength(16);
        builder.Property(d => d.Region).HasMaxLength(8);
        builder.Property(d => d.Period).HasMaxLength(16);
        builder.Property(d => d.Title).HasMaxLength(512);
        builder.Property(d => d.Source).HasMaxLength(128);
    }
}
