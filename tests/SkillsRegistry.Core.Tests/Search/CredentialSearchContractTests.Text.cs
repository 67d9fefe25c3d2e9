using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Fact]
    public async Task Python_finds_a_credential_aligned_to_Python_whose_text_never_says_python()
    {
        await using var db = Fixture.OpenSeeded();
        var aligned = await db.Credentials.Where(c => c.Alignments.Any(a => a.Competency.Uri == PythonUri)).ToListAsync();
        var silent = aligned.First(c => !SearchReference.TextMentions(c, "python"));

        var ids = await IdsAsync("python");

        Assert.Contains(silent.Id, ids);
        Assert.Superset(aligned.Select(c => c.Id).ToHashSet(), ids);
    }

    [Fact]
    public async Task An_alternative_label_finds_credentials_aligned_to_its_competency()
    {
        await using var db = Fixture.OpenSeeded();
        var credentials = await db.Credentials.Include(c => c.Provider).ToListAsync();
        var alignedIds = await db.Alignments.Select(a => a.CompetencyId).Distinct().ToListAsync();
        var competencies = await db.Competencies.Where(k => alignedIds.Contains(k.Id)).ToListAsync();
        // A one-word alternative label that no credential text, provider name or preferred label contains.
        var (competency, word) = competencies
            .SelectMany(k => k.AlternativeLabels.Where(l => l.Length >= 6 && l.All(char.IsAsciiLetter)).Select(l => (k, l)))
            .OrderBy(p => p.l, StringComparer.Ordinal)
            .First(p => !credentials.Any(c => SearchReference.TextMentions(c, p.l))
                && !competencies.Any(k => k.PreferredLabel.Contains(p.l, StringComparison.OrdinalIgnoreCase)));
        var expected = await SearchReference.CredentialsAlignedToAsync(db, [competency.Id]);

        var ids = await IdsAsync(word);

        Assert.NotEmpty(expected);
        Assert.Superset(expected, ids);
    }

    [Fact]
    public async Task A_broader_concept_by_name_finds_credentials_aligned_only_to_narrower_skills()
    {
        await using var db = Fixture.OpenSeeded();
        var below = await SearchReference.SelfAndNarrowerAsync(db, ComputerProgrammingUri);
        var expected = await SearchReference.CredentialsAlignedToAsync(db, below);
        var direct = await db.Alignments.Where(a => a.Competency.Uri == ComputerProgrammingUri).Select(a => a.CredentialId).ToListAsync();

        var ids = await IdsAsync("computer programming");

        Assert.Superset(expected, ids);
        Assert.Contains(ids, id => expected.Contains(id) && !direct.Contains(id));
    }

    [Fact]
    public async Task Title_matches_rank_above_description_only_matches()
    {
        var result = await SearchAsync(Request("python", take: 5));

        await using var db = Fixture.OpenSeeded();
        var ids = result.Hits.Select(h => h.CredentialId).ToList();
        var titles = await db.Credentials.Where(c => ids.Contains(c.Id)).Select(c => c.Title).ToListAsync();
        Assert.All(titles, t => Assert.Contains("python", t, StringComparison.OrdinalIgnoreCase));
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task Titles_holding_the_words_as_a_phrase_come_first()
    {
        await using var db = Fixture.OpenSeeded();
        var titles = await db.Credentials.ToDictionaryAsync(c => c.Id, c => c.Title);
        var phraseTitles = titles.Values.Count(t => t.Contains("software develop", StringComparison.OrdinalIgnoreCase));

        var result = await SearchAsync(Request("software development", take: phraseTitles));

        Assert.True(phraseTitles >= 3);
        Assert.All(result.Hits, h => Assert.Contains("software develop", titles[h.CredentialId], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Highlights_mark_matches_in_escaped_title_and_description()
    {
        var result = await SearchAsync(Request("python", take: 3, highlights: true));

        Assert.All(result.Hits, h => Assert.Contains(h.Highlights, s => s.Contains("<em>Python</em>", StringComparison.Ordinal)));
        Assert.All(result.Hits.SelectMany(h => h.Highlights), s => Assert.DoesNotContain("<em></em>", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_highlights_asked_for_hits_carry_none()
    {
        var result = await SearchAsync(Request("python", take: 3));

        Assert.All(result.Hits, h => Assert.Empty(h.Highlights));
    }

    [Fact]
    public async Task Empty_text_matches_every_credential()
    {
        await using var db = Fixture.OpenSeeded();

        var result = await SearchAsync(Request("  ", take: 0));

        Assert.Equal(await db.Credentials.CountAsync(), result.TotalCount);
        Assert.Empty(result.Hits);
    }
}
