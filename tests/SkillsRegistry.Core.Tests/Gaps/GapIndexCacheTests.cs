using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;
using SkillsRegistry.Core.Tests.Import;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>The cached index follows writes made through any context (incrementally for supply, by rebuilding for taxonomy).</summary>
public sealed class GapIndexCacheTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly GapIndexCache _cache;

    public GapIndexCacheTests() => _cache = new GapIndexCache(new Factory(_database));

    public void Dispose()
    {
        _cache.Dispose();
        _database.Dispose();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<RegistryDbContext>
    {
        public RegistryDbContext CreateDbContext() => database.CreateContext();
    }

    private sealed record Registry(List<int> Occupations, List<int> Competencies, List<int> Providers);

    /// <summary>12 concepts in a random hierarchy, 2 occupations, a crosswalk link, 3 providers and 16 credentials with random attributes.</summary>
    private static async Task<Registry> SeedAsync(RegistryDbContext db, Random random)
    {
        var framework = new CompetencyFramework { Key = "test-1", Name = "Test", Publisher = "Tests", Version = "1" };
        var concepts = Enumerable.Range(0, 12).Select(i => new Competency { Framework = framework, Uri = $"urn:test:c{i}", PreferredLabel = $"c{i}", IsHotTechnology = i % 5 == 0 }).ToList();
        for (var i = 1; i < concepts.Count; i++)
        {
            foreach (var broader in Enumerable.Range(0, i).Where(_ => random.NextDouble() < 0.2).Take(2))
                concepts[i].Broader.Add(new CompetencyBroader { Narrower = concepts[i], Broader = concepts[broader] });
        }
        var occupations = Enumerable.Range(0, 2).Select(o => new Occupation { Framework = framework, Uri = $"urn:test:o{o}", PreferredLabel = $"o{o}" }).ToList();
        foreach (var (occupation, o) in occupations.Select((x, o) => (x, o)))
        {
            foreach (var concept in concepts.Where((_, i) => i % 2 == o || random.NextDouble() < 0.3))
                occupation.Requirements.Add(new OccupationRequirement { Competency = concept, Relation = random.NextDouble() < 0.6 ? RequirementRelation.Essential : RequirementRelation.Optional, IsInDemand = random.NextDouble() < 0.3 });
        }
        var providers = Enumerable.Range(0, 3).Select(p => new Provider { Name = $"p{p}", Country = "DE" }).ToList();
        db.AddRange(occupations);
        db.AddRange(providers);
        db.ConceptMappings.Add(new ConceptMapping { Kind = ConceptKind.Competency, SourceUri = "urn:test:c1", TargetUri = "urn:test:c7", Confidence = 0.7, Source = "test" });
        await db.SaveChangesAsync();
        var competencies = concepts.Select(c => c.Id).ToList();
        var registry = new Registry([.. occupations.Select(o => o.Id)], competencies, [.. providers.Select(p => p.Id)]);
        for (var i = 0; i < 16; i++)
            db.Credentials.Add(NewCredential(random, registry, i));
        await db.SaveChangesAsync();
        return registry;
    }

    private static Credential NewCredential(Random random, Registry registry, int n)
    {
        var credential = new Credential { ProviderId = registry.Providers[random.Next(registry.Providers.Count)], Title = $"credential {n}" };
        Randomise(random, credential);
        foreach (var competency in registry.Competencies.Where(_ => random.NextDouble() < 0.15).Take(3))
            credential.Alignments.Add(new CredentialAlignment { CompetencyId = competency, Type = random.NextDouble() < 0.2 ? AlignmentType.Requires : AlignmentType.Teaches, AssertedBy = "test" });
        return credential;
    }

    private static void Randomise(Random random, Credential credential)
    {
        credential.Status = random.NextDouble() switch { < 0.7 => CredentialStatus.Published, < 0.85 => CredentialStatus.Draft, _ => CredentialStatus.Retired };
        credential.CostAmount = random.NextDouble() < 0.2 ? null : random.Next(0, 2000);
        credential.CostCurrency = random.NextDouble() < 0.8 ? "EUR" : "USD";
        credential.Hours = random.NextDouble() < 0.2 ? null : random.Next(10, 500);
        credential.Regions = random.NextDouble() < 0.5 ? ["DE", "DE-BY"] : ["FR"];
        credential.Languages = random.NextDouble() < 0.5 ? ["de"] : ["en", "fr"];
        credential.DeliveryMode = random.NextDouble() < 0.5 ? DeliveryMode.Online : DeliveryMode.InPerson;
    }

    private static readonly SupplyFilter[] _filters =
    [
        SupplyFilter.Default,
        new() { Regions = ["DE"], MaxCost = 1000m, CostCurrency = "EUR", Statuses = [CredentialStatus.Published, CredentialStatus.Draft] },
    ];

    /// <summary>Index-backed answers (after <see cref="GapIndexCache.CurrentAsync"/>) equal loader-backed ones, for every occupation, viewer and filter.</summary>
    private async Task AssertCurrentAsync(Registry registry, string because)
    {
        await using var db = _database.CreateContext();
        var index = await _cache.CurrentAsync(db, CancellationToken.None);
        List<RegistryViewer> viewers = [RegistryViewer.System, RegistryViewer.Anonymous, new(false, registry.Providers[0], "publisher")];
        foreach (var viewer in viewers)
        {
            db.Viewer = viewer;
            foreach (var occupation in registry.Occupations)
            {
                var target = GapTarget.ForOccupation(occupation);
                var loaded = await GapSnapshotLoader.LoadAsync(db, target, CancellationToken.None);
                Assert.True(GapProjection.Of(loaded).SequenceEqual(GapProjection.Of(index.Snapshot(target, viewer))), because);
                foreach (var filter in _filters)
                {
                    var expected = GapProjection.Of(SkillGapEngine.Analyze(loaded, filter, MatchingOptions.Default));
                    Assert.True(expected.SequenceEqual(GapProjection.Of(index.SkillGap(target, filter, MatchingOptions.Default, viewer))),
                        $"{because}: {string.Join(" / ", expected)} vs {string.Join(" / ", GapProjection.Of(index.SkillGap(target, filter, MatchingOptions.Default, viewer)))}");
                }
            }
            var coverage = CoverageEngine.Analyze(await CoverageSnapshotLoader.LoadAsync(db, registry.Occupations, 2, CancellationToken.None), ["DE", "FR"], SupplyFilter.Default, MatchingOptions.Default);
            Assert.True(GapProjection.Of(coverage).SequenceEqual(GapProjection.Of(index.Coverage(registry.Occupations, ["DE", "FR"], SupplyFilter.Default, MatchingOptions.Default, 2, viewer, 10))), because);
        }
    }

    [Fact]
    public async Task Alignment_cost_and_status_writes_are_reflected_by_the_next_query()
    {
        await using var writer = _database.CreateContext();
        var registry = await SeedAsync(writer, new Random(7));
        var occupation = registry.Occupations[0];
        var requirement = await writer.Requirements.Where(r => r.OccupationId == occupation).Select(r => r.CompetencyId).FirstAsync();
        var credential = new Credential { ProviderId = registry.Providers[1], Title = "new", Status = CredentialStatus.Published, CostAmount = 100, CostCurrency = "EUR", Regions = ["DE"] };
        writer.Credentials.Add(credential);
        await writer.SaveChangesAsync();
        async Task<RequirementGap> GapAsync(SupplyFilter filter)
        {
            await using var db = _database.CreateContext();
            var index = await _cache.CurrentAsync(db, CancellationToken.None);
            return index.SkillGap(GapTarget.ForOccupation(occupation), filter, MatchingOptions.Exact, RegistryViewer.Anonymous).Requirements.Single(g => g.CompetencyId == requirement);
        }
        var cheap = new SupplyFilter { MaxCost = 500m, CostCurrency = "EUR" };
        Assert.DoesNotContain(credential.Id, (await GapAsync(SupplyFilter.Default)).Best.Select(b => b.CredentialId));

        writer.Alignments.Add(new CredentialAlignment { CredentialId = credential.Id, CompetencyId = requirement, Type = AlignmentType.Teaches, AssertedBy = "test" });
        await writer.SaveChangesAsync();
        Assert.Contains(credential.Id, (await GapAsync(cheap)).Best.Select(b => b.CredentialId));

        credential.CostAmount = 900;
        await writer.SaveChangesAsync();
        Assert.DoesNotContain(credential.Id, (await GapAsync(cheap)).Best.Select(b => b.CredentialId));
        Assert.Contains(credential.Id, (await GapAsync(SupplyFilter.Default)).Best.Select(b => b.CredentialId));

        credential.Status = CredentialStatus.Retired;
        await writer.SaveChangesAsync();
        Assert.DoesNotContain(credential.Id, (await GapAsync(SupplyFilter.Default)).Best.Select(b => b.CredentialId));

        credential.Status = CredentialStatus.Published;
        await writer.SaveChangesAsync();
        writer.Alignments.Remove(await writer.Alignments.SingleAsync(a => a.CredentialId == credential.Id));
        await writer.SaveChangesAsync();
        Assert.DoesNotContain(credential.Id, (await GapAsync(SupplyFilter.Default)).Best.Select(b => b.CredentialId));

        Assert.Equal(1, _cache.FullLoads);
        Assert.True(_cache.SupplyUpdates >= 4, $"{_cache.SupplyUpdates} supply updates");
        await AssertCurrentAsync(registry, "after the targeted writes");
    }

    [Fact]
    public async Task A_write_from_another_process_is_seen_and_a_warm_query_costs_one_command()
    {
        Registry registry;
        await using (var first = _database.CreateContext())
            registry = await SeedAsync(first, new Random(3));
        await AssertCurrentAsync(registry, "initial");

        // Another "process": its own context and connection on the same file, with nothing shared with the cache.
        await using (var other = _database.CreateContext())
        {
            var credential = await other.Credentials.OrderBy(c => c.Id).FirstAsync();
            credential.Status = CredentialStatus.Published;
            credential.Regions = ["FR"];
            other.Alignments.Add(new CredentialAlignment { CredentialId = credential.Id, CompetencyId = registry.Competencies[0], Type = AlignmentType.Assesses, AssertedBy = "other" });
            await other.SaveChangesAsync();
        }
        await AssertCurrentAsync(registry, "after the other process's write");

        await using var db = _database.CreateContext();
        var counter = new CommandCounter();
        await using var counted = counter.Open(db);
        var index = await _cache.CurrentAsync(counted, CancellationToken.None);
        index.SkillGap(GapTarget.ForOccupation(registry.Occupations[0]), SupplyFilter.Default, MatchingOptions.Default, RegistryViewer.Anonymous);
        index.Coverage(registry.Occupations, ["DE"], SupplyFilter.Default, MatchingOptions.Default, 2, RegistryViewer.Anonymous, 10);
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task A_taxonomy_write_rebuilds_the_index()
    {
        await using var writer = _database.CreateContext();
        var registry = await SeedAsync(writer, new Random(11));
        await AssertCurrentAsync(registry, "initial");
        var occupation = await writer.Occupations.Include(o => o.Requirements).FirstAsync(o => o.Id == registry.Occupations[0]);
        var missing = registry.Competencies.First(c => occupation.Requirements.All(r => r.CompetencyId != c));
        occupation.Requirements.Add(new OccupationRequirement { CompetencyId = missing, Relation = RequirementRelation.Essential });
        writer.CompetencyHierarchy.Add(new CompetencyBroader { NarrowerId = registry.Competencies[11], BroaderId = registry.Competencies[0] });
        await writer.SaveChangesAsync();

        await AssertCurrentAsync(registry, "after the taxonomy write");
        Assert.Equal(2, _cache.FullLoads);
        Assert.Contains(missing, _cache.Peek!.Snapshot(GapTarget.ForOccupation(occupation.Id), RegistryViewer.System).Requirements.Select(r => r.CompetencyId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Random_supply_writes_keep_the_incremental_index_equal_to_the_loaders(int seed)
    {
        var random = new Random(seed);
        await using var writer = _database.CreateContext();
        var registry = await SeedAsync(writer, random);
        await AssertCurrentAsync(registry, "initial");
        for (var step = 0; step < 20; step++)
        {
            var ids = await writer.Credentials.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            int Pick() => ids[random.Next(ids.Count)];
            var picked = Pick();
            var credential = await writer.Credentials.Include(c => c.Alignments).Include(c => c.Parts).SingleAsync(c => c.Id == picked);
            var operation = random.Next(8);
            switch (operation)
            {
                case 0:
                    var competency = registry.Competencies[random.Next(registry.Competencies.Count)];
                    var type = random.NextDouble() < 0.2 ? AlignmentType.Requires : AlignmentType.Teaches;
                    if (!credential.Alignments.Any(a => a.CompetencyId == competency && a.Type == type))
                        credential.Alignments.Add(new CredentialAlignment { CompetencyId = competency, Type = type, AssertedBy = "test" });
                    break;
                case 1 when credential.Alignments.Count > 0:
                    writer.Alignments.Remove(credential.Alignments[random.Next(credential.Alignments.Count)]);
                    break;
                case 2:
                    Randomise(random, credential);
                    break;
                case 3:
                    var part = Pick();
                    if (part != credential.Id && credential.Parts.All(p => p.PartId != part))
                        credential.Parts.Add(new CredentialPart { WholeId = credential.Id, PartId = part });
                    break;
                case 4 when credential.Parts.Count > 0:
                    writer.CredentialParts.Remove(credential.Parts[random.Next(credential.Parts.Count)]);
                    break;
                case 5:
                    writer.Credentials.Add(NewCredential(random, registry, 100 + step));
                    break;
                case 6:
                    credential.Status = credential.Status == CredentialStatus.Draft ? CredentialStatus.Published : CredentialStatus.Draft;
                    break;
                default:
                    credential.ProviderId = registry.Providers[random.Next(registry.Providers.Count)];
                    break;
            }
            await writer.SaveChangesAsync();
            await AssertCurrentAsync(registry, $"seed {seed} step {step} operation {operation}");
        }
        Assert.Equal(1, _cache.FullLoads);
        await using var db = _database.CreateContext();
        var fresh = await GapIndexLoader.LoadAsync(db, CancellationToken.None);
        foreach (var occupation in registry.Occupations)
        {
            Assert.Equal(GapProjection.Of(fresh.Snapshot(GapTarget.ForOccupation(occupation), RegistryViewer.System)),
                GapProjection.Of(_cache.Peek!.Snapshot(GapTarget.ForOccupation(occupation), RegistryViewer.System)));
        }
    }
}
