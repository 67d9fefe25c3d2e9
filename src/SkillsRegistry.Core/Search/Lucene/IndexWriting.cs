using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Writes database rows into the index: everything (rebuild) or some credentials (upsert or delete).</summary>
internal static class IndexWriting
{
    public const int PageSize = 500;

    /// <summary>Adds every credential and suggestion entry; returns the newest credential change seen.</summary>
    public static async Task<DateTimeOffset?> AddAllAsync(IndexWriter writer, RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var ancestry = await CompetencyAncestry.LoadAsync(db, cancellationToken);
        var total = await db.Credentials.CountAsync(cancellationToken);
        var done = 0;
        DateTimeOffset? stamp = null;
        await foreach (var ids in CredentialDocumentLoader.PagesAsync(db, PageSize, cancellationToken))
        {
            foreach (var doc in await CredentialDocumentLoader.LoadAsync(db, ids, ancestry, cancellationToken))
            {
                writer.AddDocument(CredentialDocumentMapper.Map(doc));
                stamp = IndexStamps.Latest(stamp, doc.UpdatedAt);
            }
            done += ids.Count;
            progress?.Report(new SearchRebuildProgress("credentials", done, total));
        }
        await AddSuggestionsAsync(writer, db, progress, cancellationToken);
        return stamp;
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
