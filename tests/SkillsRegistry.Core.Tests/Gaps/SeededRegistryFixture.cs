using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Tests.Import;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>All of seed-data/ imported once into a database of its own, shared (read-only) by a test class.</summary>
public sealed class SeededRegistryFixture : IAsyncLifetime, IDisposable
{
    public TestDatabase Database { get; } = new();

    public async Task InitializeAsync()
    {
        await using var db = Database.CreateContext();
        await SeedData.ImportAsync(db, Path.Combine(RepositoryPaths.Root, "seed-data"), null, null, CancellationToken.None);
    }

    public RegistryDbContext Open() => Database.CreateContext();

    public static async Task<int> OccupationIdAsync(RegistryDbContext db, string frameworkPrefix, string labelOrCode) =>
        await db.Occupations.Where(o => o.Framework.Key.StartsWith(frameworkPrefix) && (o.PreferredLabel == labelOrCode || o.Code == labelOrCode))
            .Select(o => o.Id).SingleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Database.Dispose();
}
