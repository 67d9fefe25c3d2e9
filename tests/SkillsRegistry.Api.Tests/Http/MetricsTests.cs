using System.Net;
using System.Net.Http.Json;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Http;

/// <summary>Prometheus metrics: request metrics from ASP.NET Core and the registry's own (operation cost).</summary>
public sealed class MetricsTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Metrics_show_requests_and_graphql_operation_costs()
    {
        using var http = fixture.Factory.CreateClient();
        using (var query = await http.PostAsJsonAsync("/graphql", new { query = "{ credentials(first: 3) { nodes { title } } }" }))
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);

        var text = "";
        for (var attempt = 0; attempt < 50 && !(text.Contains("http_server_request_duration", StringComparison.Ordinal)
            && text.Contains("skillsregistry_graphql_operation_cost", StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(100);
            using var metrics = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            text = await metrics.Content.ReadAsStringAsync();
        }

        Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
        Assert.Contains("skillsregistry_graphql_operation_cost", text, StringComparison.Ordinal);
    }
}
