using System.Net;
using Microsoft.Data.Sqlite;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Faults;

/// <summary>
/// A long write on the embedded SQLite database (a bulk or folder import) must not stall the readers: in SQLite's default
/// rollback-journal mode the writer locks them out as soon as its changes outgrow the page cache.
/// </summary>
public sealed class SqliteWriterTests
{
    [Fact]
    public async Task A_rollback_journal_file_is_switched_to_a_write_ahead_log_so_reads_are_answered_during_a_large_write()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["Search:IndexingEnabled"] = "false";
        var file = Path.Combine(settings["Registry:DataDirectory"]!, "registry.db");
        // EF Core creates SQLite files with a write-ahead log; a file made by other tools keeps the rollback journal.
        await using (var other = Open(file))
            Assert.Equal("delete", await ScalarAsync(other, null, "PRAGMA journal_mode=DELETE"));
        await using var factory = new RegistryApiFactory(settings);
        using var client = new GraphQLClient(factory.CreateClient());
        const string Query = "{ credentials(first: 1) { totalCount } }";
        var before = await client.PostAsync(Query);
        Assert.Equal(HttpStatusCode.OK, before.Status);

        await using var writer = Open(file);
        Assert.Equal("wal", await ScalarAsync(writer, null, "PRAGMA journal_mode"));
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await ScalarAsync(writer, transaction, "CREATE TABLE ImportScratch (Id INTEGER PRIMARY KEY, Payload TEXT NOT NULL)");
        // About 10 MB: five times SQLite's default page cache, so the writer has to spill pages before it commits.
        await ScalarAsync(writer, transaction,
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO ImportScratch (Payload) SELECT hex(randomblob(250)) FROM n");

        var during = await client.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.Null(during.Body["errors"]);
        Assert.Equal(before.Body["data"]!.ToJsonString(), during.Body["data"]!.ToJsonString());
        await transaction.RollbackAsync();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
