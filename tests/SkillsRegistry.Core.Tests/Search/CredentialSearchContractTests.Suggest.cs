using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    private static readonly SuggestionKind[] _allKinds = [];

    [Fact]
    public async Task A_prefix_suggests_the_Python_competency()
    {
        var search = await SharedAsync();

        var suggestions = await search.SuggestAsync("pyth", [SuggestionKind.Competency], 5, CancellationToken.None);

        Assert.Contains(suggestions, s => s.Kind == SuggestionKind.Competency && s.Label == "Python (computer programming)");
        Assert.All(suggestions, s => Assert.Equal(SuggestionKind.Competency, s.Kind));
    }

    [Fact]
    public async Task A_typo_still_suggests_developers()
    {
        var search = await SharedAsync();

        var suggestions = await search.SuggestAsync("developr", _allKinds, 10, CancellationToken.None);

        Assert.NotEmpty(suggestions);
        Assert.Contains("developer", (suggestions[0].MatchedLabel ?? suggestions[0].Label).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Providers_are_suggested_by_the_start_of_their_name()
    {
        await using var db = Fixture.OpenSeeded();
        var provider = await db.Providers.OrderBy(p => p.Id).FirstAsync();
        var search = await SharedAsync();

        var suggestions = await search.SuggestAsync(provider.Name[..6], [SuggestionKind.Provider], 5, CancellationToken.None);

        Assert.Equal((SuggestionKind.Provider, provider.Id, provider.Name), (suggestions[0].Kind, suggestions[0].Id, suggestions[0].Label));
    }

    [Fact]
    public async Task An_alternative_label_match_names_the_label_that_matched()
    {
        var search = await SharedAsync();

        var suggestions = await search.SuggestAsync("python3", [SuggestionKind.Competency], 3, CancellationToken.None);

        var first = suggestions[0];
        Assert.Equal(("Python (computer programming)", "Python3"), (first.Label, first.MatchedLabel));
    }

    [Fact]
    public async Task Occupations_are_suggested_once_each_within_the_limit()
    {
        var search = await SharedAsync();

        var suggestions = await search.SuggestAsync("software", [SuggestionKind.Occupation], 4, CancellationToken.None);

        Assert.Equal(4, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(SuggestionKind.Occupation, s.Kind));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Similar_credentials_exclude_the_source_and_share_its_competencies()
    {
        await using var db = Fixture.OpenSeeded();
        var source = await db.Credentials.Where(c => c.Alignments.Count >= 3).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var competencies = await db.Alignments.Where(a => a.CredentialId == source).Select(a => a.CompetencyId).ToListAsync();
        var overlapping = await SearchReference.CredentialsAlignedToAsync(db, competencies);
        var search = await SharedAsync();

        var similar = await search.SimilarAsync(source, 5, CancellationToken.None);

        Assert.Equal(5, similar.Count);
        Assert.DoesNotContain(similar, h => h.CredentialId == source);
        Assert.All(similar.Take(3), h => Assert.Contains(h.CredentialId, overlapping));
        Assert.True(similar.Zip(similar.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task Similar_to_an_unknown_credential_is_empty()
    {
        var search = await SharedAsync();

        Assert.Empty(await search.SimilarAsync(int.MaxValue, 5, CancellationToken.None));
    }
}
