using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>
/// Counts (and keeps the text of) the SQL commands EF Core sends while serving HTTP requests, so N+1 patterns fail a
/// test; background work (the search indexer) has no HTTP context and is not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();
    private IHttpContextAccessor? _http;

    public void Attach(IHttpContextAccessor http) => _http = http;

    private void Record(DbCommand command)
    {
        if (_http?.HttpContext is not null)
            _commands.Enqueue(command.CommandText);
    }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
