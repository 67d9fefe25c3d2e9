using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Theory]
    [InlineData(CredentialSearchSort.CostAscending)]
    [InlineData(CredentialSearchSort.CostDescending)]
    [InlineData(CredentialSearchSort.DurationAscending)]
    [InlineData(CredentialSearchSort.Newest)]
    public async Task Sorts_order_by_their_key_with_the_id_breaking_ties(CredentialSearchSort sort)
    {
        await using var db = Fixture.OpenSeeded();
        var rows = (await db.Credentials.Select(c => new { c.Id, c.CostAmount, c.Hours, c.CreatedAt }).ToListAsync()).ToDictionary(r => r.Id);
        var expected = sort switch
        {
            CredentialSearchSort.CostAscending => rows.Values.OrderBy(r => r.CostAmount).ThenBy(r => r.Id),
            CredentialSearchSort.CostDescending => rows.Values.OrderByDescending(r => r.CostAmount).ThenBy(r => r.Id),
            CredentialSearchSort.DurationAscending => rows.Values.OrderBy(r => r.Hours).ThenBy(r => r.Id),
            _ => rows.Values.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
        };

        var result = await SearchAsync(Request(sort: sort));

        Assert.Equal(expected.Select(r => r.Id), result.Hits.Select(h => h.CredentialId));
    }

    [Fact]
    public async Task Sorting_by_cost_applies_to_text_results_too()
    {
        var filter = new CredentialSearchFilter { Currency = "EUR" };
        await using var db = Fixture.OpenSeeded();
        var costs = await db.Credentials.ToDictionaryAsync(c => c.Id, c => c.CostAmount);

        var result = await SearchAsync(Request("data", filter, CredentialSearchSort.CostAscending));

        var ordered = result.Hits.Select(h => costs[h.CredentialId]).ToList();
        Assert.NotEmpty(ordered);
        Assert.Equal(ordered.Order(), ordered);
        Assert.Equal(result.TotalCount, result.Hits.Count);
    }

    [Theory]
    [InlineData(null, CredentialSearchSort.Relevance)]
    [InlineData("software development", CredentialSearchSort.Relevance)]
    [InlineData("software", CredentialSearchSort.CostDescending)]
    public async Task Pages_of_skip_and_take_add_up_to_the_total(string? text, CredentialSearchSort sort)
    {
        var whole = await SearchAsync(Request(text, sort: sort));
        var pages = new List<SearchHit>();
        for (var skip = 0; skip < whole.TotalCount; skip += 7)
        {
            var page = await SearchAsync(Request(text, sort: sort, skip: skip, take: 7));
            Assert.Equal(whole.TotalCount, page.TotalCount);
            Assert.True(page.Hits.Count <= 7);
            pages.AddRange(page.Hits);
        }

        Assert.True(whole.TotalCount > 7);
        Assert.Equal(whole.TotalCount, pages.Count);
        Assert.Equal(whole.Hits.Select(h => h.CredentialId), pages.Select(h => h.CredentialId));
        Assert.Empty((await SearchAsync(Request(text, sort: sort, skip: whole.TotalCount, take: 7))).Hits);
    }
}
