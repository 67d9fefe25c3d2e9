using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    public static TheoryData<string> Rejected => new()
    {
        new string('a', 10_000),
        string.Join(' ', Enumerable.Range(1, 100).Select(i => $"t{i}")),
        string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")),
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Text_that_is_too_long_or_has_too_many_words_is_rejected_with_a_reason(string text)
    {
        var error = await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(Request(text)));

        Assert.Matches("at most \\d+ (characters|different words) are allowed", error.Message);
    }

    [Theory]
    [InlineData("*python", "python")]
    [InlineData("python*", "python")]
    [InlineData("title:(python", "title python")]
    [InlineData("\"python AND (", "python")]
    [InlineData("python~2 OR -java ^3", "python 2 or java 3")]
    public async Task Query_syntax_is_plain_text_and_never_an_error(string text, string equivalent)
    {
        var ids = (await SearchAsync(Request(text))).Hits.Select(h => h.CredentialId);
        var expected = (await SearchAsync(Request(equivalent))).Hits.Select(h => h.CredentialId);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("(-)")]
    [InlineData("the of and")]
    public async Task Text_without_searchable_words_matches_nothing(string text)
    {
        var result = await SearchAsync(Request(text));

        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task A_maximum_cost_without_a_currency_is_rejected()
    {
        var error = await Assert.ThrowsAsync<SearchQueryException>(() =>
            SearchAsync(Request(filter: new CredentialSearchFilter { MaxCost = 100 })));

        Assert.Contains("currency", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, -1)]
    [InlineData(9_995, 10)]
    public async Task Paging_outside_the_window_is_rejected(int skip, int take)
    {
        await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(Request(skip: skip, take: take)));
    }

    [Fact]
    public async Task Overlong_autocomplete_text_is_rejected()
    {
        var search = await SharedAsync();

        await Assert.ThrowsAsync<SearchQueryException>(() => search.SuggestAsync(new string('x', 1000), [], 5, CancellationToken.None));
    }
}
