using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using SkillsRegistry.Api.Ide;

namespace SkillsRegistry.Api.Tests.Ide;

/// <summary>
/// The offline GraphiQL page and assets, on a throwaway host: UseGraphiQL() plus a dummy /graphql
/// endpoint standing in for the real GraphQL one (which lives in Program.cs on main).
/// </summary>
public sealed partial class GraphiQLTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private const string DummyBody = """{"data":{"dummy":true}}""";

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.UseGraphiQL();
        _app.MapMethods("/graphql", ["GET", "POST"], () => Results.Text(DummyBody, "application/json"));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Browser_get_of_graphql_returns_the_page_with_a_self_only_csp()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"graphiql\">", html, StringComparison.Ordinal);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Accept", response.Headers.Vary);
        var references = AssetReferences(html);
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("./graphiql-assets/", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_asset_the_page_references_is_served_with_its_content_type()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var reference in AssetReferences(html))
        {
            var url = new Uri(new Uri("http://localhost/graphql"), reference);
            using var response = await GetAsync(url.AbsolutePath, "*/*");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = reference.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Every_bundle_file_is_served_and_revalidates_by_etag()
    {
        foreach (var asset in GraphiQLBundle.Default.Assets.Values.Where(a => a.Path != GraphiQLBundle.IndexPath))
        {
            using var response = await GetAsync("/" + asset.Path, "*/*");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(asset.Length, (await response.Content.ReadAsByteArrayAsync()).LongLength);
            Assert.NotEqual("application/octet-stream", response.Content.Headers.ContentType?.MediaType);

            using var again = new HttpRequestMessage(HttpMethod.Get, "/" + asset.Path);
            again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            using var revalidated = await _client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        using var missing = await GetAsync("/graphiql-assets/nope.js", "*/*");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/graphql", "application/json")]
    [InlineData("/graphql", "application/graphql-response+json, application/json")]
    [InlineData("/graphql", "*/*")]
    [InlineData("/graphql", "application/json, text/html;q=0.5")]
    [InlineData("/graphql?query=%7B__typename%7D", BrowserAccept)]
    public async Task Non_browser_requests_fall_through_to_the_graphql_endpoint(string url, string accept)
    {
        using var response = await GetAsync(url, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DummyBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_falls_through_even_from_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{__typename}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await _client.SendAsync(request);
        Assert.Equal(DummyBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Embedded_bundle_references_no_cdn_or_font_host()
    {
        string[] forbidden = ["https://unpkg.com", "cdn.jsdelivr", "fonts.googleapis", "fonts.gstatic", "esm.sh", "cdnjs"];
        var bundle = GraphiQLBundle.Default;
        Assert.NotNull(bundle.Index);
        Assert.Contains(bundle.Assets.Keys, p => p.Contains(".worker-", StringComparison.Ordinal));
        foreach (var asset in bundle.Assets.Values)
        {
            using var stream = bundle.Open(asset);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            var text = reader.ReadToEnd();
            Assert.All(forbidden, host => Assert.False(
                text.Contains(host, StringComparison.OrdinalIgnoreCase), $"{asset.Path} mentions {host}"));
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request);
    }

    private static List<string> AssetReferences(string html) =>
        [.. AssetReference().Matches(html).Select(m => m.Groups["url"].Value)];

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex AssetReference();
}
