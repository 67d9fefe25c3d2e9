using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SkillsRegistry.Core.Data;

/// <summary>Brings a registry database up to date before it is served or written.</summary>
public static class RegistryMigration
{
    /// <summary>
    /// Applies pending migrations; a SQLite file is also made sure to use write-ahead logging (kept in the file). EF Core
    /// creates new files in that mode, but a file it did not create (an empty file, one made by the <c>sqlite3</c> shell
    /// or another tool) keeps SQLite's default rollback journal, where a writer whose changes outgrow its page cache takes
    /// the exclusive lock to spill them and every reader waits until the transaction ends: a bulk import of a few
    /// thousand credentials would stall the whole API.
    /// </summary>
    /// <returns>SQLite's journal mode after the switch (<c>wal</c>, or <c>memory</c> for an in-memory database); null on other databases.</returns>
    public static async Task<string?> MigrateRegistryAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        await database.MigrateAsync(cancellationToken);
        return database.IsSqlite() ? await UseWriteAheadLogAsync(database, cancellationToken) : null;
    }

    private static async Task<string?> UseWriteAheadLogAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL";
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
