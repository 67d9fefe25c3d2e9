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
}
