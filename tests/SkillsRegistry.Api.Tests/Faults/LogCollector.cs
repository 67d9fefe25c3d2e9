using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Faults;

/// <summary>Keeps every formatted log message of a test host, to check what an operator would read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Collecting(_messages);

    public void Dispose()
    {
    }

    private sealed class Collecting(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                messages.Enqueue(formatter(state, exception));
        }
    }
}

public static class LogCollectorExtensions
{
    /// <summary>The same application with <paramref name="logs"/> added as a logging provider (disposed with <paramref name="factory"/>).</summary>
    public static WebApplicationFactory<Program> WithLogs(this RegistryApiFactory factory, LogCollector logs) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
}
