using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Import;

namespace SkillsRegistry.Core.Tests.Data;

/// <summary>Every change that affects a credential's search document queues the credential in the same transaction.</summary>
public sealed class SearchOutboxTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private async Task<(int ProviderId, int CredentialId, int CompetencyId)> ArrangeAsync()
    {
        await using var db = _database.CreateContext();
        var framework = new CompetencyFramework { Key = "test-1", Name = "Test", Publisher = "Tests", Version = "1" };
        var competency = new Competency { Framework = framework, Uri = "urn:test:python", PreferredLabel = "Python" };
        var provider = new Provider { Name = "Test Academy", Country = "DE" };
        var credential = new Credential { Provider = provider, Title = "Python basics", Status = CredentialStatus.Published };
        credential.Alignments.Add(new CredentialAlignment { Competency = competency, AssertedBy = "tests" });
        db.AddRange(framework, competency, provider, credential);
        await db.SaveChangesAsync();
        return (provider.Id, credential.Id, competency.Id);
    }

    private async Task<List<int>> QueuedAsync()
    {
        await using var db = _database.CreateContext();
        return await db.SearchOutbox.OrderBy(e => e.Id).Select(e => e.CredentialId).ToListAsync();
    }

    private async Task ClearAsync()
    {
        await using var db = _database.CreateContext();
        await db.SearchOutbox.ExecuteDeleteAsync();
    }

    [Fact]
    public async Task A_new_credential_is_queued_with_its_generated_id()
    {
        var (_, credentialId, _) = await ArrangeAsync();
        Assert.Equal([credentialId], await QueuedAsync());
    }

    [Fact]
    public async Task Renaming_a_provider_queues_its_credentials()
    {
        var (providerId, credentialId, _) = await ArrangeAsync();
        await ClearAsync();
        await using (var db = _database.CreateContext())
        {
            var provider = await db.Providers.SingleAsync(p => p.Id == providerId);
            provider.Name = "Renamed Academy";
            await db.SaveChangesAsync();
        }
        Assert.Equal([credentialId], await QueuedAsync());
    }

    [Fact]
    public async Task Relabelling_an_aligned_competency_queues_the_credential()
    {
        var (_, credentialId, competencyId) = await ArrangeAsync();
        await ClearAsync();
        await using (var db = _database.CreateContext())
        {
            (await db.Competencies.SingleAsync(c => c.Id == competencyId)).PreferredLabel = "Python (computer programming)";
            await db.SaveChangesAsync();
        }
        Assert.Equal([credentialId], await QueuedAsync());
    }

    [Fact]
    public async Task A_rolled_back_change_leaves_no_queue_entry()
    {
        var (_, credentialId, _) = await ArrangeAsync();
        await ClearAsync();
        await using (var db = _database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Credentials.SingleAsync(c => c.Id == credentialId)).Title = "Changed";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Empty(await QueuedAsync());
    }

    [Fact]
    public async Task Deleting_a_credential_queues_it_so_the_index_drops_it()
    {
        var (_, credentialId, _) = await ArrangeAsync();
        await ClearAsync();
        await using (var db = _database.CreateContext())
        {
            db.Credentials.Remove(await db.Credentials.SingleAsync(c => c.Id == credentialId));
            await db.SaveChangesAsync();
        }
        Assert.Equal([credentialId], await QueuedAsync());
    }

    public void Dispose() => _database.Dispose();
}
