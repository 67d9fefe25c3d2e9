using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// One index directory with its open writer and near-real-time searcher manager. Opening never throws: a missing
/// index is created empty and flagged (as is one whose last commit was not a completed rebuild), an unreadable or corrupt one is left alone (no writer, no searchers) with
/// <see cref="Problem"/> saying why; <see cref="Recreate"/> deletes and starts it afresh.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private readonly LuceneDirectory? _directory;

    private LuceneIndex(LuceneDirectory? directory, IndexWriter? writer, SearcherManager? searchers, string? problem, bool locked = false)
    {
        IsLocked = locked;
        _directory = directory;
        Writer = writer;
        Searchers = searchers;
        Problem = problem;
    }

    public IndexWriter? Writer { get; }

    public SearcherManager? Searchers { get; }

    /// <summary>Why the index cannot be trusted until rebuilt; null when it can.</summary>
    public string? Problem { get; private set; }

    /// <summary>Another writer (another process, or another instance here) holds the index: it must not be deleted.</summary>
    public bool IsLocked { get; }

    public static LuceneIndex Open(string path)
    {
        LuceneDirectory? directory = null;
        try
        {
            System.IO.Directory.CreateDirectory(path);
            directory = FSDirectory.Open(path);
            var exists = DirectoryReader.IndexExists(directory);
            if (exists)
                Verify(directory);
            var (writer, searchers) = OpenWriter(directory, exists ? OpenMode.APPEND : OpenMode.CREATE);
            var problem = !exists ? "The search index does not exist yet: rebuild it."
                : IndexStamps.From(writer.CommitData).LastRebuiltAt is null ? "The search index was never completely built: rebuild it."
                : null;
            return new LuceneIndex(directory, writer, searchers, problem);
        }
        catch (LockObtainFailedException)
        {
            directory?.Dispose();
            return new LuceneIndex(null, null, null, $"The search index at {path} is in use by another writer.", locked: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            directory?.Dispose();
            return new LuceneIndex(null, null, null, $"The search index at {path} cannot be read ({e.GetType().Name}: {e.Message}): rebuild it.");
        }
    }

    /// <summary>
    /// A writable index in place of this unusable one: deletes the directory and starts afresh, unless the index is
    /// only locked by another writer, which is never deleted from under it (throws while the lock is held).
    /// </summary>
    public LuceneIndex Repair(string path)
    {
        if (!IsLocked)
            return Recreate(path);
        var again = Open(path);
        return again.Writer is not null ? again : throw new InvalidOperationException(again.Problem);
    }

    private static LuceneIndex Recreate(string path)
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        var (writer, searchers) = OpenWriter(directory, OpenMode.CREATE);
        return new LuceneIndex(directory, writer, searchers, null);
    }

    /// <summary>Clears the flag after a successful rebuild.</summary>
    public void MarkRebuilt() => Problem = null;

    /// <summary>Commits with the stamps in the commit's user data and refreshes the searchers (near-real-time).</summary>
    public void Commit(IndexStamps stamps)
    {
        Writer!.SetCommitData(stamps.ToCommitData());
        Writer.Commit();
        Searchers!.MaybeRefreshBlocking();
    }

    /// <summary>Runs a search on the current searcher; throws when the index is damaged.</summary>
    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var searchers = Searchers ?? throw new InvalidOperationException(Problem);
        var searcher = searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The number of credential documents (suggestion entries are not counted).</summary>
    public static int CountCredentials(IndexSearcher searcher)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.CredentialType)), count);
        return count.TotalHits;
    }

    public void Dispose()
    {
        Searchers?.Dispose();
        Writer?.Dispose();
        _directory?.Dispose();
    }

    /// <summary>Opens every segment and checks the checksums of its files; throws on damage.</summary>
    private static void Verify(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
            leaf.AtomicReader.CheckIntegrity();
    }

    private static (IndexWriter, SearcherManager) OpenWriter(LuceneDirectory directory, OpenMode mode)
    {
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForWriter())
        {
            OpenMode = mode,
            Similarity = Bm25SearcherFactory.Similarity,
        };
        var writer = new IndexWriter(directory, config);
        if (mode == OpenMode.CREATE)
            writer.Commit();
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory()));
    }
}
