using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Import;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>The loader on a small synthetic registry: a requirement A, C below A, a crosswalk A ↔ B, and unrelated D.</summary>
public sealed class GapSnapshotLoaderTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private sealed record Ids(int Occupation, int A, int B, int C, int D, int ViaCrosswalk, int ViaHierarchy, int Unrelated, int Whole);

    private static async Task<Ids> SeedAsync(RegistryDbContext db)
    {
        var framework = new CompetencyFramework { Key = "test-1", Name = "Test", Publisher = "Tests", Version = "1" };
        Competency Concept(string name) => new() { Framework = framework, Uri = $"urn:test:{name}", PreferredLabel = name };
        var (a, b, c, d) = (Concept("a"), Concept("b"), Concept("c"), Concept("d"));
        var occupation = new Occupation { Framework = framework, Uri = "urn:test:occupation", PreferredLabel = "tester" };
        occupation.Requirements.Add(new OccupationRequirement { Competency = a, Relation = RequirementRelation.Essential });
        c.Broader.Add(new CompetencyBroader { Narrower = c, Broader = a });
        var provider = new Provider { Name = "Provider", Country = "DE" };
        Credential Teaching(Competency competency) => new()
        {
            Provider = provider,
            Title = competency.PreferredLabel,
            Status = CredentialStatus.Published,
            Alignments = [new CredentialAlignment { Competency = competency, Type = AlignmentType.Teaches, AssertedBy = "test" }],
        };
        var (viaCrosswalk, viaHierarchy, unrelated) = (Teaching(b), Teaching(c), Teaching(d));
        var whole = Teaching(d);
        whole.Parts.Add(new CredentialPart { Whole = whole, Part = viaHierarchy });
        db.AddRange(occupation, viaCrosswalk, viaHierarchy, unrelated, whole);
        db.ConceptMappings.Add(new ConceptMapping { Kind = ConceptKind.Competency, SourceUri = a.Uri, TargetUri = b.Uri, Confidence = 0.7, Source = "test" });
        await db.SaveChangesAsync();
        return new Ids(occupation.Id, a.Id, b.Id, c.Id, d.Id, viaCrosswalk.Id, viaHierarchy.Id, unrelated.Id, whole.Id);
    }

    [Fact]
    public async Task Loads_the_relevant_credentials_hierarchy_crosswalk_and_wholes_only()
    {
        await using var db = _database.CreateContext();
        var ids = await SeedAsync(db);

        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(ids.Occupation), CancellationToken.None);

        Assert.Equal([ids.A], snapshot.Requirements.Select(r => r.CompetencyId));
        Assert.Equal([ids.ViaCrosswalk, ids.ViaHierarchy, ids.Whole], snapshot.Credentials.Select(c => c.Id).Order());
        Assert.Equal(new CrosswalkLink(ids.A, ids.B, 0.7), snapshot.Crosswalk.Single());
        Assert.Equal(1, snapshot.Hierarchy.Descendants(ids.A)[ids.C]);
        Assert.Contains(ids.C, snapshot.CoverageOf(ids.Whole));
    }

    [Fact]
    public async Task Competency_crosswalk_mappings_cover_a_requirement_in_crosswalk_mode()
    {
        await using var db = _database.CreateContext();
        var ids = await SeedAsync(db);
        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForRole([ids.A]), CancellationToken.None);

        var crosswalk = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, new MatchingOptions { Mode = MatchingMode.Crosswalk });
        var strict = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, new MatchingOptions { Mode = MatchingMode.Crosswalk, MinConfidence = 0.8 });

        Assert.Equal([(ids.ViaCrosswalk, 0.7)], crosswalk.Requirements.Single().Best.Where(b => b.Fit < 1).Select(b => (b.CredentialId, b.Fit)));
        Assert.DoesNotContain(strict.Requirements.Single().Best, b => b.CredentialId == ids.ViaCrosswalk);
    }

    [Fact]
    public async Task Held_credentials_count_as_held_and_leave_the_supply()
    {
        await using var db = _database.CreateContext();
        var ids = await SeedAsync(db);
        var target = GapTarget.ForRole([ids.A, ids.B]) with { HeldCredentialIds = [ids.ViaCrosswalk] };

        var snapshot = await GapSnapshotLoader.LoadAsync(db, target, CancellationToken.None);

        Assert.Equal([ids.A], snapshot.Requirements.Select(r => r.CompetencyId));
        Assert.Contains(ids.B, snapshot.HeldCompetencyIds);
        Assert.Null(snapshot.Credential(ids.ViaCrosswalk));
    }
}
