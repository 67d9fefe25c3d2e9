using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Data;

/// <summary>The one context of the registry. Each database has a small derived context that owns its migrations.</summary>
public abstract class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CompetencyFramework> Frameworks => Set<CompetencyFramework>();
    public DbSet<Competency> Competencies => Set<Competency>();
    public DbSet<CompetencyBroader> CompetencyHierarchy => Set<CompetencyBroader>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationRequirement> Requirements => Set<OccupationRequirement>();
    public DbSet<ConceptMapping> ConceptMappings => Set<ConceptMapping>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<CredentialAlignment> Alignments => Set<CredentialAlignment>();
    public DbSet<CredentialPart> CredentialParts => Set<CredentialPart>();
    public DbSet<OccupationDemand> Demand => Set<OccupationDemand>();
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();
    public DbSet<CredentialRevision> Revisions => Set<CredentialRevision>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<DataStamp> DataStamps => Set<DataStamp>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<PersistedDocument> PersistedDocuments => Set<PersistedDocument>();

    /// <summary>Who reads and writes through this context; reset when the context goes back to the pool.</summary>
    public RegistryViewer Viewer { get; set; } = RegistryViewer.System;

    // The query filters read these per query, so a pooled context serves each caller with its own view.
    private bool ViewerSeesAllDrafts => Viewer.SeesAllDrafts;
    private int? ViewerProviderId => Viewer.ProviderId;

    /// <summary>
    /// Saves, and in the same transaction records a revision and an audit entry for every changed credential (see
    /// <see cref="RevisionWriter"/>) and queues every credential whose search document the change affects (see
    /// <see cref="SearchOutboxWriter"/>) and raises the <see cref="DataStamp"/> of every area it changes.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        var revisions = await RevisionWriter.PrepareAsync(this, now, cancellationToken);
        var affected = SearchOutboxWriter.Collect(this);
        var stamps = DataStampWriter.Collect(this);
        if (affected.IsEmpty && revisions.IsEmpty && stamps.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            if (revisions.WritesRevisions)
                await LockChangeFeedAsync(cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await DataStampWriter.RaiseAsync(this, stamps, cancellationToken);
            await SearchOutboxWriter.EnqueueAsync(this, affected, cancellationToken);
            await revisions.AddRevisionsAsync(this, Viewer.Actor, now, cancellationToken);
            saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return saved;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Held until commit by every transaction that writes credential revisions, taken before its first write, so
    /// revision ids (the change feed's positions) are assigned in commit order and a reader never sees a later
    /// position before an earlier one commits. SQLite needs nothing: it has one writer at a time.
    /// </summary>
    protected virtual Task LockChangeFeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        Viewer = RegistryViewer.System;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        Viewer = RegistryViewer.System;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        // Drafts are visible only to the registry itself and to their own provider's publishers.
        modelBuilder.Entity<Credential>().HasQueryFilter(c =>
            ViewerSeesAllDrafts || c.Status != CredentialStatus.Draft || c.ProviderId == ViewerProviderId);
        modelBuilder.Entity<CredentialAlignment>().HasQueryFilter(a =>
            ViewerSeesAllDrafts || a.Credential.Status != CredentialStatus.Draft || a.Credential.ProviderId == ViewerProviderId);
        modelBuilder.Entity<CredentialPart>().HasQueryFilter(p => ViewerSeesAllDrafts
            || ((p.Whole.Status != CredentialStatus.Draft || p.Whole.ProviderId == ViewerProviderId)
                && (p.Part.Status != CredentialStatus.Draft || p.Part.ProviderId == ViewerProviderId)));
        modelBuilder.Entity<CredentialRevision>().HasQueryFilter(r =>
            ViewerSeesAllDrafts || r.Status != CredentialStatus.Draft || r.ProviderId == ViewerProviderId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
