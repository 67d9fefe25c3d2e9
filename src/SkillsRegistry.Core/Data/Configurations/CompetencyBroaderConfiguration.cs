using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CompetencyBroaderConfiguration : IEntityTypeConfiguration<CompetencyBroader>
{
    public void Configure(EntityTypeBuilder<CompetencyBroader> builder)
    {
        builder.HasKey(e => new { e.NarrowerId, e.BroaderId });
        builder.HasIndex(e => e.BroaderId);
        builder.HasOne(e => e.Narrower).WithMany(c => c.Broader).HasForeignKey(e => e.NarrowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Broader).WithMany(c => c.Narrower).HasForeignKey(e => e.BroaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
