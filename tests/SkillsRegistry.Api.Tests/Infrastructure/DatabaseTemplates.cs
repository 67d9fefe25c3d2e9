using Microsoft.Data.Sqlite;
using Npgsql;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The seeded database is built once per test run (migrate + import the seed data through the application itself)
/// and copied for every test class, so classes never see each other's writes.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly Lazy<Task<string>> _sqlite = new(BuildSqliteAsync);
    private static readonly Lazy<Task<string>> _postgres = new(BuildPostgresAsync);
    private const string PostgresTemplate = "registry_template";

    public static async Task<Dictionary<string, string?>> SqliteCopyAsync()
    {
        var template = await _sqlite.Value;
        var copy = NewTempDirectory();
        foreach (var file in Directory.GetFiles(template, "registry.db*"))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return SqliteSettings(copy);
    }

    public static async Task<Dictionary<string, string?>> PostgresCopyAsync()
    {
        var server = PostgresServer.Shared;
        server.EnsureAvailable();
        await _postgres.Value;
        var name = "registry_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE {PostgresTemplate}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return PostgresSettings(server.ConnectionString(name));
    }

    private static async Task<string> BuildSqliteAsync()
    {
        var directory = NewTempDirectory();
        await StartOnceAsync(SqliteSettings(directory));
        SqliteConnection.ClearAllPools();
        return directory;
    }

    private static async Task<string> BuildPostgresAsync()
    {
        var connectionString = PostgresServer.Shared.ConnectionString(PostgresTemplate);
        await StartOnceAsync(PostgresSettings(connectionString));
        NpgsqlConnection.ClearAllPools();
        return connectionString;
    }

    private static async Task StartOnceAsync(Dictionary<string, string?> settings)
    {
        settings["Seed:OnStartup"] = "true";
        await using var factory = new RegistryApiFactory(settings);
        using var client = factory.CreateClient();
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        ready.EnsureSuccessStatusCode();
    }

    private static Dictionary<string, string?> SqliteSettings(string directory) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Registry:DataDirectory"] = directory,
        ["Seed:OnStartup"] = "false",
    };

    private static Dictionary<string, string?> PostgresSettings(string connectionString) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Registry:DataDirectory"] = NewTempDirectory(),
        ["ConnectionStrings:Registry"] = connectionString,
        ["Seed:OnStartup"] = "false",
    };

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "skillsregistry-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
