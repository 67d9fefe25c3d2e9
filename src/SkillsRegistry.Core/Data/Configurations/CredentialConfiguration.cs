using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.HasIndex(c => new { c.ProviderId, c.ExternalId }).IsUnique();
        // Imports look up a file's external ids across its many providers; with only the composite index SQLite scans
        // every credential of those providers per lookup.
        builder.HasIndex(c => c.ExternalId);
        builder.HasIndex(c => c.Title);
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.Type);
        builder.HasIndex(c => c.Ctid);
        builder.Property(c => c.Title).HasMaxLength(512);
        builder.Property(c => c.NqfLevel).HasMaxLength(32);
        builder.Property(c => c.CostCurrency).HasMaxLength(3);
        builder.Property(c => c.Url).HasMaxLength(1024);
        builder.Property(c => c.Ctid).HasMaxLength(64);
        builder.Property(c => c.OpenBadgeId).HasMaxLength(512);
        builder.Property(c => c.ExternalId).HasMaxLength(256);
        builder.Property(c => c.QualityAssuranceType).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Provider).WithMany(p => p.Credentials).OnDelete(DeleteBehavior.Restrict);
    }
}
