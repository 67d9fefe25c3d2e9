using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>Registered documents called by documentId, and the mode that accepts only those from anonymous callers.</summary>
public sealed class PersistedDocumentTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Document = "query Top($n: Int) { credentials(first: $n) { nodes { title } } }";
    private const string Register = """
        mutation($input: RegisterPersistedDocumentInput!) { registerPersistedDocument(input: $input) { document { id } errors { __typename message } } }
        """;

    private static string IdOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/graphql", body);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task A_registered_document_is_called_by_its_id_by_anyone_and_answers_like_its_text()
    {
        var key = await RegisterKeyAsync(fixture);
        using var publisher = fixture.ClientWithKey(key);
        var registered = (await publisher.QueryAsync(Register, new { input = new { document = Document } }))["registerPersistedDocument"]!;
        var again = (await publisher.QueryAsync(Register, new { input = new { document = Document } }))["registerPersistedDocument"]!;
        using var http = fixture.Factory.CreateClient();

        var (status, byId) = await SendAsync(http, new { documentId = IdOf(Document), variables = new { n = 3 } });
        var (_, byText) = await SendAsync(http, new { query = Document, variables = new { n = 3 } });
        using var get = await http.GetAsync(new Uri($"/graphql?documentId={Uri.EscapeDataString(IdOf(Document))}&variables={Uri.EscapeDataString("{\"n\":3}")}", UriKind.Relative));

        Assert.Equal(IdOf(Document), registered["document"]!["id"]!.GetValue<string>());
        Assert.Equal(IdOf(Document), again["document"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(byText.ToJsonString(), byId.ToJsonString());
        Assert.Equal(byText.ToJsonString(), JsonNode.Parse(await get.Content.ReadAsStringAsync())!.ToJsonString());
    }

    [Fact]
    public async Task Unknown_malformed_or_ambiguous_document_ids_are_request_errors_and_anonymous_callers_cannot_register()
    {
        using var http = fixture.Factory.CreateClient();
        using var anonymous = fixture.ClientWithKey(null);
        using var publisher = fixture.ClientWithKey(await RegisterKeyAsync(fixture));

        var (unknown, unknownBody) = await SendAsync(http, new { documentId = IdOf("{ __typename }") });
        var (malformed, _) = await SendAsync(http, new { documentId = "md5:abc" });
        var (both, _) = await SendAsync(http, new { query = "{ __typename }", documentId = IdOf("{ __typename }") });
        var refused = (await anonymous.QueryAsync(Register, new { input = new { document = "{ __typename }" } }))["registerPersistedDocument"]!;
        var mutation = (await publisher.QueryAsync(Register, new { input = new { document = "mutation { __typename }" } }))["registerPersistedDocument"]!;

        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("No persisted document", unknownBody.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed);
        Assert.Equal(HttpStatusCode.BadRequest, both);
        Assert.Equal("NotAuthorizedError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("ValidationError", mutation["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_persisted_only_mode_anonymous_text_is_refused_but_ids_and_keyed_text_work()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["GraphQL:PersistedDocumentsOnly"] = "true";
        await using var strict = new RegistryApiFactory(settings);
        var key = await IssueAsync(strict);
        using var keyed = strict.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        var (registered, _) = await SendAsync(keyed, new { query = Register, variables = new { input = new { document = Document } } });
        using var anonymous = strict.CreateClient();

        var (text, textBody) = await SendAsync(anonymous, new { query = Document });
        var (byId, _) = await SendAsync(anonymous, new { documentId = IdOf(Document) });
        var (keyedText, _) = await SendAsync(keyed, new { query = Document });

        Assert.Equal(HttpStatusCode.OK, registered);
        Assert.Equal(HttpStatusCode.BadRequest, text);
        Assert.Contains("only persisted documents", textBody.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byId);
        Assert.Equal(HttpStatusCode.OK, keyedText);
    }

    private static Task<string> RegisterKeyAsync(ApiFixture fixture) => fixture.IssueKeyAsync(ApiKeyRole.Admin, null);

    private static async Task<string> IssueAsync(RegistryApiFactory factory)
    {
        await using var db = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.RegistryDbContext>>(factory.Services).CreateDbContextAsync();
        var issued = Core.Publishing.ApiKeys.Issue("persisted test", ApiKeyRole.Admin, null, "tests", DateTimeOffset.UtcNow);
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync();
        return issued.Secret;
    }
}
