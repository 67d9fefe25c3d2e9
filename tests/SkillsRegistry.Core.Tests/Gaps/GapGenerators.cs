using CsCheck;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>CsCheck generators of small gap instances: ≤ 8 requirements, ≤ 12 credentials, 12 concepts.</summary>
internal static class GapGenerators
{
    public const int Concepts = 12;

    private static readonly Gen<int> _concept = Gen.Int[1, Concepts];

    private static readonly Gen<TargetRequirement> _requirement = Gen.Select(_concept, Gen.Int[0, 2], Gen.Int[0, 5], Gen.Bool, Gen.Bool,
        (id, relation, importance, hot, inDemand) => new TargetRequirement(
            id, relation == 0 ? RequirementRelation.Optional : RequirementRelation.Essential,
            importance == 0 ? null : importance, null, inDemand, hot, $"c{id}", $"urn:c:{id}"));

    private static readonly Gen<(int, int)> _edge = Gen.Select(_concept, _concept).Where(e => e.Item1 > e.Item2);

    private static readonly Gen<CrosswalkLink> _link = Gen.Select(_concept, _concept, Gen.OneOf(0.25, 0.5, 1.0),
        (a, b, confidence) => new CrosswalkLink(a, b, confidence));

    private static readonly Gen<SupplyPosting> _credential = Gen.Select(
        _concept.Array[0, 4], _concept.Array[0, 2], Gen.OneOf("DE", "DE-BY", "FR", "AT"), Gen.Int[0, 12],
        Gen.OneOf("EUR", "USD"), Gen.Int[0, 5], Gen.Int[0, 12], Gen.Int[1, 3])
        .Select((taught, required, region, price, currency, status, hours, provider) => new SupplyPosting(0, "", provider)
        {
            Competencies = taught.ToHashSet(),
            Prerequisites = required.ToHashSet(),
            Regions = [region],
            CostAmount = price == 12 ? null : price * 100,
            CostCurrency = currency,
            Hours = hours * 10,
            Status = status switch { 4 => CredentialStatus.Draft, 5 => CredentialStatus.Retired, _ => CredentialStatus.Published },
        });

    private static readonly Gen<SupplyFilter> _filter = Gen.Select(Gen.OneOf<string?>(null, null, "DE", "FR"), Gen.Int[0, 5],
        (region, cap) => new SupplyFilter
        {
            Regions = region is null ? null : [region],
            MaxCost = cap switch { 3 => 500m, 4 => 1000m, 5 => 0m, _ => null },
            CostCurrency = cap switch { 3 or 5 => "EUR", 4 => "USD", _ => null },
        });

    private static readonly Gen<MatchingOptions> _options = Gen.Select(Gen.Int[0, 2], Gen.Int[0, GapInstance.HierarchyDepth], Gen.Bool,
        Gen.OneOf(0.3, 0.6),
        (mode, depth, broader, confidence) => new MatchingOptions
        {
            Mode = (MatchingMode)mode,
            Depth = depth,
            IncludeBroader = broader,
            MinConfidence = confidence,
        });

    private static readonly Gen<List<SupplyPosting>> _credentials = Gen.Select(_credential.Array[0, 12], Gen.Int[0, 12].Array[12],
        (credentials, parts) => credentials.Select((c, i) => c with
        {
            Id = i + 1,
            Title = $"credential {i + 1}",
            PartIds = parts[i] > 0 && parts[i] < i + 1 ? [parts[i]] : [],
        }).ToList());

    public static readonly Gen<GapInstance> Instance = Gen.Select(
        _requirement.Array[0, 8], _edge.Array[0, 14], _link.Array[0, 10], _credentials, _filter, _options,
        (requirements, edges, links, credentials, filter, options) => new GapInstance(
            requirements.DistinctBy(r => r.CompetencyId).ToList(), edges.Distinct().ToList(), links.ToList(), credentials, filter, options));
}
