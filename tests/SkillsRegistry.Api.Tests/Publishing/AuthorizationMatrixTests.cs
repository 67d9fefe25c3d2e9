using System.Net;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Publishing;

/// <summary>
/// Every mutation with no key, a revoked key, another provider's key (or a publisher key for admin mutations) and the
/// right key: only the right key changes anything, and refusals never tell another provider's record from a missing one.
/// </summary>
public abstract class AuthorizationMatrixTests(ApiFixture fixture) : PublishingTestBase(fixture)
{
    private sealed record Case(string Name, string Document, string Field, Func<string, object> Input, bool AdminOnly = false);

    private static IEnumerable<Case> Cases(string credentialId, int version, string providerId, string keyId) =>
    [
        new("create", Create, "createCredential", _ => new Dictionary<string, object?>(MicroCredential("Matrix created")) { ["provider"] = providerId }),
        new("update", Update, "updateCredential", _ => new { id = credentialId, expectedVersion = version, title = "Matrix updated" }),
        new("setAlignments", SetAlignments, "setAlignments", _ => new { id = credentialId, alignments = new[] { new { competencyUri = ProgrammingUri } } }),
        new("publish", Publish, "publishCredential", _ => new { id = credentialId }),
        new("retire", Retire, "retireCredential", _ => new { id = credentialId }),
        new("createProvider", "mutation($input: CreateProviderInput!) { createProvider(input: $input) { provider { id } errors { __typename message path } } }",
            "createProvider", suffix => new { name = "Matrix Academy " + suffix, country = "DE" }, AdminOnly: true),
        new("createApiKey", "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret errors { __typename message path } } }",
            "createApiKey", _ => new { name = "matrix", role = "PUBLISHER", provider = providerId }, AdminOnly: true),
        new("revokeApiKey", "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } errors { __typename message path } } }",
            "revokeApiKey", _ => new { id = keyId }, AdminOnly: true),
    ];

    [SkippableFact]
    public async Task Only_the_right_key_succeeds_for_every_mutation()
    {
        Fixture.EnsureAvailable();
        var (mine, other) = await ProvidersAsync();
        var myKey = await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine);
        var otherKey = await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, other);
        var revokedKey = await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine, revoked: true);
        var adminKey = await Fixture.IssueKeyAsync(ApiKeyRole.Admin, null);
        var revokedAdminKey = await Fixture.IssueKeyAsync(ApiKeyRole.Admin, null, revoked: true);
        using var mineClient = Fixture.ClientWithKey(myKey);
        var (credentialId, version) = await CreatedAsync(mineClient, "Matrix target");
        var victimKeyId = await VictimKeyIdAsync(adminKey, mine);
        var before = await StoredAsync(credentialId);

        foreach (var test in Cases(credentialId, version, Ids.Encode("Provider", mine), victimKeyId))
        {
            // No key: a typed NotAuthorizedError, nothing written.
            using (var anonymous = Fixture.ClientWithKey(null))
            {
                var payload = await PayloadAsync(anonymous, test.Document, test.Field, test.Input("anonymous"));
                Assert.True(ErrorTypes(payload).SequenceEqual(["NotAuthorizedError"]), $"{test.Name} without a key: {payload.ToJsonString()}");
            }

            // Revoked key: 401 before anything runs.
            using (var revoked = Fixture.ClientWithKey(test.AdminOnly ? revokedAdminKey : revokedKey))
            {
                var response = await revoked.PostAsync(test.Document, new { input = test.Input("revoked") });
                Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{test.Name} with a revoked key: {response}");
                Assert.Equal("INVALID_API_KEY", response.FirstErrorCode);
            }

            // Another provider's key (a publisher key for admin mutations): refused.
            using (var wrong = Fixture.ClientWithKey(test.AdminOnly ? myKey : otherKey))
            {
                var payload = await PayloadAsync(wrong, test.Document, test.Field, test.Input("wrong"));
                var expected = test.Name is "create" || test.AdminOnly ? "NotAuthorizedError" : "NotFoundError";
                Assert.True(ErrorTypes(payload).SequenceEqual([expected]), $"{test.Name} with the wrong key: {payload.ToJsonString()}");
            }
            Assert.Equivalent(before.Title, (await StoredAsync(credentialId)).Title);
            Assert.Equal(before.Version, (await StoredAsync(credentialId)).Version);
        }

        // The right key: every mutation succeeds (in an order that keeps each one valid).
        foreach (var test in Cases(credentialId, version, Ids.Encode("Provider", mine), victimKeyId))
        {
            using var right = Fixture.ClientWithKey(test.AdminOnly ? adminKey : myKey);
            var input = test.Input("right");
            var payload = await PayloadAsync(right, test.Document, test.Field, input);
            Assert.True(payload["errors"]!.AsArray().Count == 0, $"{test.Name} with the right key: {payload.ToJsonString()}");
        }
        var after = await StoredAsync(credentialId);
        Assert.Equal("Matrix updated", after.Title);
        Assert.Equal(CredentialStatus.Retired, after.Status);
    }

    [SkippableFact]
    public async Task Another_providers_record_and_a_missing_record_get_the_same_answer()
    {
        Fixture.EnsureAvailable();
        var (mine, other) = await ProvidersAsync();
        using var owner = Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine));
        using var stranger = Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, other));
        var (id, version) = await CreatedAsync(owner, "Not yours");
        var missing = Ids.Encode("Credential", int.MaxValue);

        var theirs = await PayloadAsync(stranger, Update, "updateCredential", new { id, expectedVersion = version, title = "x" });
        var none = await PayloadAsync(stranger, Update, "updateCredential", new { id = missing, expectedVersion = version, title = "x" });

        Assert.Equal(none.ToJsonString(), theirs.ToJsonString());
        // Drafts are not readable by another provider either.
        var read = await stranger.QueryAsync("query($id: ID!) { credential(id: $id) { id } }", new { id });
        Assert.Null(read["credential"]);
    }

    private async Task<string> VictimKeyIdAsync(string adminKey, int provider)
    {
        using var admin = Fixture.ClientWithKey(adminKey);
        var payload = await PayloadAsync(admin,
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret errors { message } } }",
            "createApiKey", new { name = "to be revoked", role = "PUBLISHER", provider = Ids.Encode("Provider", provider) });
        Assert.StartsWith("srk_", payload["secret"]!.GetValue<string>(), StringComparison.Ordinal);
        return payload["apiKey"]!["id"]!.GetValue<string>();
    }
}

public sealed class SqliteAuthorizationMatrixTests(SqliteApiFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresAuthorizationMatrixTests(PostgresApiFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<PostgresApiFixture>;
