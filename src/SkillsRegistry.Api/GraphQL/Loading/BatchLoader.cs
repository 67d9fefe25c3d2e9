using GraphQL.DataLoader;

namespace SkillsRegistry.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys asked for while one level of the query is walked, then fetches them all with one call.
/// Scoped per request. GraphQL.NET defers any <see cref="IDataLoaderResult"/> until the level is complete.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _pending = [];
    private Task? _running;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
                _pending.Add(key);
        }
        return new Pending(this, key);
    }

    /// <summary>Fetches the values of the given keys; a key without a value is simply absent from the result.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    private async Task<TValue?> ResolveAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task running;
            TaskCompletionSource? mine = null;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                    return value;
                if (_running is null && !_pending.Contains(key))
                    return default;
                if (_running is null)
                {
                    mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _running = mine.Task;
                }
                running = _running;
            }
            if (mine is not null)
                await RunBatchAsync(mine, cancellationToken).ConfigureAwait(false);
            else
                await running.ConfigureAwait(false);
        }
    }

    private async Task RunBatchAsync(TaskCompletionSource done, CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            keys = [.. _pending];
            _pending.Clear();
        }
        try
        {
            var fetched = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var (k, v) in fetched)
                    _loaded[k] = v;
                _running = null;
            }
            done.SetResult();
        }
        catch (Exception ex)
        {
            lock (_gate)
                _running = null;
            done.SetException(ex);
            throw;
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResolveAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await loader.ResolveAsync(key, cancellationToken).ConfigureAwait(false);
    }
}
