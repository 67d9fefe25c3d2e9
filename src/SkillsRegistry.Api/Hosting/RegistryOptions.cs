using System.ComponentModel.DataAnnotations;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Hosting;

/// <summary>Where the registry keeps its data (configuration sections <c>Registry</c> and <c>Database</c>).</summary>
public sealed class RegistryOptions
{
    /// <summary>Folder of the SQLite database (and later the search index); relative paths are under the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>How long start-up waits for an unreachable database before giving up; 0 fails at once.</summary>
    [Range(0, 86_400)]
    public int StartupRetrySeconds { get; set; } = 60;
}

public sealed class SeedOptions
{
    /// <summary>Migrate the database and import the seed data when it holds no framework yet.</summary>
    public bool OnStartup { get; set; } = true;

    /// <summary>Folder of the seed data; by default the copy shipped next to the executable.</summary>
    public string? Directory { get; set; }

    public string ResolvedDirectory => string.IsNullOrWhiteSpace(Directory)
        ? Path.Combine(AppContext.BaseDirectory, "seed-data")
        : Path.GetFullPath(Directory);
}
