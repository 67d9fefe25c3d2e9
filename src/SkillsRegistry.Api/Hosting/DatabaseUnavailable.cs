using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SkillsRegistry.Api.Hosting;

/// <summary>
/// Tells "the database cannot be reached right now" (server down, connection refused or broken, file not openable)
/// apart from every other failure, by exception type, looking through wrappers such as EF's retry and transient-failure
/// exceptions. Such failures are answered with 503 and a retry hint instead of a masked internal error.
/// </summary>
public static class DatabaseUnavailable
{
    public const string ErrorCode = "DATABASE_UNAVAILABLE";

    /// <summary>What clients are told to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    private const int SqliteCannotOpen = 14;

    public static bool IsCause(Exception? exception) => FindCause(exception) is not null;

    /// <summary>The exception that shows the database is unreachable, for a one-line reason; null when there is none.</summary>
    public static Exception? FindCause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate)
                return aggregate.InnerExceptions.Select(FindCause).FirstOrDefault(c => c is not null);
            if (Classify(current) is { } verdict)
                return verdict ? current : null;
        }
        return null;
    }

    /// <summary>A short reason for logs and health reports: the first message that names the failure.</summary>
    public static string Reason(Exception exception)
    {
        var cause = FindCause(exception) ?? exception;
        return cause.InnerException is { } inner && cause is NpgsqlException and not PostgresException
            ? $"{cause.Message} ({inner.Message})"
            : cause.Message;
    }

    /// <summary>
    /// Pooled connections that were open when the server went away fail on their next use; forgetting them lets the
    /// first requests after recovery open fresh ones instead of failing once per stale connection.
    /// </summary>
    public static void ForgetPooledConnections(Exception cause)
    {
        if (cause is NpgsqlException)
            NpgsqlConnection.ClearAllPools();
        if (cause is SqliteException)
            SqliteConnection.ClearAllPools();
    }

    /// <summary>True: unreachable; false: a database error of another kind (stop looking); null: look at the inner exception.</summary>
    private static bool? Classify(Exception exception) => exception switch
    {
        // Server errors: only those that mean the server is going away or refuses connections, not deadlocks or
        // serialization failures (which PostgresException.IsTransient also counts).
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        // Npgsql's own errors are transient when caused by a socket, I/O or connect timeout failure.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteCannotOpen,
        SocketException => true,
        DbException other => other.IsTransient,
        _ => null,
    };
}
