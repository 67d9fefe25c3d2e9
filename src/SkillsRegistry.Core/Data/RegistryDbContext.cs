using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

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

    /// <summary>
    /// Saves, and in the same transaction queues every credential whose search document the change affects
    /// (see <see cref="SearchOutboxWriter"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var affected = SearchOutboxWriter.Collect(this);
        if (affected.IsEmpty)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await SearchOutboxWriter.EnqueueAsync(this, affected, cancellationToken);
            saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return saved;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
