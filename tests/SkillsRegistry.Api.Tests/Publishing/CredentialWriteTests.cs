using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Publishing;

/// <summary>Validation, optimistic concurrency, drafts, history and audit through the real HTTP pipeline.</summary>
public abstract class CredentialWriteTests(ApiFixture fixture) : PublishingTestBase(fixture)
{
    private async Task<GraphQLClient> PublisherAsync()
    {
        var (mine, _) = await ProvidersAsync();
        return Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine));
    }

    [SkippableFact]
    public async Task Every_validation_problem_is_reported_with_its_field_path_and_nothing_is_written()
    {
        Fixture.EnsureAvailable();
        using var client = await PublisherAsync();
        var input = new Dictionary<string, object?>
        {
            ["title"] = "Incomplete micro-credential",
            ["type"] = "MICRO_CREDENTIAL",
            ["url"] = "ftp://example.org/x",
            ["languages"] = new[] { "en", "English" },
            ["eqfLevel"] = 9,
            ["costAmount"] = 10,
            ["alignments"] = new object[]
            {
                new { competencyUri = "http://example.org/no-such-skill" },
                new { competencyUri = PythonUri, weight = 1.5 },
            },
        };
        await using var db = await ContextAsync();
        var before = await db.Credentials.CountAsync();

        var payload = await PayloadAsync(client, Create, "createCredential", input);

        Assert.Null(payload["credential"]);
        var paths = payload["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.GetValue<string>()))).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "input.url", "input.languages.1", "input.eqfLevel", "input.costCurrency",
            "input.learningOutcomes", "input.ectsCredits", "input.assessmentType", "input.deliveryMode", "input.qualityAssuranceType",
            "input.alignments.0.competencyUri", "input.alignments.1.weight",
        }, paths);
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("ValidationError", e!["__typename"]!.GetValue<string>()));
        Assert.Equal(before, await db.Credentials.CountAsync());
    }

    [SkippableFact]
    public async Task A_stale_version_gets_a_conflict_and_never_overwrites()
    {
        Fixture.EnsureAvailable();
        using var client = await PublisherAsync();
        var (id, version) = await CreatedAsync(client, "Concurrency v1");

        var first = await PayloadAsync(client, Update, "updateCredential", new { id, expectedVersion = version, title = "First writer" });
        var second = await PayloadAsync(client, Update, "updateCredential", new { id, expectedVersion = version, title = "Second writer" });

        Assert.Equal(version + 1, first["credential"]!["version"]!.GetValue<int>());
        Assert.Equal(["ConflictError"], ErrorTypes(second));
        Assert.Equal(version + 1, second["errors"]![0]!["currentVersion"]!.GetValue<int>());
        Assert.Equal("First writer", (await StoredAsync(id)).Title);
    }

    [SkippableFact]
    public async Task Two_concurrent_updates_of_the_same_version_one_wins_the_other_conflicts()
    {
        Fixture.EnsureAvailable();
        using var client = await PublisherAsync();
        var (id, version) = await CreatedAsync(client, "Race");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
            PayloadAsync(client, Update, "updateCredential", new { id, expectedVersion = version, title = $"Racer {i}" })));

        Assert.Single(results, r => r["errors"]!.AsArray().Count == 0);
        Assert.Single(results, r => ErrorTypes(r).SequenceEqual(["ConflictError"]));
        var winner = results.Single(r => r["errors"]!.AsArray().Count == 0)["credential"]!["title"]!.GetValue<string>();
        Assert.Equal(winner, (await StoredAsync(id)).Title);
        Assert.Equal(version + 1, (await StoredAsync(id)).Version);
    }

    [SkippableFact]
    public async Task Update_changes_only_the_given_fields_and_null_clears_one()
    {
        Fixture.EnsureAvailable();
        using var client = await PublisherAsync();
        var (id, version) = await CreatedAsync(client, "Partial update");

        var payload = await PayloadAsync(client, Update, "updateCredential", new { id, expectedVersion = version, description = "Now described", costAmount = (double?)null, costCurrency = (string?)null });

        Assert.Empty(payload["errors"]!.AsArray());
        var stored = await StoredAsync(id);
        Assert.Equal("Partial update", stored.Title);
        Assert.Equal("Now described", stored.Description);
        Assert.Null(stored.CostAmount);
        Assert.Equal(40, stored.Hours);
    }

    [SkippableFact]
    public async Task A_draft_is_visible_only_to_its_provider_until_published_and_a_retired_one_stays_readable()
    {
        Fixture.EnsureAvailable();
        using var publisher = await PublisherAsync();
        using var anonymous = Fixture.ClientWithKey(null);
        var (id, _) = await CreatedAsync(publisher, "Draft visibility");
        const string Read = "query($id: ID!) { credential(id: $id) { id status } }";
        const string List = "query { credentials(where: { title: { eq: \"Draft visibility\" } }) { totalCount } }";

        Assert.Null((await anonymous.QueryAsync(Read, new { id }))["credential"]);
        Assert.Equal(0, (await anonymous.QueryAsync(List))["credentials"]!["totalCount"]!.GetValue<int>());
        Assert.NotNull((await publisher.QueryAsync(Read, new { id }))["credential"]);
        Assert.Equal(1, (await publisher.QueryAsync(List))["credentials"]!["totalCount"]!.GetValue<int>());

        Assert.Empty((await PayloadAsync(publisher, Publish, "publishCredential", new { id }))["errors"]!.AsArray());
        Assert.Equal("PUBLISHED", (await anonymous.QueryAsync(Read, new { id }))["credential"]!["status"]!.GetValue<string>());

        Assert.Empty((await PayloadAsync(publisher, Retire, "retireCredential", new { id }))["errors"]!.AsArray());
        Assert.Equal("RETIRED", (await anonymous.QueryAsync(Read, new { id }))["credential"]!["status"]!.GetValue<string>());
        Assert.Equal(["ValidationError"], ErrorTypes(await PayloadAsync(publisher, Publish, "publishCredential", new { id })));
    }

    [SkippableFact]
    public async Task History_records_every_change_with_old_and_new_values_and_asOf_reads_the_past()
    {
        Fixture.EnsureAvailable();
        using var client = await PublisherAsync();
        var (id, version) = await CreatedAsync(client, "History v1");
        var betweenCreateAndUpdate = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await PayloadAsync(client, Update, "updateCredential", new { id, expectedVersion = version, title = "History v2", hours = 60 });
        await PayloadAsync(client, SetAlignments, "setAlignments", new { id, alignments = new[] { new { competencyUri = ProgrammingUri, weight = 0.5 } } });
        await PayloadAsync(client, Publish, "publishCredential", new { id });

        var data = await client.QueryAsync("""
            query($id: ID!, $asOf: DateTimeOffset) {
              credential(id: $id) { version history { totalCount nodes { version kind status actor changes { field oldValue newValue } } } }
              past: credential(id: $id, asOf: $asOf) { title version hours alignments { competency { uri } } }
            }
            """, new { id, asOf = betweenCreateAndUpdate });

        var history = data["credential"]!["history"]!;
        Assert.Equal(4, history["totalCount"]!.GetValue<int>());
        var nodes = history["nodes"]!.AsArray();
        Assert.Equal(["PUBLISHED", "UPDATED", "UPDATED", "CREATED"], nodes.Select(n => n!["kind"]!.GetValue<string>()));
        Assert.Equal([4, 3, 2, 1], nodes.Select(n => n!["version"]!.GetValue<int>()));
        Assert.All(nodes, n => Assert.StartsWith("key:", n!["actor"]!.GetValue<string>(), StringComparison.Ordinal));
        var titleChange = nodes[2]!["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "title")!;
        Assert.Equal("\"History v1\"", titleChange["oldValue"]!.GetValue<string>());
        Assert.Equal("\"History v2\"", titleChange["newValue"]!.GetValue<string>());
        Assert.Contains(nodes[1]!["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "alignments");
        // A created revision stores only its snapshot; its changes are every non-empty field, from nothing.
        var created = nodes[3]!["changes"]!.AsArray();
        Assert.Contains(created, c => c!["field"]!.GetValue<string>() == "title" && c["newValue"]!.GetValue<string>() == "\"History v1\"" && c["oldValue"] is null);
        Assert.Contains(created, c => c!["field"]!.GetValue<string>() == "alignments");
        Assert.DoesNotContain(created, c => c!["field"]!.GetValue<string>() is "version" or "description");

        var past = data["past"]!;
        Assert.Equal("History v1", past["title"]!.GetValue<string>());
        Assert.Equal(1, past["version"]!.GetValue<int>());
        Assert.Equal(40, past["hours"]!.GetValue<double>());
        Assert.Equal([PythonUri], past["alignments"]!.AsArray().Select(a => a!["competency"]!["uri"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task The_audit_log_shows_every_write_to_admins_only()
    {
        Fixture.EnsureAvailable();
        using var publisher = await PublisherAsync();
        var (id, _) = await CreatedAsync(publisher, "Audited");
        using var admin = Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Admin, null));
        const string Audit = "query { auditLog(entityType: \"Credential\", first: 100) { nodes { action entityId actor summary } } }";

        var entries = (await admin.QueryAsync(Audit))["auditLog"]!["nodes"]!.AsArray();
        var refused = await publisher.PostAsync(Audit);

        Assert.Contains(entries, e => e!["entityId"]!.GetValue<string>() == id && e["action"]!.GetValue<string>() == "credential.created");
        Assert.Equal("NOT_AUTHORIZED", refused.FirstErrorCode);
    }
}

public sealed class SqliteCredentialWriteTests(SqliteApiFixture fixture) : CredentialWriteTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresCredentialWriteTests(PostgresApiFixture fixture) : CredentialWriteTests(fixture), IClassFixture<PostgresApiFixture>;
