using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary>The execution timeout cancels the token the search backend receives, and the client gets the timeout error, not a 500.</summary>
public sealed class SearchCancellationTests
{
    [Fact]
    public async Task A_search_outlasting_the_execution_timeout_is_cancelled_and_answered_with_the_timeout_error()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["GraphQL:TimeoutSeconds"] = "1";
        settings["Search:IndexingEnabled"] = "false";
        var stalling = new StallingSearch();
        await using var factory = new RegistryApiFactory(settings);
        await using var stalled = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICredentialSearch>(stalling)));
        using var client = new GraphQLClient(stalled.CreateClient());

        var response = await client.PostAsync("""{ searchCredentials(query: "data") { totalCount } }""");

        Assert.True((int)response.Status < 500, response.ToString());
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.True(stalling.Cancelled.Task.IsCompletedSuccessfully, "the search backend never saw the cancellation");
    }

    /// <summary>A healthy-looking backend whose searches wait until their token is cancelled.</summary>
    private sealed class StallingSearch : ICredentialSearch
    {
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SearchIndexStatus Status => new(0, true, null, null, null, null);

        public SearchIndexStatus CheckIndex() => Status;

        public async Task<CredentialSearchResult> SearchAsync(CredentialSearchRequest request, CancellationToken cancellationToken)
        {
            await StallAsync(cancellationToken);
            return new CredentialSearchResult([], 0, []);
        }

        public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, IReadOnlyCollection<SuggestionKind> kinds, int limit, CancellationToken cancellationToken)
        {
            await StallAsync(cancellationToken);
            return [];
        }

        public async Task<IReadOnlyList<SearchHit>> SimilarAsync(int credentialId, int first, CancellationToken cancellationToken)
        {
            await StallAsync(cancellationToken);
            return [];
        }

        public Task RebuildAsync(RegistryDbContext db, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task IndexCredentialsAsync(RegistryDbContext db, IReadOnlyCollection<int> credentialIds, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }

        private async Task StallAsync(CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(2), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
        }
    }
}
