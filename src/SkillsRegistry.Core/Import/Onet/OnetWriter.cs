using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>Writes the gathered O*NET elements, technologies and requirements in batched transactions.</summary>
internal sealed class OnetWriter(ImportSession session, int frameworkId, UriStore<Occupation> occupations)
{
    private UriStore<Competency> _competencies = null!;

    public async Task WriteElementsAsync(OnetRatings ratings, Dictionary<string, string> descriptions)
    {
        _competencies = await UriStore<Competency>.CompetenciesAsync(session, frameworkId);
        await session.WriteAsync("O*NET elements", [.. ratings.Elements], e => _competencies.Upsert(new Competency
        {
            FrameworkId = frameworkId,
            Uri = OnetUris.Element(e.Key),
            Code = e.Key,
            Type = e.Value.Type,
            PreferredLabel = e.Value.Name,
            Description = descriptions.GetValueOrDefault(e.Key),
            Status = ConceptStatus.Released,
        }));
    }

    public async Task WriteTechnologyAsync(OnetTechnology technology)
    {
        await session.WriteAsync("technology commodities", [.. technology.Commodities], c => _competencies.Upsert(
            Technology(OnetUris.Technology(c.Key), c.Key, c.Value, hot: false)));
        await session.WriteAsync("technology examples", [.. technology.Examples], e => _competencies.Upsert(
            Technology(OnetUris.Technology(e.Key.Commodity, e.Key.Example), e.Key.Commodity, e.Key.Example, e.Value)));
        var hierarchy = await HierarchyStore.LoadAsync(session, frameworkId);
        await session.WriteAsync("technology hierarchy", [.. technology.Examples.Keys], e => hierarchy.Link(
            Id(OnetUris.Technology(e.Commodity, e.Example)), Id(OnetUris.Technology(e.Commodity))));
    }

    public async Task WriteRequirementsAsync(OnetRatings ratings, OnetTechnology technology)
    {
        session.Db.ChangeTracker.Clear();
        var requirements = await RequirementStore.LoadAsync(session, frameworkId);
        await session.WriteAsync("rated requirements", [.. ratings.Ratings], r => requirements.Upsert(new OccupationRequirement
        {
            OccupationId = OccupationId(r.Key.Code),
            CompetencyId = Id(OnetUris.Element(r.Key.Element)),
            Relation = r.Value.Relation,
            Importance = r.Value.Importance,
            Level = r.Value.Level,
        }));
        await session.WriteAsync("technology requirements", technology.Uses, u =>
        {
            var requirement = new OccupationRequirement
            {
                OccupationId = OccupationId(u.Code),
                CompetencyId = Id(OnetUris.Technology(u.Commodity, u.Example)),
                IsInDemand = u.InDemand,
                Relation = u.InDemand ? RequirementRelation.Essential : RequirementRelation.Optional,
            };
            if (requirements.Upsert(requirement) is { } reason)
            {
                session.Report.Reject("Technology_Skills.csv", u.Line, reason);
            }
        });
    }

    private Competency Technology(string uri, string code, string label, bool hot) => new()
    {
        FrameworkId = frameworkId,
        Uri = uri,
        Code = code,
        PreferredLabel = label,
        Type = CompetencyType.Technology,
        IsHotTechnology = hot,
        Status = ConceptStatus.Released,
    };

    private int Id(string uri) => _competencies.TryGetId(uri, out var id) ? id : throw new InvalidOperationException($"{uri} was not saved.");

    private int OccupationId(string code) =>
        occupations.TryGetId(OnetUris.Occupation(code), out var id) ? id : throw new InvalidOperationException($"{code} was not saved.");
}
