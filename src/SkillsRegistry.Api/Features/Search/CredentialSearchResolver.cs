using GraphQL;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>
/// Runs a search on the index, and on the database when the index is unavailable or fails (marking the
/// response <c>extensions.degraded = true</c>); bad user input becomes a clear error instead.
/// </summary>
internal static partial class CredentialSearchResolver
{
    public const int MaxSimilar = 20;

    public static async Task<SearchPage> SearchAsync(IResolveFieldContext context)
    {
        var page = context.Page();
        var request = new CredentialSearchRequest(context.GetArgument<string?>("query"), SearchFilterInput.From(context),
            context.GetArgument("sort", CredentialSearchSort.Relevance), page.Skip, page.Take,
            context.Selects("facets"), context.Selects("edges", "highlights"));
        await RejectUnknownCompetenciesAsync(context, request.Filter.CompetencyUris);
        var (result, degraded) = await IndexOrDatabaseAsync(context,
            (search, ct) => search.SearchAsync(request, ct),
            (db, ct) => DatabaseCredentialSearch.SearchAsync(db, request, ct));
        return new SearchPage(result, page.Skip, page.Take, degraded);
    }

    /// <summary>
    /// A competency URI the registry does not hold (a typo, another taxonomy's release) is an error, not a silent
    /// "no credentials": the index cannot tell an unknown concept from one nobody teaches.
    /// </summary>
    private static async Task RejectUnknownCompetenciesAsync(IResolveFieldContext context, IReadOnlyCollection<string>? uris)
    {
        if (uris is not { Count: > 0 })
            return;
        await using var db = await context.DbAsync();
        var known = await db.Competencies.Where(c => uris.Contains(c.Uri)).Select(c => c.Uri).ToListAsync(context.CancellationToken);
        var unknown = uris.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ExecutionError($"Unknown competency URI(s) in filter.competencies: {string.Join(", ", unknown.Take(5))}"
                + (unknown.Count > 5 ? $" and {unknown.Count - 5} more" : "") + ". Look URIs up with suggest(text: \"…\", kinds: [COMPETENCY]).")
            { Code = "INVALID_SEARCH" };
        }
    }

    public static async Task<IReadOnlyList<Suggestion>> SuggestAsync(IResolveFieldContext context)
    {
        var first = FirstArgument(context, 10, SearchQueries.MaxSuggestions);
        var kinds = context.GetArgument<List<SuggestionKind>?>("kinds") ?? [.. Enum.GetValues<SuggestionKind>()];
        // Autocomplete has no database equivalent: while the index is unavailable it answers nothing, marked degraded.
        var (suggestions, _) = await IndexOrDatabaseAsync(context,
            (search, ct) => search.SuggestAsync(context.GetArgument<string>("text"), kinds, first, ct),
            (_, _) => Task.FromResult<IReadOnlyList<Suggestion>>([]));
        return suggestions;
    }

    public static async Task<IReadOnlyList<SimilarCredential>> SimilarAsync(IResolveFieldContext context, int credentialId)
    {
        var first = FirstArgument(context, 5, MaxSimilar);
        var (hits, _) = await IndexOrDatabaseAsync(context,
            (search, ct) => search.SimilarAsync(credentialId, first, ct),
            (db, ct) => DatabaseCredentialSearch.SimilarAsync(db, credentialId, first, ct));
        return [.. hits.Select(h => new SimilarCredential(h))];
    }

    /// <summary>
    /// Asks the index when it is healthy; when it is not, or fails, asks the database and marks the response
    /// <c>extensions.degraded</c>. Bad user input is an error either way, never a fallback.
    /// </summary>
    private static async Task<(T Result, bool Degraded)> IndexOrDatabaseAsync<T>(IResolveFieldContext context,
        Func<ICredentialSearch, CancellationToken, Task<T>> fromIndex, Func<RegistryDbContext, CancellationToken, Task<T>> fromDatabase)
    {
        var search = context.Service<ICredentialSearch>();
        using var activity = RegistryTelemetry.Source.StartActivity("search " + context.FieldDefinition.Name);
        try
        {
            if (search.Status.IsHealthy)
                return (await fromIndex(search, context.CancellationToken), false);
        }
        catch (SearchQueryException ex)
        {
            throw new ExecutionError(ex.Message) { Code = "INVALID_SEARCH" };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFallback(context.Service<ILogger<SearchPage>>(), ex);
        }
        context.SetOutputExtension("degraded", true);
        RegistryTelemetry.SearchFallbacks.Add(1);
        activity?.SetTag("skillsregistry.search.degraded", true);
        await using var db = await context.DbAsync();
        return (await fromDatabase(db, context.CancellationToken), true);
    }

    private static int FirstArgument(IResolveFieldContext context, int defaultValue, int max)
    {
        var first = context.GetArgument("first", defaultValue);
        return first is >= 1 && first <= max
            ? first
            : throw new ExecutionError($"Argument 'first' must be between 1 and {max}; it was {first}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search backend failed; answering from the database")]
    private static partial void LogFallback(ILogger logger, Exception exception);
}
