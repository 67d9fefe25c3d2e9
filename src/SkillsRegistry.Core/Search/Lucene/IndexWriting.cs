using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Writes database rows into the index: everything (rebuild) or some credentials (upsert or delete).</summary>
internal static class IndexWriting
{
    public const int PageSize = 500;

    /// <summary>
    /// Adds every credential and suggestion entry; returns the newest credential change seen. One task reads pages from
    /// the database (SQLite reads and EF materialisation) while <see cref="IndexingTasks"/> others analyse pages into the
    /// index: the writer takes documents from several threads at once, each into its own segment. Documents are not in
    /// id order; nothing depends on it (sorts break ties by credential id).
    /// </summary>
    public static Task<DateTimeOffset?> AddAllAsync(IndexWriter writer, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken) =>
        AddAllAsync(writer, db, progress, PageSize, cancellationToken);

    /// <summary>As above, with <paramref name="pageSize"/> credentials read and indexed together (tests use small pages to spread a small database over the tasks).</summary>
    public static async Task<DateTimeOffset?> AddAllAsync(IndexWriter writer, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, int pageSize, CancellationToken cancellationToken)
    {
        var ancestry = await CompetencyAncestry.LoadAsync(db, cancellationToken);
        var total = await db.Credentials.CountAsync(cancellationToken);
        var done = 0;
        var gate = new Lock();
        void PageDone(int count)
        {
            // Serialised so the reported counts only grow, whichever task finishes a page.
            lock (gate)
            {
                done += count;
                progress?.Report(new SearchRebuildProgress("credentials", done, total));
            }
        }

        var pages = Channel.CreateBounded<IReadOnlyList<CredentialDocument>>(new BoundedChannelOptions(ReadAheadPages) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadPagesAsync(db, ancestry, pageSize, pages.Writer, stop.Token);
        var indexing = Enumerable.Range(0, IndexingTasks)
            .Select(_ => Task.Run(() => IndexPagesAsync(writer, pages.Reader, PageDone, stop), CancellationToken.None))
            .ToArray();
        DateTimeOffset?[] stamps;
        try
        {
            stamps = await Task.WhenAll(indexing);
        }
        catch
        {
            // Every indexing task has ended; the reader may be waiting for room in the channel: stop it before leaving.
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
            // Report the failure that stopped the others, not the cancellation it caused in them.
            var cause = indexing.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
                ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        await reading;
        await AddSuggestionsAsync(writer, db, progress, cancellationToken);
        return stamps.Aggregate((DateTimeOffset?)null, IndexStamps.Latest);
    }

    /// <summary>As many as there are cores, up to the writer's eight thread states; the page reader shares the cores.</summary>
    private static int IndexingTasks => Math.Clamp(Environment.ProcessorCount, 1, 8);

    private static async Task<DateTimeOffset?> IndexPagesAsync(IndexWriter writer, ChannelReader<IReadOnlyList<CredentialDocument>> pages, Action<int> pageDone, CancellationTokenSource stop)
    {
        DateTimeOffset? stamp = null;
        try
        {
            await foreach (var docs in pages.ReadAllAsync(stop.Token))
            {
                foreach (var doc in docs)
                {
                    writer.AddDocument(CredentialDocumentMapper.Map(doc));
                    stamp = IndexStamps.Latest(stamp, doc.UpdatedAt);
                }
                pageDone(docs.Count);
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        return stamp;
    }

    private const int ReadAheadPages = 4;

    private static async Task ReadPagesAsync(RegistryDbContext db, CompetencyAncestry ancestry, int pageSize, ChannelWriter<IReadOnlyList<CredentialDocument>> pages, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var ids in CredentialDocumentLoader.PagesAsync(db, pageSize, cancellationToken))
                await pages.WriteAsync(await CredentialDocumentLoader.LoadAsync(db, ids, ancestry, cancellationToken), cancellationToken);
            pages.Complete();
        }
        catch (Exception e)
        {
            pages.Complete(e);
            throw;
        }
    }

    /// <summary>Replaces the documents of these credentials, deleting those no longer in the database.</summary>
    public static async Task<DateTimeOffset?> UpsertAsync(IndexWriter writer, RegistryDbContext db, IReadOnlyCollection<int> credentialIds, CancellationToken cancellationToken)
    {
        var ancestry = await CompetencyAncestry.LoadAsync(db, cancellationToken);
        DateTimeOffset? stamp = null;
        foreach (var ids in credentialIds.Distinct().Chunk(PageSize))
        {
            var docs = await CredentialDocumentLoader.LoadAsync(db, ids, ancestry, cancellationToken);
            // The ids are distinct, so the documents can be analysed in parallel, as a rebuild does.
            try
            {
                Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = IndexingTasks, CancellationToken = cancellationToken },
                    doc => writer.UpdateDocument(CredentialDocumentMapper.IdTerm(doc.Id), CredentialDocumentMapper.Map(doc)));
            }
            catch (AggregateException e)
            {
                // The writer's own exception (a closed or broken index), as a sequential loop would throw it.
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
            stamp = docs.Select(d => (DateTimeOffset?)d.UpdatedAt).Aggregate(stamp, IndexStamps.Latest);
            foreach (var gone in ids.Except(docs.Select(d => d.Id)))
                writer.DeleteDocuments(CredentialDocumentMapper.IdTerm(gone));
        }
        return stamp;
    }

    private static async Task AddSuggestionsAsync(IndexWriter writer, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await db.Competencies.CountAsync(cancellationToken)
            + await db.Occupations.CountAsync(cancellationToken)
            + await db.Providers.CountAsync(cancellationToken);
        var done = 0;
        await foreach (var entry in SuggestionEntryLoader.LoadAsync(db, cancellationToken))
        {
            writer.AddDocuments(SuggestionDocumentMapper.Map(entry));
            if (++done % 1000 == 0 || done == total)
                progress?.Report(new SearchRebuildProgress("suggestions", done, total));
        }
    }
}
