using GraphQL;
using SkillsRegistry.Api.GraphQL;
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
            Selects(context, "facets"), Selects(context, "edges"));
        var search = context.Service<ICredentialSearch>();
        try
        {
            if (search.Status.IsHealthy)
                return new SearchPage(await search.SearchAsync(request, context.CancellationToken), page.Skip, page.Take, false);
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
        await using var db = await context.DbAsync();
        return new SearchPage(await DatabaseCredentialSearch.SearchAsync(db, request, context.CancellationToken), page.Skip, page.Take, true);
    }

    public static async Task<IReadOnlyList<Suggestion>> SuggestAsync(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 10);
        if (first is < 1 or > SearchQueries.MaxSuggestions)
            throw new ExecutionError($"Argument 'first' must be between 1 and {SearchQueries.MaxSuggestions}; it was {first}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
        var kinds = context.GetArgument<List<SuggestionKind>?>("kinds") ?? [.. Enum.GetValues<SuggestionKind>()];
        try
        {
            return await context.Service<ICredentialSearch>().SuggestAsync(context.GetArgument<string>("text"), kinds, first, context.CancellationToken);
        }
        catch (SearchQueryException ex)
        {
            throw new ExecutionError(ex.Message) { Code = "INVALID_SEARCH" };
        }
    }

    public static async Task<IReadOnlyList<SimilarCredential>> SimilarAsync(IResolveFieldContext context, int credentialId)
    {
        var first = context.GetArgument("first", 5);
        if (first is < 1 or > MaxSimilar)
            throw new ExecutionError($"Argument 'first' must be between 1 and {MaxSimilar}; it was {first}.") { Code = "PAGE_SIZE_OUT_OF_RANGE" };
        var search = context.Service<ICredentialSearch>();
        try
        {
            if (search.Status.IsHealthy)
                return [.. (await search.SimilarAsync(credentialId, first, context.CancellationToken)).Select(h => new SimilarCredential(h))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFallback(context.Service<ILogger<SearchPage>>(), ex);
        }
        context.SetOutputExtension("degraded", true);
        await using var db = await context.DbAsync();
        return [.. (await DatabaseCredentialSearch.SimilarAsync(db, credentialId, first, context.CancellationToken)).Select(h => new SimilarCredential(h))];
    }

    private static bool Selects(IResolveFieldContext context, string field) => context.SubFields?.ContainsKey(field) == true;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search backend failed; answering from the database")]
    private static partial void LogFallback(ILogger logger, Exception exception);
}
