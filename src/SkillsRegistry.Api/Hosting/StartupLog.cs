namespace SkillsRegistry.Api.Hosting;

internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Registry data: {Provider} at {Location} (data directory {DataDirectory})")]
    public static partial void DataLocation(ILogger logger, string? provider, string location, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: importing seed data from {SeedDirectory}")]
    public static partial void Seeding(ILogger logger, string seedDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {Format}: {Rows} rows, {Rejected} rejected")]
    public static partial void Seeded(ILogger logger, string format, int rows, int rejected);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed data imported in {Elapsed}")]
    public static partial void SeedDone(ILogger logger, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database not reachable at {Location}: {Reason}; retrying in {DelaySeconds}s (attempt {Attempt})")]
    public static partial void DatabaseUnreachable(ILogger logger, string location, string reason, double delaySeconds, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite database {Location} could not be switched to write-ahead logging (journal mode {JournalMode}): reads wait while a large import writes")]
    public static partial void NoWriteAheadLog(ILogger logger, string location, string journalMode);
}
