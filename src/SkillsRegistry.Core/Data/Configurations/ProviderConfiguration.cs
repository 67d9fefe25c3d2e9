using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.Country);
        builder.Property(p => p.Name).HasMaxLength(256);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.Region).HasMaxLength(8);
        builder.Property(p => p.Website).HasMaxLength(512);
    }
}
