using GraphQL;
using GraphQL.DataLoader;
using SkillsRegistry.Api.GraphQL.Relay;

namespace SkillsRegistry.Api.GraphQL.Loading;

/// <summary>Resolver one-liners that hand GraphQL.NET a deferred loader result, so a whole level is fetched at once.</summary>
public static class LoaderResolveExtensions
{
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id) where T : class =>
        context.Service<ByIdLoader<T>>().Load(id);

    public static object? LoadByOptionalId<T>(this IResolveFieldContext context, int? id) where T : class =>
        id is { } value ? context.LoadById<T>(value) : null;

    /// <summary>The entity behind a global id of the given type; null when the id is malformed, of another type or unknown.</summary>
    public static object? LoadNode<T>(this IResolveFieldContext context, string? globalId, string typeName) where T : class =>
        context.LoadByOptionalId<T>(GlobalId.DecodeAs(globalId, typeName));

    public static IDataLoaderResult<IReadOnlyList<T>?> LoadChildren<TLoader, T>(this IResolveFieldContext context, int parentId)
        where TLoader : ChildListLoader<T> =>
        context.Service<TLoader>().Load(parentId);

    public static IDataLoaderResult<Page<T>?> LoadChildPage<TLoader, T>(this IResolveFieldContext context, int parentId)
        where TLoader : ChildPageLoader<T>
        where T : class
    {
        var page = context.Page();
        return context.Service<TLoader>().Load(new ChildPageKey(parentId, page.Skip, page.Take, QueryablePaging.SelectsTotalCount(context)));
    }
}
