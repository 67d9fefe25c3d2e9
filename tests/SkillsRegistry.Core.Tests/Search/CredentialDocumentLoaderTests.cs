using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>
/// How the index reads a page of credentials. Loading alignments as a collection of each credential made SQLite build a
/// derived table over every alignment for every page (a 1M-credential rebuild read 229 GB and did not finish).
/// </summary>
public sealed class CredentialDocumentLoaderTests(SearchDatabaseFixture fixture) : IClassFixture<SearchDatabaseFixture>
{
    [Fact]
    public async Task A_page_is_read_by_seeking_its_ids_without_scanning_or_materialising_a_table()
    {
        var recorder = new CommandRecorder();
        await using var db = recorder.Open(fixture.DatabasePath);
        var ids = await db.Credentials.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => c.Id).Take(50).ToListAsync();
        var ancestry = await CompetencyAncestry.LoadAsync(db, CancellationToken.None);
        recorder.Commands.Clear();

        var documents = await CredentialDocumentLoader.LoadAsync(db, ids, ancestry, CancellationToken.None);

        Assert.Equal(ids, documents.Select(d => d.Id).Order());
        var pageQueries = recorder.Commands.Where(c => c.Text.Contains("\"Credentials\"", StringComparison.Ordinal)
            || c.Text.Contains("\"Alignments\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pageQueries);
        foreach (var command in pageQueries)
        {
            var plan = await SqlitePlans.ExplainAsync(fixture.DatabasePath, command);
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal) && !step.Contains("json_each", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("MATERIALIZE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Drafts_are_loaded_whoever_the_contexts_viewer_is()
    {
        await using var db = fixture.OpenSeeded();
        var draft = await db.Credentials.IgnoreQueryFilters().Where(c => c.Status == CredentialStatus.Draft)
            .Select(c => new { c.Id, Alignments = c.Alignments.Select(a => a.CompetencyId).Distinct().Count() }).FirstOrDefaultAsync();
        Assert.True(draft is not null, "The seed data has no draft to test with.");
        var ancestry = await CompetencyAncestry.LoadAsync(db, CancellationToken.None);
        db.Viewer = RegistryViewer.Anonymous;

        var document = Assert.Single(await CredentialDocumentLoader.LoadAsync(db, [draft.Id], ancestry, CancellationToken.None));

        Assert.Equal(CredentialStatus.Draft, document.Status);
        Assert.Equal(draft.Alignments, document.Aligned.Count);
    }
}
