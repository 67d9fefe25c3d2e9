using System.Globalization;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>Results written out field by field (doubles round-trip), so two computations compare exactly and a difference reads.</summary>
internal static class GapProjection
{
    public static List<string> Of(SkillGapResult gap) =>
    [
        $"required {gap.RequiredCount} covered {gap.CoveredCount} {D(gap.CoveragePercent)} {D(gap.WeightedCoveragePercent)} factor {D(gap.DemandFactor)} priority {D(gap.Priority)}",
        $"uncovered essential {string.Join(",", gap.UncoveredEssential.Select(g => g.CompetencyId))}",
        .. gap.Requirements.Select(g =>
            $"{g.CompetencyId} {g.Relation} {g.Requirement.Label} covered {g.Covered} credentials {g.CredentialCount} providers {g.ProviderCount} weight {D(g.GapWeight)} priority {D(g.Priority)} best "
            + string.Join(";", g.Best.Select(b => $"{b.CredentialId}:{b.Title}:{b.ProviderId}:{D(b.Fit)}:{b.CostAmount}:{b.CostCurrency}:{b.Hours}"))),
    ];

    public static List<string> Of(PathwayResult plan) =>
    [
        $"{plan.Algorithm} {plan.Objective} candidates {plan.CandidateCount} objective {D(plan.ObjectiveValue)} hours {plan.TotalHours}",
        $"cost {string.Join(",", plan.TotalCost.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}",
        $"covered {string.Join(",", plan.CoveredEssential)} uncovered {string.Join(",", plan.UncoveredEssential)}",
        $"unmet {string.Join(",", plan.UnmetPrerequisites.Select(u => $"{u.CredentialId}/{u.CompetencyId}"))}",
        .. plan.Steps.Select(s => $"step {s.CredentialId} {s.Title} new {string.Join(",", s.NewlyCovered)} prerequisite {s.ForPrerequisite} in {s.IncludedIn}"),
    ];

    public static List<string> Of(CoverageResult coverage) =>
    [
        .. coverage.Cells.Select(c =>
            $"{c.OccupationId} {c.Region} essential {c.CoveredEssentialCount}/{c.EssentialCount} {D(c.CoveragePercent)} {D(c.WeightedCoveragePercent)} credentials {c.CredentialCount} deserts {string.Join(",", c.DesertCompetencyIds)} priority {D(c.Priority)}"),
    ];

    public static List<string> Of(GapSnapshot snapshot) =>
    [
        $"requirements {string.Join(",", snapshot.Requirements.Select(r => $"{r.CompetencyId}/{r.Relation}/{r.Importance}/{r.Level}/{r.IsInDemand}/{r.IsHotTechnology}/{r.Uri}"))}",
        $"held {string.Join(",", snapshot.HeldCompetencyIds.Order())} demand {snapshot.Demand}",
        $"links {string.Join(",", snapshot.Crosswalk.Select(l => $"{l.SourceId}>{l.TargetId}:{D(l.Confidence)}").Order(StringComparer.Ordinal))}",
        .. snapshot.Credentials.OrderBy(c => c.Id).Select(c =>
            $"{c.Id} {c.Title} p{c.ProviderId} {c.Status} {c.Type} {c.CostAmount} {c.CostCurrency} {c.Hours} {c.DurationDays} {c.EqfLevel} {c.DeliveryMode} "
            + $"[{string.Join(",", c.Regions)}] [{string.Join(",", c.Languages)}] teaches {string.Join(",", c.Competencies.Order())} "
            + $"requires {string.Join(",", c.Prerequisites.Order())} parts {string.Join(",", c.PartIds.Order())} coverage {string.Join(",", snapshot.CoverageOf(c.Id).Order())}"),
    ];

    private static string D(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
