using GraphQL;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

/// <summary>Turns the GraphQL inputs of the gap queries into the engine's target, supply filter and matching options.</summary>
internal static class GapInputs
{
    private static readonly string[] _targetKeys = ["occupation", "occupationUri", "occupationCode", "competencies"];

    public static async Task<GapTarget> TargetAsync(RegistryDbContext db, Dictionary<string, object?> input, CancellationToken ct)
    {
        var target = await OccupationIdAsync(db, input, ct) is { } occupationId
            ? GapTarget.ForOccupation(occupationId)
            : GapTarget.ForRole(await CompetencyIdsAsync(db, Strings(input, "competencies"), ct));
        return target with
        {
            HeldCompetencyIds = await CompetencyIdsAsync(db, Strings(input, "heldCompetencies"), ct),
            HeldCredentialIds = Ids(input, "heldCredentials", nameof(Credential)),
        };
    }

    private static async Task<int?> OccupationIdAsync(RegistryDbContext db, Dictionary<string, object?> input, CancellationToken ct)
    {
        var given = _targetKeys.Where(k => input.GetValueOrDefault(k) is not null).ToList();
        if (given.Count != 1)
            throw Invalid($"Give exactly one of occupation, occupationUri, occupationCode or competencies; got {given.Count}.");
        var key = given[0];
        if (key == "competencies")
            return null;
        var value = input[key]!.ToString()!;
        var id = key switch
        {
            "occupation" => GlobalId.DecodeAs(value, nameof(Occupation)),
            "occupationUri" => await db.Occupations.Where(o => o.Uri == value).OrderByDescending(o => o.FrameworkId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct),
            _ => await db.Occupations.Where(o => o.Code == value).OrderByDescending(o => o.FrameworkId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct),
        };
        if (id is null && key == "occupation" && !GlobalId.TryDecode(value, out _, out _))
            throw Invalid($"'occupation' takes an occupation's global id; '{value}' is not one (give a URI as 'occupationUri', an ESCO or O*NET code as 'occupationCode').");
        return id ?? throw Invalid($"No occupation matches {key} '{value}'.");
    }

    private static async Task<int[]> CompetencyIdsAsync(RegistryDbContext db, IReadOnlyList<string> uris, CancellationToken ct)
    {
        if (uris.Count == 0)
            return [];
        var found = await db.Competencies.Where(c => uris.Contains(c.Uri)).Select(c => new { c.Id, c.Uri }).ToListAsync(ct);
        var missing = uris.Except(found.Select(f => f.Uri)).ToList();
        return missing.Count == 0 ? [.. found.Select(f => f.Id)] : throw Invalid($"Unknown competency URI(s): {string.Join(", ", missing.Take(5))}.");
    }

    public static SupplyFilter Supply(Dictionary<string, object?>? input)
    {
        if (input is null)
            return SupplyFilter.Default;
        if (input.GetValueOrDefault("maxCost") is not null && input.GetValueOrDefault("currency") is null)
            throw Invalid("'maxCost' needs a 'currency'.");
        return new SupplyFilter
        {
            Regions = Strings(input, "regions"),
            MaxEqfLevel = input.GetValueOrDefault("maxEqfLevel") as int?,
            MaxCost = input.Decimal("maxCost"),
            CostCurrency = input.GetValueOrDefault("currency") as string,
            MaxHours = input.Decimal("maxHours"),
            MaxDurationDays = input.GetValueOrDefault("maxDurationDays") as int?,
            DeliveryModes = input.List<DeliveryMode>("deliveryModes"),
            Languages = Strings(input, "languages"),
            Types = input.List<CredentialType>("types"),
            ProviderIds = Ids(input, "providers", nameof(Provider)),
            Statuses = input.List<CredentialStatus>("statuses") ?? [CredentialStatus.Published],
        };
    }

    public static MatchingOptions Matching(Dictionary<string, object?>? input)
    {
        if (input is null)
            return MatchingOptions.Default;
        var depth = input.GetValueOrDefault("depth") as int? ?? MatchingOptions.Default.Depth;
        if (depth is < 0 or > CompetencyHierarchy.MaxDepth)
            throw Invalid($"'depth' must be between 0 and {CompetencyHierarchy.MaxDepth}; it was {depth}.");
        return new MatchingOptions
        {
            Mode = input.GetValueOrDefault("mode") as MatchingMode? ?? MatchingOptions.Default.Mode,
            Depth = depth,
            IncludeBroader = input.GetValueOrDefault("includeBroader") as bool? ?? false,
            MinConfidence = input.GetValueOrDefault("minConfidence") as double? ?? MatchingOptions.Default.MinConfidence,
        };
    }

    private static List<string> Strings(Dictionary<string, object?> input, string name) => input.List<string>(name) ?? [];

    private static List<int> Ids(Dictionary<string, object?> input, string name, string type) =>
        [.. (input.List<object>(name) ?? []).Select(v => GlobalId.DecodeAs(v.ToString(), type) ?? throw Invalid($"'{v}' is not the id of a {type}."))];

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_GAP_INPUT" };
}
