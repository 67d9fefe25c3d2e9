using System.ComponentModel.DataAnnotations;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>Search backend settings (configuration section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Index folder; relative paths are under <c>Registry:DataDirectory</c>.</summary>
    [Required]
    public string IndexDirectory { get; set; } = "search";

    /// <summary>Whether the background worker applies queued changes to the index (turn off only to test recovery).</summary>
    public bool IndexingEnabled { get; set; } = true;

    [Range(10, 60_000)]
    public int OutboxPollMilliseconds { get; set; } = 200;

    /// <summary>
    /// Outbox entries applied per index commit. A single change is a batch of one either way; after a bulk import,
    /// every batch pays a commit, a flushed segment and its merges, so 2,000 drained ~1.6 times as fast as 500.
    /// </summary>
    [Range(1, 10_000)]
    public int OutboxBatchSize { get; set; } = 2_000;

    /// <summary>How often the worker checks that the index is still intact on disk (deleted or overwritten under the server).</summary>
    [Range(1, 3_600)]
    public int IndexCheckSeconds { get; set; } = 5;
}
