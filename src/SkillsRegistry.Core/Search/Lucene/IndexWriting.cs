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
    /// Adds every credential and suggestion entry; returns the newest credential change seen. Pages are read from the
    /// database by one task while the previous page is analysed into the index, so the two halves (SQLite reads and
    /// EF materialisation; Lucene analysis) overlap. Documents are added in id order, as before.
    /// </summary>
    public static async Task<DateTimeOffset?> AddAllAsync(IndexWriter writer, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var ancestry = await CompetencyAncestry.LoadAsync(db, cancellationToken);
        var total = await db.Credentials.CountAsync(cancellationToken);
        var done = 0;
        DateTimeOffset? stamp = null;
        var pages = Channel.CreateBounded<IReadOnlyList<CredentialDocument>>(new BoundedChannelOptions(ReadAheadPages) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadPagesAsync(db, ancestry, pages.Writer, stop.Token);
        try
        {
            await foreach (var docs in pages.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var doc in docs)
                {
                    writer.AddDocument(CredentialDocumentMapper.Map(doc));
                    stamp = IndexStamps.Latest(stamp, doc.UpdatedAt);
                }
                done += docs.Count;
                progress?.Report(new SearchRebuildProgress("credentials", done, total));
            }
        }
        catch
        {
            // The reader may be waiting for room in the channel: stop it before leaving.
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        await reading;
        await AddSuggestionsAsync(writer, db, progress, cancellationToken);
        return stamp;
    }

    private const int ReadAheadPages = 4;

    private static async Task ReadPagesAsync(RegistryDbContext db, CompetencyAncestry ancestry, ChannelWriter<IReadOnlyList<CredentialDocument>> pages, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var ids in CredentialDocumentLoader.PagesAsync(db, PageSize, cancellationToken))
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
            foreach (var doc in docs)
            {
                writer.UpdateDocument(CredentialDocumentMapper.IdTerm(doc.Id), CredentialDocumentMapper.Map(doc));
                stamp = IndexStamps.Latest(stamp, doc.UpdatedAt);
            }
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
