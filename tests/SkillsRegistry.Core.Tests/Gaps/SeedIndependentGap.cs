using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>
/// The gap of one occupation computed straight from the tables with LINQ, independently of the engines: a requirement
/// is covered when a published credential that passes <c>offered</c> teaches or assesses the competency or a concept
/// one or two levels below it, itself or through one of its parts.
/// </summary>
internal static class SeedIndependentGap
{
    public static async Task<List<(OccupationRequirement Requirement, bool Covered)>> ComputeAsync(
        RegistryDbContext db, int occupationId, Func<Credential, bool> offered)
    {
        var requirements = await db.Requirements.AsNoTracking().Where(r => r.OccupationId == occupationId).ToListAsync();
        var edges = await db.CompetencyHierarchy.AsNoTracking().ToListAsync();
        var credentials = (await db.Credentials.AsNoTracking().ToListAsync())
            .Where(c => c.Status == CredentialStatus.Published && offered(c)).Select(c => c.Id).ToHashSet();
        var parts = await db.CredentialParts.AsNoTracking().ToListAsync();
        var taught = (await db.Alignments.AsNoTracking().Where(a => a.Type != AlignmentType.Requires).ToListAsync())
            .SelectMany(a => parts.Where(p => p.PartId == a.CredentialId).Select(p => (Credential: p.WholeId, a.CompetencyId))
                .Append((Credential: a.CredentialId, a.CompetencyId)))
            .Where(a => credentials.Contains(a.Credential)).Select(a => a.CompetencyId).ToHashSet();
        bool Below(int competency, int required, int levels) => competency == required
            || (levels > 0 && edges.Where(e => e.NarrowerId == competency).Any(e => Below(e.BroaderId, required, levels - 1)));
        return requirements.Select(r => (r, taught.Any(t => Below(t, r.CompetencyId, 2)))).ToList();
    }

    public static bool InRegionUnderCap(Credential c, string region, decimal maxEur) =>
        c.CostCurrency == "EUR" && c.CostAmount <= maxEur
        && c.Regions.Any(r => r == region || r.StartsWith(region + "-", StringComparison.Ordinal));

    public static double Importance(OccupationRequirement r) =>
        r.Importance ?? (r.Relation == RequirementRelation.Essential ? 4 : 2);
}
