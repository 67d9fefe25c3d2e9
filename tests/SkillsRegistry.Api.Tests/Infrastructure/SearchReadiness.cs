using System.Text.Json.Nodes;

namespace SkillsRegistry.Api.Tests.Infrastructure;

public static class SearchReadiness
{
    /// <summary>Polls /readyz until the search check is Healthy (index built and caught up), for at most 30 s.</summary>
    public static async Task WaitAsync(RegistryApiFactory factory)
    {
        using var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            if (JsonNode.Parse(last)?["checks"]?["search"]?["status"]?.GetValue<string>() == "Healthy")
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("Search index not ready after 30 s: " + last);
    }
}
