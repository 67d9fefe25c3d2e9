using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>Request and query-cost budgets per client address and per API key: 429 with Retry-After, never 503.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Cheap = "{ __typename }";
    private const string Costly = "{ credentials(first: 20) { nodes { title provider { name } } } }";
    private RegistryApiFactory _requests = null!;
    private RegistryApiFactory _costs = null!;
    private RegistryApiFactory _queued = null!;

    public async Task InitializeAsync()
    {
        _requests = await StartAsync(new() { ["RateLimits:AnonymousRequestsPerSecond"] = "2", ["RateLimits:RequestQueueLimit"] = "0" });
        _queued = await StartAsync(new() { ["RateLimits:AnonymousRequestsPerSecond"] = "2", ["RateLimits:RequestQueueLimit"] = "3" });
        _costs = await StartAsync(new()
        {
            ["RateLimits:AnonymousCostPerSecond"] = "1",
            ["RateLimits:KeyCostPerSecond"] = "1",
            ["GraphQL:MaxComplexity"] = "100",
        });
    }

    private static async Task<RegistryApiFactory> StartAsync(Dictionary<string, string?> limits)
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["RateLimits:Enabled"] = "true";
        foreach (var (key, value) in limits)
            settings[key] = value;
        return new RegistryApiFactory(settings);
    }

    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after_and_are_served_again_after_the_wait()
    {
        using var http = _requests.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
            responses.Add(await http.PostAsJsonAsync("/graphql", new { query = Cheap }));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var limited = Assert.IsType<HttpResponseMessage>(responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests), exactMatch: false);
        Assert.DoesNotContain(responses, r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), limited.Headers.ToString());
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(limited.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200));
        using var again = await http.PostAsJsonAsync("/graphql", new { query = Cheap });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task Requests_over_the_rate_wait_in_a_bounded_queue_and_only_the_overflow_gets_429()
    {
        using var http = _queued.CreateClient();
        // The bucket holds 4 (twice the rate); 3 more wait for the refill; the rest are refused at once.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => http.PostAsJsonAsync("/graphql", new { query = Cheap })));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(200), $"The queued requests did not wait: {clock.Elapsed}");
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task A_refused_request_with_a_large_unread_body_closes_the_connection_instead_of_draining_it()
    {
        using var http = _requests.CreateClient();
        var large = "{\"query\":\"{ __typename }" + new string(' ', 200 * 1024) + "\"}";
        HttpResponseMessage? limitedLarge = null;
        HttpResponseMessage? limitedSmall = null;
        for (var i = 0; i < 20 && (limitedLarge is null || limitedSmall is null); i++)
        {
            var response = i % 2 == 0
                ? await http.PostAsJsonAsync("/graphql", new { query = Cheap })
                : await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(large, System.Text.Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                response.Dispose();
                continue;
            }
            if (i % 2 == 0)
                limitedSmall ??= response;
            else
                limitedLarge ??= response;
        }
        Assert.NotNull(limitedLarge);
        Assert.NotNull(limitedSmall);
        Assert.True(limitedLarge.Headers.ConnectionClose, limitedLarge.Headers.ToString());
        Assert.NotEqual(true, limitedSmall.Headers.ConnectionClose);
        limitedLarge.Dispose();
        limitedSmall.Dispose();
    }

    [Fact]
    public async Task Query_cost_is_charged_per_caller_and_an_exhausted_budget_gets_429_before_execution()
    {
        using var anonymous = new GraphQLClient(_costs.CreateClient());
        using var keyed = new GraphQLClient(_costs.CreateClient());
        keyed.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueKeyAsync(_costs));

        var first = await anonymous.PostAsync(Costly);
        var second = await anonymous.PostAsync(Costly);
        var otherCaller = await keyed.PostAsync(Costly);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal("RATE_LIMITED", second.FirstErrorCode);
        Assert.Null(second.Body["data"]);
        Assert.Equal(HttpStatusCode.OK, otherCaller.Status);
        using var raw = await anonymous.Http.PostAsJsonAsync("/graphql", new { query = Costly });
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.True(raw.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Every_request_in_a_batch_is_charged_its_cost_so_a_batch_cannot_exceed_the_budget()
    {
        using var keyed = _costs.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await IssueKeyAsync(_costs));

        using var response = await keyed.PostAsJsonAsync("/graphql", new[] { new { query = Costly }, new { query = Costly }, new { query = Costly } });
        var items = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, items.Count);
        Assert.NotNull(items[0]!["data"]);
        Assert.All(items.Skip(1), item => Assert.Equal("RATE_LIMITED", item!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    private static async Task<string> IssueKeyAsync(RegistryApiFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var provider = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var issued = ApiKeys.Issue("rate limit test", ApiKeyRole.Publisher, provider, "tests", DateTimeOffset.UtcNow);
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync();
        return issued.Secret;
    }

    public async Task DisposeAsync()
    {
        await _requests.DisposeAsync();
        await _costs.DisposeAsync();
        await _queued.DisposeAsync();
    }
}
