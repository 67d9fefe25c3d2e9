using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;

namespace SkillsRegistry.Core.Tests;

/// <summary>The SQL commands a context sends, with their parameters, to ask SQLite how it would run them.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    public List<RecordedCommand> Commands { get; } = [];

    /// <summary>A context on the SQLite file at <paramref name="path"/> whose commands this recorder records.</summary>
    public RegistryDbContext Open(string path) =>
        new SqliteRegistryDbContext(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite($"Data Source={path}").AddInterceptors(this).Options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(new RecordedCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

internal sealed record RecordedCommand(string Text, List<(string Name, object Value)> Parameters);

internal static class SqlitePlans
{
    /// <summary>The steps of SQLite's <c>EXPLAIN QUERY PLAN</c> for the command, run against the file at <paramref name="path"/>.</summary>
    public static async Task<List<string>> ExplainAsync(string path, RecordedCommand command)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
            explain.Parameters.AddWithValue(name, value);
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(3));
        return plan;
    }
}
