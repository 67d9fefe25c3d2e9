using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// One index directory with its open writer and near-real-time searcher manager. Opening never throws: a missing
/// index is created empty and flagged (as is one whose last commit was not a completed rebuild), an unreadable or corrupt one is left alone (no writer, no searchers) with
/// <see cref="Problem"/> saying why; <see cref="Recreate"/> deletes and starts it afresh. An index found broken while in
/// use (its files deleted or overwritten under the running process) is <see cref="MarkDamaged">marked damaged</see>.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private static readonly ConditionalWeakTable<IndexReader, StrongBox<int>> _credentialCounts = new();
    private readonly LuceneDirectory? _directory;
    private volatile string? _problem;
    private volatile bool _damaged;
    private int _disposed;

    private LuceneIndex(LuceneDirectory? directory, IndexWriter? writer, SearcherManager? searchers, string? problem, bool locked = false)
    {
        IsLocked = locked;
        _directory = directory;
        Writer = writer;
        Searchers = searchers;
        _problem = problem;
    }

    public IndexWriter? Writer { get; }

    public SearcherManager? Searchers { get; }

    /// <summary>Why the index cannot be trusted until rebuilt; null when it can.</summary>
    public string? Problem => _problem;

    /// <summary>The index broke while in use: its writer and searchers cannot be trusted, it must be recreated.</summary>
    public bool IsDamaged => _damaged;

    /// <summary>Another writer (another process, or another instance here) holds the index: it must not be deleted.</summary>
    public bool IsLocked { get; }

    public static LuceneIndex Open(string path)
    {
        LuceneDirectory? directory = null;
        try
        {
            System.IO.Directory.CreateDirectory(path);
            directory = OpenDirectory(path);
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

    /// <summary>An empty index in place of whatever is at <paramref name="path"/>, unhealthy until <see cref="MarkRebuilt"/>.</summary>
    public static LuceneIndex Recreate(string path)
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
        System.IO.Directory.CreateDirectory(path);
        var directory = OpenDirectory(path);
        var (writer, searchers) = OpenWriter(directory, OpenMode.CREATE);
        return new LuceneIndex(directory, writer, searchers, "The search index is being rebuilt.");
    }

    /// <summary>Clears the flag after a successful rebuild.</summary>
    public void MarkRebuilt() => _problem = null;

    /// <summary>Flags an index that broke while in use; the first problem found is kept.</summary>
    public void MarkDamaged(string problem)
    {
        _damaged = true;
        _problem ??= problem;
    }

    /// <summary>
    /// Whether the last commit is still on disk and opens (the index directory may be deleted or its files overwritten
    /// while the process holds them open, and the open files keep answering until then); <paramref name="checksums"/>
    /// also reads every file against its checksum. Returns why the index is broken, or null.
    /// </summary>
    public string? Probe(string path, bool checksums)
    {
        if (_directory is null)
            return _problem;
        try
        {
            if (!System.IO.Directory.Exists(path) || !DirectoryReader.IndexExists(_directory))
                return $"The search index at {path} disappeared while in use: rebuild it.";
            using var reader = DirectoryReader.Open(_directory);
            if (checksums)
            {
                foreach (var leaf in reader.Leaves)
                    leaf.AtomicReader.CheckIntegrity();
            }
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"The search index at {path} broke while in use ({e.GetType().Name}: {e.Message}): rebuild it.";
        }
    }

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

    /// <summary>
    /// Credential documents the searcher sees (suggestion entries are not counted), counted once per reader: every search asks for the index status, and
    /// counting visits every credential (3–4 ms at a million, most of a fast search's time).
    /// </summary>
    public static int CountCredentials(IndexSearcher searcher) =>
        _credentialCounts.GetValue(searcher.IndexReader, _ =>
        {
            var count = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.CredentialType)), count);
            return new StrongBox<int>(count.TotalHits);
        }).Value;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        if (!_damaged)
        {
            Searchers?.Dispose();
            Writer?.Dispose();
            _directory?.Dispose();
            return;
        }
        // A damaged index cannot commit on close: discard the writer (which releases its lock) and ignore what else fails.
        Quietly(() => Searchers?.Dispose());
        Quietly(() => Writer?.Rollback());
        Quietly(() => _directory?.Dispose());
    }

    private static void Quietly(Action dispose)
    {
        try
        {
            dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
        }
    }

    private static LuceneDirectory OpenDirectory(string path) => new IndexDirectory(path);

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
            // The default 16 MB flushes a segment every few thousand credentials during a rebuild, and merging them costs more.
            RAMBufferSizeMB = 64,
            // Separate files rather than compound ones, so every segment's doc values are a file IndexDirectory keeps in memory.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        var writer = new IndexWriter(directory, config);
        if (mode == OpenMode.CREATE)
            writer.Commit();
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory()));
    }
}
