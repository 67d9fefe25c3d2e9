using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Publishing;

/// <summary>Keys, mutation documents and a valid micro-credential for the publishing tests.</summary>
public abstract class PublishingTestBase(ApiFixture fixture)
{
    protected const string PythonUri = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    protected const string ProgrammingUri = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";

    protected const string PayloadFields = """
        credential { id title version status alignments { competency { uri } weight } }
        errors { __typename message path ... on ConflictError { currentVersion } }
        """;

    protected const string Create = $$"""
        mutation($input: CreateCredentialInput!) { createCredential(input: $input) { {{PayloadFields}} } }
        """;

    protected const string Update = $$"""
        mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { {{PayloadFields}} } }
        """;

    protected const string Publish = $$"""
        mutation($input: CredentialStatusInput!) { publishCredential(input: $input) { {{PayloadFields}} } }
        """;

    protected const string Retire = $$"""
        mutation($input: CredentialStatusInput!) { retireCredential(input: $input) { {{PayloadFields}} } }
        """;

    protected const string SetAlignments = $$"""
        mutation($input: SetAlignmentsInput!) { setAlignments(input: $input) { {{PayloadFields}} } }
        """;

    protected ApiFixture Fixture { get; } = fixture;

    /// <summary>Two seed providers: the one whose publisher key the tests use, and another.</summary>
    protected async Task<(int Mine, int Other)> ProvidersAsync()
    {
        await using var db = await ContextAsync();
        var ids = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }

    protected async Task<RegistryDbContext> ContextAsync() =>
        await Fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();

    protected static Dictionary<string, object?> MicroCredential(string title) => new()
    {
        ["title"] = title,
        ["type"] = "MICRO_CREDENTIAL",
        ["learningOutcomes"] = new[] { "Writes and tests small Python programs." },
        ["hours"] = 40,
        ["assessmentType"] = "PROJECT",
        ["deliveryMode"] = "ONLINE",
        ["qualityAssuranceType"] = "Internal review board",
        ["languages"] = new[] { "en" },
        ["regions"] = new[] { "DE" },
        ["costAmount"] = 250,
        ["costCurrency"] = "EUR",
        ["alignments"] = new[] { new Dictionary<string, object?> { ["competencyUri"] = PythonUri, ["weight"] = 1.0 } },
    };

    protected static async Task<JsonObject> PayloadAsync(GraphQLClient client, string document, string field, object input)
    {
        var response = await client.PostAsync(document, new { input });
        Assert.True(response.Body["errors"] is null, "Unexpected request errors: " + response);
        return response.Body["data"]![field]!.AsObject();
    }

    /// <summary>Creates a credential with the key and returns its global id and version.</summary>
    protected static async Task<(string Id, int Version)> CreatedAsync(GraphQLClient client, string title, string status = "DRAFT")
    {
        var input = MicroCredential(title);
        input["status"] = status;
        var payload = await PayloadAsync(client, Create, "createCredential", input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return (payload["credential"]!["id"]!.GetValue<string>(), payload["credential"]!["version"]!.GetValue<int>());
    }

    protected static List<string> ErrorTypes(JsonObject payload) =>
        payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()).ToList();

    protected async Task<Credential> StoredAsync(string globalId)
    {
        await using var db = await ContextAsync();
        return await db.Credentials.Include(c => c.Alignments).SingleAsync(c => c.Id == Ids.Decode(globalId));
    }
}
