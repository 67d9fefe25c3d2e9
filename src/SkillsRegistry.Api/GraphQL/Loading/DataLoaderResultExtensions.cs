using GraphQL.DataLoader;

namespace SkillsRegistry.Api.GraphQL.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a deferred result without forcing it early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    /// <summary>A value (or work started only when the level is resolved) in the shape of a deferred result.</summary>
    public static IDataLoaderResult<T> Deferred<T>(Func<CancellationToken, Task<T>> load) => new Lazy<T>(load);

    private sealed class Lazy<T>(Func<CancellationToken, Task<T>> load) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
