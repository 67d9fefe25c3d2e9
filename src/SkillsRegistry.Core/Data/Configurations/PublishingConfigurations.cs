using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.CreatedBy).HasMaxLength(200);
        builder.HasOne(k => k.Provider).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CredentialRevisionConfiguration : IEntityTypeConfiguration<CredentialRevision>
{
    public void Configure(EntityTypeBuilder<CredentialRevision> builder)
    {
        builder.ToTable("CredentialRevisions");
        builder.HasIndex(r => new { r.CredentialId, r.Version });
        builder.HasIndex(r => new { r.CredentialId, r.At });
        builder.Property(r => r.Actor).HasMaxLength(200);
        // No foreign key: history outlives the record (credentials are retired, not deleted, but a database
        // administrator may still remove one).
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.HasOne(a => a.Revision).WithMany().HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DataStampConfiguration : IEntityTypeConfiguration<DataStamp>
{
    public void Configure(EntityTypeBuilder<DataStamp> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(32);
        builder.HasData(new DataStamp { Name = DataStamp.Taxonomy }, new DataStamp { Name = DataStamp.Supply });
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.Scope).HasMaxLength(64);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(100);
    }
}

internal sealed class PersistedDocumentConfiguration : IEntityTypeConfiguration<PersistedDocument>
{
    public void Configure(EntityTypeBuilder<PersistedDocument> builder)
    {
        builder.Property(d => d.Id).HasMaxLength(71);
        builder.Property(d => d.RegisteredBy).HasMaxLength(200);
    }
}
