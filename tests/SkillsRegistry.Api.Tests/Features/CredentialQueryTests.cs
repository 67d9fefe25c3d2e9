using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary>Filters, sorts and paging of <c>credentials</c>, checked against the database itself, on every provider.</summary>
public abstract class CredentialQueryTests(ApiFixture fixture)
{
    /// <summary>Every credential an anonymous reader may see (drafts are their provider's only).</summary>
    private async Task<List<Credential>> AllCredentialsAsync()
    {
        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Viewer = RegistryViewer.Anonymous;
        return await db.Credentials.Include(c => c.Provider).Include(c => c.Alignments).ThenInclude(a => a.Competency).ToListAsync();
    }

    private async Task<List<int>> IdsAsync(string where, string order = "")
    {
        using var client = fixture.Client;
        var ids = new List<int>();
        string? after = null;
        do
        {
            var data = await client.QueryAsync(
                $"query($after: String) {{ credentials(first: 100, after: $after, where: {where} {order}) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}",
                new { after });
            var connection = data["credentials"]!;
            ids.AddRange(connection["nodes"]!.AsArray().Select(n => Ids.Decode(n!["id"]!.GetValue<string>())));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return ids;
    }

    [SkippableFact]
    public async Task Total_count_and_pages_cover_every_credential_once()
    {
        fixture.EnsureAvailable();
        var all = await AllCredentialsAsync();
        var ids = await IdsAsync("{}");
        Assert.True(all.Count >= 300, $"seed catalogue has {all.Count} credentials");
        Assert.Equal(all.Select(c => c.Id).Order(), ids.Order());
    }

    [SkippableFact]
    public async Task Cost_range_and_currency_filter_matches_the_database()
    {
        fixture.EnsureAvailable();
        var expected = (await AllCredentialsAsync()).Where(c => c.CostCurrency == "EUR" && c.CostAmount <= 500).Select(c => c.Id).Order();
        var ids = await IdsAsync("{ costCurrency: { eq: \"EUR\" }, costAmount: { lte: 500 } }");
        Assert.NotEmpty(ids);
        Assert.Equal(expected, ids.Order());
    }

    [SkippableFact]
    public async Task Or_not_and_enum_filters_combine()
    {
        fixture.EnsureAvailable();
        var expected = (await AllCredentialsAsync())
            .Where(c => (c.Type == CredentialType.Badge || c.Type == CredentialType.Certificate) && c.DeliveryMode != DeliveryMode.Online)
            .Select(c => c.Id).Order();
        var ids = await IdsAsync("{ or: [{ type: { eq: BADGE } }, { type: { eq: CERTIFICATE } }], not: { deliveryMode: { eq: ONLINE } } }");
        Assert.Equal(expected, ids.Order());
    }

    [SkippableFact]
    public async Task Nested_provider_and_code_list_filters_match_the_database()
    {
        fixture.EnsureAvailable();
        var all = await AllCredentialsAsync();
        var country = all.GroupBy(c => c.Provider.Country).MaxBy(g => g.Count())!.Key;
        var expected = all.Where(c => c.Provider.Country == country && c.Languages.Contains("en")).Select(c => c.Id).Order();
        var ids = await IdsAsync($"{{ provider: {{ country: {{ eq: \"{country}\" }} }}, languages: {{ includes: \"en\" }} }}");
        Assert.NotEmpty(ids);
        Assert.Equal(expected, ids.Order());
    }

    [SkippableFact]
    public async Task Title_contains_ignores_case()
    {
        fixture.EnsureAvailable();
        var expected = (await AllCredentialsAsync()).Where(c => c.Title.Contains("data", StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).Order();
        var ids = await IdsAsync("{ title: { contains: \"DATA\" } }");
        Assert.NotEmpty(ids);
        Assert.Equal(expected, ids.Order());
    }

    [SkippableFact]
    public async Task Aligned_to_a_skill_group_with_narrower_finds_credentials_aligned_to_its_skills()
    {
        fixture.EnsureAvailable();
        var all = await AllCredentialsAsync();
        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var aligned = all.SelectMany(c => c.Alignments).Select(a => a.CompetencyId).ToHashSet();
        var edge = await db.CompetencyHierarchy.Where(e => aligned.Contains(e.NarrowerId)).Include(e => e.Broader).FirstAsync();
        var narrowerIds = await db.CompetencyHierarchy.Where(e => e.BroaderId == edge.BroaderId).Select(e => e.NarrowerId).ToListAsync();
        var expected = all.Where(c => c.Alignments.Any(a => narrowerIds.Contains(a.CompetencyId) || a.CompetencyId == edge.BroaderId)).Select(c => c.Id).Order();

        var direct = await IdsAsync($"{{ alignedTo: {{ uri: \"{edge.Broader.Uri}\" }} }}");
        var withNarrower = await IdsAsync($"{{ alignedTo: {{ uri: \"{edge.Broader.Uri}\", includeNarrower: true, maxDepth: 1 }} }}");

        Assert.True(withNarrower.Count > direct.Count);
        Assert.Equal(expected, withNarrower.Order());
    }

    [SkippableFact]
    public async Task Sort_by_cost_descending_then_id_is_total_and_stable()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("{ credentials(first: 50, where: { costAmount: { gte: 0 } }, order: [{ costAmount: DESC }]) { nodes { costAmount } } }");
        var costs = data["credentials"]!["nodes"]!.AsArray().Select(n => n!["costAmount"]!.GetValue<decimal>()).ToList();
        Assert.Equal(costs.OrderDescending(), costs);
    }

    [SkippableFact]
    public async Task Page_size_above_the_maximum_is_rejected_with_a_clear_error()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("{ credentials(first: 101) { totalCount } }");
        Assert.Equal("PAGE_SIZE_OUT_OF_RANGE", response.FirstErrorCode);
        Assert.Contains("between 0 and 100", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Order_element_with_two_keys_is_rejected()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("{ credentials(order: [{ title: ASC, hours: DESC }]) { totalCount } }");
        Assert.Equal("INVALID_ORDER", response.FirstErrorCode);
    }
}

public sealed class SqliteCredentialQueryTests(SqliteApiFixture fixture) : CredentialQueryTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresCredentialQueryTests(PostgresApiFixture fixture) : CredentialQueryTests(fixture), IClassFixture<PostgresApiFixture>;
