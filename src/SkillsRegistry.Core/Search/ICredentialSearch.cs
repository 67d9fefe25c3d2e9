using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

/// <summary>
/// Full-text search over credentials, autocomplete over competencies, occupations and providers, and "similar
/// credentials". The index is a projection of the database: it can always be rebuilt from it.
/// </summary>
public interface ICredentialSearch : IDisposable
{
    /// <summary>Credential ids in result order, the total number of matches and (optionally) facets and highlights.</summary>
    /// <exception cref="SearchQueryException">The text or the filter is not acceptable (too long, too many terms, …).</exception>
    Task<CredentialSearchResult> SearchAsync(CredentialSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Autocomplete: prefix and typo-tolerant matches on preferred and alternative labels, best first, one per entity; no kinds means all kinds.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, IReadOnlyCollection<SuggestionKind> kinds, int limit, CancellationToken cancellationToken);

    /// <summary>Credentials like this one (text and shared competencies), preferring other providers; never the credential itself.</summary>
    Task<IReadOnlyList<SearchHit>> SimilarAsync(int credentialId, int first, CancellationToken cancellationToken);

    /// <summary>Rebuild everything from the database (credentials, plus suggestion entries for competencies, occupations, providers).</summary>
    Task RebuildAsync(RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Re-read these credentials from the database and upsert them (delete when gone); visible to search within 1 s.</summary>
    Task IndexCredentialsAsync(RegistryDbContext db, IReadOnlyCollection<int> credentialIds, CancellationToken cancellationToken);

    /// <summary>What the index holds and whether it can be trusted.</summary>
    SearchIndexStatus Status { get; }

    /// <summary>
    /// Checks that the index is still usable where it is stored (it can be deleted or damaged under a running process);
    /// a broken one becomes unhealthy in <see cref="Status"/> (searches then fall back) until <see cref="RebuildAsync"/>.
    /// </summary>
    SearchIndexStatus CheckIndex();
}
