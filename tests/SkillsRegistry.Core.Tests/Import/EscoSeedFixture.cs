using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Esco;

namespace SkillsRegistry.Core.Tests.Import;

/// <summary>The ESCO ICT seed slice imported once into a database of its own, shared by a test class.</summary>
public sealed class EscoSeedFixture : IAsyncLifetime, IDisposable
{
    public const string Folder = "esco-v1.1.1-ict";

    public TestDatabase Database { get; } = new();
    public ImportReport Report { get; private set; } = null!;
    internal ProgressLog Progress { get; } = new();

    public async Task InitializeAsync()
    {
        await using var db = Database.CreateContext();
        Report = await new EscoImporter().ImportAsync(db, RepositoryPaths.SeedData(Folder), Progress, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Database.Dispose();
}
