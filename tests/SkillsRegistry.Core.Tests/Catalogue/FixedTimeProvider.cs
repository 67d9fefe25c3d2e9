namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>A clock that reads whatever the test sets.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
