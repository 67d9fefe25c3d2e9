namespace SkillsRegistry.Api.Hosting;

/// <summary>Doubling delays between retries, from <c>first</c> up to <c>max</c>; reset after a success.</summary>
public sealed class RetryBackoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _max;
    private TimeSpan _next;

    public RetryBackoff(TimeSpan first, TimeSpan max)
    {
        _first = _next = first;
        _max = max;
    }

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_max.Ticks, _next.Ticks * 2));
        return delay;
    }

    public void Reset() => _next = _first;
}
