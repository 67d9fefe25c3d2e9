using Lucene.Net.Analysis;
using Lucene.Net.Search;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// The embedded search backend: one Lucene index in a directory of its own, with a writer kept open and a
/// near-real-time searcher manager refreshed after every write (changes are visible when the write returns).
/// Searches run concurrently with writes; writes are serialised. Opening never throws: a missing, unreadable or
/// corrupt index is reported through <see cref="Status"/> and repaired by <see cref="RebuildAsync"/>.
/// </summary>
public sealed class LuceneCredentialSearch : ICredentialSearch
{
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Analyzer _english = SearchAnalyzers.English();
    private readonly Analyzer _labels = SearchAnalyzers.Labels();
    private volatile LuceneIndex _index;
    private volatile IndexStamps _stamps;

    /// <param name="directory">The index folder (the app passes <c>&lt;Registry:DataDirectory&gt;/search</c>); created when missing.</param>
    /// <param name="time">Clock for the status stamps; the system clock by default.</param>
    public LuceneCredentialSearch(string directory, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _path = Path.GetFullPath(directory);
        _time = time ?? TimeProvider.System;
        _index = LuceneIndex.Open(_path);
        _stamps = IndexStamps.From(_index.Writer?.CommitData);
    }

    /// <summary>Opens (or creates) the index at <paramref name="directory"/>; never throws on a damaged index, see <see cref="Status"/>.</summary>
    public static LuceneCredentialSearch Open(string directory, TimeProvider? time = null) => new(directory, time);

    public SearchIndexStatus Status
    {
        get
        {
            var index = _index;
            var stamps = _stamps;
            var count = 0;
            if (index.Searchers is not null)
            {
                try
                {
                    count = index.Search(LuceneIndex.CountCredentials);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An index already known to be damaged just counts nothing until it is rebuilt.
                    if (index.Problem is null)
                        index.MarkDamaged($"The search index cannot be read ({e.GetType().Name}: {e.Message}): rebuild it.");
                }
            }
            return new SearchIndexStatus(count, index.Problem is null, index.Problem, stamps.LastRebuiltAt, stamps.LastUpdatedAt, stamps.DataStamp);
        }
    }

    public SearchIndexStatus CheckIndex()
    {
        var index = _index;
        if (index.Problem is null && index.Probe(_path, checksums: false) is { } problem)
            index.MarkDamaged(problem);
        return Status;
    }

    public Task<CredentialSearchResult> SearchAsync(CredentialSearchRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(s => CredentialSearcher.Search(s, _english, request, cancellationToken)));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, IReadOnlyCollection<SuggestionKind> kinds, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(s => SuggestSearcher.Suggest(s, _labels, text, kinds, limit, cancellationToken)));
    }

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(int credentialId, int first, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(WithSearcher(s => SimilarSearcher.Similar(s, _english, credentialId, first, cancellationToken)));
    }

    public Task RebuildAsync(RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return WriteAsync(async () =>
        {
            if (_index.Writer is null)
            {
                ReplaceIndex(_index.Repair(_path));
            }
            else if (_index.IsDamaged)
            {
                // Released first: the new writer takes the same lock.
                _index.Dispose();
                ReplaceIndex(LuceneIndex.Recreate(_path));
            }
            await RebuildIntoAsync(_index, db, progress, cancellationToken);
        }, cancellationToken);
    }

    public Task IndexCredentialsAsync(RegistryDbContext db, IReadOnlyCollection<int> credentialIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(credentialIds);
        return credentialIds.Count == 0 ? Task.CompletedTask : WriteAsync(async () =>
        {
            // A damaged index has no writer: the rebuild that repairs it reads these credentials anyway.
            var index = _index;
            if (index.Writer is null || index.IsDamaged)
                return;
            try
            {
                var stamp = await IndexWriting.UpsertAsync(index.Writer, db, credentialIds, cancellationToken);
                Commit(index, _stamps with { LastUpdatedAt = _time.GetUtcNow(), DataStamp = IndexStamps.Latest(_stamps.DataStamp, stamp) });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                MarkDamagedIfBroken(index);
                throw;
            }
        }, cancellationToken);
    }

    public void Dispose()
    {
        _index.Dispose();
        _english.Dispose();
        _labels.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>Replaces every document; on failure or cancellation rolls back to the last commit.</summary>
    private async Task RebuildIntoAsync(LuceneIndex index, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            index.Writer!.DeleteAll();
            var stamp = await IndexWriting.AddAllAsync(index.Writer, db, progress, cancellationToken);
            var now = _time.GetUtcNow();
            Commit(index, new IndexStamps(now, now, stamp));
            index.MarkRebuilt();
        }
        catch
        {
            index.Writer!.Rollback();
            ReplaceIndex(LuceneIndex.Open(_path));
            throw;
        }
    }

    /// <summary>Writes are serialised; searches never wait for them.</summary>
    private async Task WriteAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await write();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void Commit(LuceneIndex index, IndexStamps stamps)
    {
        index.Commit(stamps);
        _stamps = stamps;
    }

    private void ReplaceIndex(LuceneIndex index)
    {
        var old = _index;
        _index = index;
        _stamps = IndexStamps.From(index.Writer?.CommitData);
        old.Dispose();
    }

    /// <summary>
    /// Runs a search; when it fails for a reason other than the request, checks the index on disk and marks it damaged if
    /// it is broken, so that searches fall back to the database until the worker has rebuilt it.
    /// </summary>
    private T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        var index = _index;
        try
        {
            return index.Search(work);
        }
        catch (Exception e) when (e is not (OperationCanceledException or SearchQueryException))
        {
            MarkDamagedIfBroken(index);
            throw;
        }
    }

    private void MarkDamagedIfBroken(LuceneIndex index)
    {
        if (index.Problem is null && index.Probe(_path, checksums: true) is { } problem)
            index.MarkDamaged(problem);
    }
}
