using System.ComponentModel.DataAnnotations;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// Rate limits (configuration section <c>RateLimits</c>), per API key for signed-in callers and per client address for
/// anonymous ones: a request budget (checked before anything is parsed) and a query-cost budget (charged with each
/// operation's computed complexity, so a heavy query uses more of it than a light one).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests per second an anonymous client address may send (bursts up to twice that).</summary>
    [Range(1, 1_000_000)]
    public int AnonymousRequestsPerSecond { get; set; } = 50;

    /// <summary>Requests per second an API key may send (bursts up to twice that).</summary>
    [Range(1, 1_000_000)]
    public int KeyRequestsPerSecond { get; set; } = 200;

    /// <summary>
    /// Requests over the request rate wait, oldest first, in a queue of this many per caller until the budget refills
    /// (at most a second) and get 429 only when the queue is full. A client that sends without waiting is thus slowed to
    /// its rate instead of costing the server a refusal per attempt; 0 refuses at once.
    /// </summary>
    [Range(0, 10_000)]
    public int RequestQueueLimit { get; set; } = 20;

    /// <summary>Query cost an anonymous client address may spend per second; the bucket holds 10 seconds' worth.</summary>
    [Range(1, 100_000_000)]
    public int AnonymousCostPerSecond { get; set; } = 10_000;

    /// <summary>Query cost an API key may spend per second; the bucket holds 10 seconds' worth.</summary>
    [Range(1, 100_000_000)]
    public int KeyCostPerSecond { get; set; } = 50_000;

    /// <summary>What an introspection query costs (it is exempt from the complexity limit, not from the budget).</summary>
    [Range(0, 1_000_000)]
    public int IntrospectionCost { get; set; } = 2_000;
}
