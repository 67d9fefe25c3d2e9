namespace SkillsRegistry.Api.Features.Search;

/// <summary>What the indexing worker has done so far, for readiness: until the start-up check is done the index may be stale.</summary>
public sealed class SearchIndexState
{
    private volatile bool _checkedAtStart;

    public bool CheckedAtStart => _checkedAtStart;

    internal void MarkChecked() => _checkedAtStart = true;
}
