using System.Globalization;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Makes a credential's alignments equal to the catalogue's; an unresolvable alignment is reported and skipped.</summary>
internal static class AlignmentSync
{
    public static bool Apply(CatalogueRun run, AcceptedCredential accepted, IReadOnlyList<ParsedAlignment> parsed, Dictionary<string, int> competencies)
    {
        var wanted = Resolve(run, accepted, parsed, competencies);
        var changed = RemoveUnwanted(run, accepted.Entity, wanted);
        var counts = run.Report.For(CatalogueRun.AlignmentEntity);
        foreach (var ((competencyId, type), source) in wanted)
        {
            var current = accepted.Entity.Alignments.Find(a => a.CompetencyId == competencyId && a.Type == type);
            if (current is null)
            {
                accepted.Entity.Alignments.Add(Create(run, accepted.Entity, competencyId, source));
                counts.Inserted++;
                changed = true;
            }
            else if (current.ProficiencyLevel != source.ProficiencyLevel || current.Weight != (source.Weight ?? 1))
            {
                current.ProficiencyLevel = source.ProficiencyLevel;
                current.Weight = source.Weight ?? 1;
                counts.Updated++;
                changed = true;
            }
            else
            {
                counts.Unchanged++;
            }
        }
        return changed;
    }

    private static Dictionary<(int, AlignmentType), ParsedAlignment> Resolve(
        CatalogueRun run, AcceptedCredential accepted, IReadOnlyList<ParsedAlignment> parsed, Dictionary<string, int> competencies)
    {
        var wanted = new Dictionary<(int, AlignmentType), ParsedAlignment>();
        foreach (var alignment in parsed)
        {
            var reason = Problem(alignment, competencies, wanted);
            if (reason is null)
            {
                wanted.Add((competencies[alignment.CompetencyUri!], alignment.Type), alignment);
                continue;
            }
            run.RejectCredential(accepted.Index, accepted.Source.ExternalId,
                $"alignments[{alignment.Index}] skipped (credential kept): {reason}");
        }
        return wanted;
    }

    private static string? Problem(ParsedAlignment alignment, Dictionary<string, int> competencies, Dictionary<(int, AlignmentType), ParsedAlignment> wanted)
    {
        if (string.IsNullOrWhiteSpace(alignment.CompetencyUri))
        {
            return "competencyUri is missing";
        }
        if (alignment.Weight is { } weight && !CredentialValidator.IsValidWeight(weight))
        {
            return string.Create(CultureInfo.InvariantCulture, $"weight {weight} is outside (0, 1]");
        }
        if (alignment.ProficiencyLevel is { } level && !CredentialValidator.IsValidProficiencyLevel(level))
        {
            return string.Create(CultureInfo.InvariantCulture, $"proficiencyLevel {level} is outside 0-8");
        }
        if (!competencies.TryGetValue(alignment.CompetencyUri, out var competencyId))
        {
            return $"unknown competency URI {alignment.CompetencyUri}";
        }
        return wanted.ContainsKey((competencyId, alignment.Type)) ? $"duplicate {alignment.Type} alignment to {alignment.CompetencyUri}" : null;
    }

    private static bool RemoveUnwanted(CatalogueRun run, Credential credential, Dictionary<(int, AlignmentType), ParsedAlignment> wanted)
    {
        var stale = credential.Alignments.Where(a => !wanted.ContainsKey((a.CompetencyId, a.Type))).ToList();
        foreach (var alignment in stale)
        {
            credential.Alignments.Remove(alignment);
            run.Db.Alignments.Remove(alignment);
        }
        return stale.Count > 0;
    }

    private static CredentialAlignment Create(CatalogueRun run, Credential credential, int competencyId, ParsedAlignment source) => new()
    {
        CompetencyId = competencyId,
        Type = source.Type,
        ProficiencyLevel = source.ProficiencyLevel,
        Weight = source.Weight ?? 1,
        AssertedBy = credential.Provider.Name,
        Method = AlignmentMethod.Import,
        AssertedAt = run.Now,
    };
}
