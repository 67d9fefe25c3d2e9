using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>A rebuild spreads pages over several indexing tasks: every credential lands once, and a failure in one task stops all with its own exception.</summary>
public sealed class IndexWritingTests(SearchDatabaseFixture fixture) : IClassFixture<SearchDatabaseFixture>
{
    [Fact]
    public async Task Small_pages_over_several_tasks_index_every_credential_once_with_growing_progress()
    {
        await using var db = fixture.OpenSeeded();
        var expected = await db.Credentials.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => new { c.Id, c.UpdatedAt }).ToListAsync();
        var reported = new List<int>();
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);

        var stamp = await IndexWriting.AddAllAsync(writer, db,
            new SynchronousProgress<SearchRebuildProgress>(p => { if (p.Phase == "credentials") reported.Add(p.Done); }), pageSize: 2, CancellationToken.None);
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        var indexed = Enumerable.Range(0, reader.MaxDoc)
            .Select(doc => reader.Document(doc).Get(IndexFields.Id))
            .OfType<string>().Select(int.Parse)
            .Order().ToList();
        Assert.Equal(expected.Select(c => c.Id), indexed);
        Assert.Equal(expected.Max(c => c.UpdatedAt), stamp);
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(expected.Count, reported[^1]);
    }

    [Fact]
    public async Task Upserting_every_credential_again_in_parallel_leaves_one_document_each()
    {
        await using var db = fixture.OpenSeeded();
        var ids = await db.Credentials.IgnoreQueryFilters().Select(c => c.Id).ToListAsync();
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        await IndexWriting.AddAllAsync(writer, db, null, CancellationToken.None);

        var stamp = await IndexWriting.UpsertAsync(writer, db, [.. ids, .. ids.Take(10), -1], CancellationToken.None);
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        var indexed = Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => global::Lucene.Net.Index.MultiFields.GetLiveDocs(reader)?.Get(doc) != false)
            .Select(doc => reader.Document(doc).Get(IndexFields.Id))
            .OfType<string>().Select(int.Parse).Order().ToList();
        Assert.Equal(ids.Order(), indexed);
        Assert.Equal(await db.Credentials.IgnoreQueryFilters().MaxAsync(c => c.UpdatedAt), stamp);
    }

    [Fact]
    public async Task Term_vectors_are_kept_for_the_fields_more_like_this_reads_and_not_for_broader_labels()
    {
        await using var db = fixture.OpenSeeded();
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        await IndexWriting.AddAllAsync(writer, db, null, CancellationToken.None);
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        var vectors = Enumerable.Range(0, reader.MaxDoc).Select(reader.GetTermVectors).OfType<Fields>().ToList();
        Assert.Contains(vectors, v => v.GetTerms(IndexFields.Competency) is not null);
        Assert.Contains(vectors, v => v.GetTerms(IndexFields.Title) is not null);
        Assert.All(vectors, v => Assert.Null(v.GetTerms(IndexFields.Broader)));
        // The broader labels are still searchable.
        Assert.True(reader.GetSumDocFreq(IndexFields.Broader) > 0);
    }

    [Fact]
    public async Task A_failure_in_one_indexing_task_ends_the_rebuild_with_that_failure()
    {
        await using var db = fixture.OpenSeeded();
        using var directory = new RAMDirectory();
        using var writer = NewWriter(directory);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => IndexWriting.AddAllAsync(writer, db,
            new SynchronousProgress<SearchRebuildProgress>(p => throw new InvalidOperationException("progress sink failed")), pageSize: 2, CancellationToken.None));

        Assert.Equal("progress sink failed", failure.Message);
    }

    private static IndexWriter NewWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForWriter()));
}
