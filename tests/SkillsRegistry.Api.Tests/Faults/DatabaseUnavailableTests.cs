using System.Globalization;
using System.Net.Sockets;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SkillsRegistry.Api.GraphQL.Http;
using SkillsRegistry.Api.Hosting;

namespace SkillsRegistry.Api.Tests.Faults;

/// <summary>Which exceptions mean "the database is unreachable" (answered with 503) and which are ordinary failures.</summary>
public sealed class DatabaseUnavailableTests
{
    private static NpgsqlException ConnectionRefused() =>
        new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    public static TheoryData<string, Exception> Unreachable => new()
    {
        { "connection refused", ConnectionRefused() },
        { "connection broken while reading", new NpgsqlException("Exception while reading from stream", new IOException("Connection reset by peer")) },
        { "connect timeout", new NpgsqlException("The operation has timed out", new TimeoutException()) },
        { "server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown) },
        { "server starting up", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow) },
        { "connection failure class 08", new PostgresException("connection failure", "FATAL", "FATAL", PostgresErrorCodes.ConnectionFailure) },
        { "SQLite file not openable", new SqliteException("SQLite Error 14: 'unable to open database file'.", 14) },
        { "bare socket error", new SocketException((int)SocketError.ConnectionReset) },
        { "EF retry limit", new RetryLimitExceededException("Maximum number of retries exceeded.", ConnectionRefused()) },
        { "EF transient wrapper", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", ConnectionRefused()) },
        { "EF save", new DbUpdateException("An error occurred while saving the entity changes.", ConnectionRefused()) },
        { "aggregate", new AggregateException(new InvalidOperationException("other"), ConnectionRefused()) },
    };

    public static TheoryData<string, Exception> Ordinary => new()
    {
        { "unique violation", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation) },
        { "serialization failure (transient, but the server is there)", new PostgresException("could not serialize", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure) },
        { "syntax error", new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError) },
        { "SQLite busy", new SqliteException("database is locked", 5) },
        { "SQLite constraint", new SqliteException("UNIQUE constraint failed", 19) },
        { "Npgsql protocol misuse", new NpgsqlException("A command is already in progress") },
        { "timeout outside the database", new TimeoutException("The operation has timed out.") },
        { "I/O outside the database", new IOException("disk full") },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
        { "a save failing on a constraint", new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)) },
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public void Recognises_an_unreachable_database(string situation, Exception exception)
    {
        Assert.True(DatabaseUnavailable.IsCause(exception), situation);
        Assert.False(string.IsNullOrWhiteSpace(DatabaseUnavailable.Reason(exception)));
    }

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Leaves_other_failures_alone(string situation, Exception exception) =>
        Assert.False(DatabaseUnavailable.IsCause(exception), situation);

    [Fact]
    public void The_reason_names_the_socket_failure_behind_a_connection_error()
    {
        var reason = DatabaseUnavailable.Reason(new InvalidOperationException("wrapper", ConnectionRefused()));
        Assert.Contains("Failed to connect to 127.0.0.1:5432", reason, StringComparison.Ordinal);
        Assert.Contains(new SocketException((int)SocketError.ConnectionRefused).Message, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_doubles_up_to_its_maximum_and_starts_over_after_a_reset()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalSeconds));
        backoff.Reset();
        Assert.Equal(1, backoff.Next().TotalSeconds);
    }

    [Fact]
    public void A_batch_is_503_only_when_every_request_found_the_database_unreachable()
    {
        static ExecutionResult Failed(string code) => new() { Executed = true, Errors = [new ExecutionError("failed") { Code = code }] };
        var down = Failed(DatabaseUnavailable.ErrorCode);
        var ok = new ExecutionResult { Executed = true };

        var allDown = new DefaultHttpContext();
        allDown.Response.StatusCode = StatusCodes.Status200OK;
        DatabaseUnavailableResponses.ApplyStatus(allDown, [down, Failed(DatabaseUnavailable.ErrorCode)]);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, allDown.Response.StatusCode);
        Assert.Equal(DatabaseUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), allDown.Response.Headers.RetryAfter.ToString());

        foreach (var mixed in new[] { new[] { down, ok }, [down, Failed("BAD_REQUEST")], [] })
        {
            var http = new DefaultHttpContext();
            http.Response.StatusCode = StatusCodes.Status200OK;
            DatabaseUnavailableResponses.ApplyStatus(http, mixed);
            Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
            Assert.False(http.Response.Headers.ContainsKey("Retry-After"));
        }
    }
}
