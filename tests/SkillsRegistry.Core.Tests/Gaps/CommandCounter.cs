using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>Counts the SQL commands sent through a context opened on the same database with this interceptor.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new context on <paramref name="db"/>'s database whose commands this counter counts.</summary>
    public RegistryDbContext Open(RegistryDbContext db) =>
        new SqliteRegistryDbContext(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite(db.Database.GetConnectionString()).AddInterceptors(this).Options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
