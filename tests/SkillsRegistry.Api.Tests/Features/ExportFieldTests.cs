using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary><c>Credential.asCtdl</c> and <c>asOpenBadge</c>: the documents carry the record, and a page of them is batched.</summary>
public abstract class ExportFieldTests(ApiFixture fixture)
{
    private const string Page = """
        query($first: Int) {
          credentials(first: $first, order: [{ title: ASC }]) { nodes { id title ctid openBadgeId asCtdl asOpenBadge } }
        }
        """;

    [SkippableFact]
    public async Task Each_credential_carries_its_ctdl_and_open_badges_documents()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var nodes = (await client.QueryAsync(Page, new { first = 20 }))["credentials"]!["nodes"]!.AsArray();
        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        foreach (var node in nodes)
        {
            var id = Ids.Decode(node!["id"]!.GetValue<string>());
            var stored = await db.Credentials.Include(c => c.Provider).Include(c => c.Alignments).ThenInclude(a => a.Competency).SingleAsync(c => c.Id == id);
            var graph = JsonNode.Parse(node["asCtdl"]!.GetValue<string>())!["@graph"]!.AsArray();
            var credential = graph[0]!;
            Assert.Equal(stored.Title, credential["ceterms:name"]!.AsObject().Single().Value!.GetValue<string>());
            Assert.StartsWith("ce-", credential["ceterms:ctid"]!.GetValue<string>(), StringComparison.Ordinal);
            if (stored.Ctid is not null)
            {
                Assert.Equal(stored.Ctid, credential["ceterms:ctid"]!.GetValue<string>());
            }
            var ctdlUris = new[] { "ceterms:teaches", "ceterms:assesses" }
                .SelectMany(p => credential[p]?.AsArray() ?? [])
                .Concat(credential["ceterms:entryCondition"]?[0]?["ceterms:targetCompetency"]?.AsArray() ?? [])
                .Select(a => a!["ceterms:targetNode"]!.GetValue<string>());
            Assert.Equal(stored.Alignments.Select(a => a.Competency.Uri).Order(StringComparer.Ordinal), ctdlUris.Order(StringComparer.Ordinal));
            Assert.Equal(stored.Provider.Name, graph[1]!["ceterms:name"]!.AsObject().Single().Value!.GetValue<string>());

            var badge = JsonNode.Parse(node["asOpenBadge"]!.GetValue<string>())!;
            Assert.Equal((stored.Title, "Achievement"), (badge["name"]!.GetValue<string>(), badge["type"]![0]!.GetValue<string>()));
            Assert.Equal(stored.Provider.Name, badge["creator"]!["name"]!.GetValue<string>());
            Assert.Equal(stored.Alignments.Select(a => a.Competency.Uri).Distinct().Count(), badge["alignment"]?.AsArray().Count ?? 0);
            if (stored.OpenBadgeId is not null)
            {
                Assert.Equal(stored.OpenBadgeId, badge["id"]!.GetValue<string>());
            }
        }
    }

    [SkippableFact]
    public async Task A_page_of_exports_runs_a_constant_number_of_commands()
    {
        fixture.EnsureAvailable();
        var small = await CommandsAsync(3);
        var large = await CommandsAsync(40);
        Assert.Equal(small, large);
    }

    private async Task<int> CommandsAsync(int first)
    {
        using var client = fixture.Client;
        fixture.Factory.Commands.Reset();
        await client.QueryAsync(Page, new { first });
        return fixture.Factory.Commands.Commands.Count;
    }
}

public sealed class SqliteExportFieldTests(SqliteApiFixture fixture) : ExportFieldTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresExportFieldTests(PostgresApiFixture fixture) : ExportFieldTests(fixture), IClassFixture<PostgresApiFixture>;
