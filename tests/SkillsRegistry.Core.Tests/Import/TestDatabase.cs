using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data.Providers;

namespace SkillsRegistry.Core.Tests.Import;

/// <summary>A private SQLite file copied from a template migrated once per test run.</summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<string> _templatePath = new(CreateTemplate);
    private readonly string _path;

    public TestDatabase()
    {
        _path = Path.Combine(Path.GetTempPath(), $"skillsregistry-{Guid.NewGuid():N}.db");
        File.Copy(_templatePath.Value, _path);
    }

    public SqliteRegistryDbContext CreateContext() => Open(_path);

    public void Dispose() => File.Delete(_path);

    private static SqliteRegistryDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            .Options);

    private static string CreateTemplate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"skillsregistry-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        using var db = Open(path);
        db.Database.Migrate();
        return path;
    }
}
