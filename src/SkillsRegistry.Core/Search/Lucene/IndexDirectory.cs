using Lucene.Net.Store;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// The index directory: positional reads (<see cref="NIOFSDirectory"/>) with larger read buffers, and the doc-values files
/// read once into memory.
/// </summary>
/// <remarks>
/// Not memory maps: a file truncated under a memory map faults the whole process (SIGBUS) on the next read, while a
/// short read is an exception that marks the index damaged and leaves the process serving. But doc values are read at
/// random per matching document (sort keys, facet ordinals), and through positional reads every one of those reads
/// took a lock and a system call: at 1M credentials that was more than half of a facet query's time. Doc-values files
/// are small (about 40 bytes per credential) and written once, so searches read them from a copy in memory instead;
/// merges, which read them once, still read the disk. Lucene never rewrites a file under the same name, so a copy
/// stays valid until the file is deleted, which drops it.
/// </remarks>
internal sealed class IndexDirectory(string path) : NIOFSDirectory(path)
{
    /// <summary>Lucene's default of 1 KiB costs a lock and a system call per 1 KiB of postings read.</summary>
    private const int ReadBufferBytes = 16 * 1024;

    private readonly RAMDirectory _docValues = new();
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _loading = new();

    public static bool IsDocValuesFile(string name) =>
        name.EndsWith(".dvd", StringComparison.Ordinal) || name.EndsWith(".dvm", StringComparison.Ordinal);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (IsDocValuesFile(name) && context.Context != IOContext.UsageContext.MERGE)
            return InMemory(name, context);
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered && context.Context != IOContext.UsageContext.MERGE)
            buffered.SetBufferSize(ReadBufferBytes);
        return input;
    }

    public override void DeleteFile(string name)
    {
        lock (_loading)
        {
            if (_loaded.Remove(name))
                _docValues.DeleteFile(name);
        }
        base.DeleteFile(name);
    }

    private IndexInput InMemory(string name, IOContext context)
    {
        lock (_loading)
        {
            if (!_loaded.Contains(name))
            {
                using (var source = base.OpenInput(name, IOContext.READ_ONCE))
                using (var copy = _docValues.CreateOutput(name, IOContext.DEFAULT))
                    copy.CopyBytes(source, source.Length);
                // Only a complete copy counts; a failed one is overwritten by the next attempt.
                _loaded.Add(name);
            }
        }
        return _docValues.OpenInput(name, context);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _docValues.Dispose();
        base.Dispose(disposing);
    }
}
