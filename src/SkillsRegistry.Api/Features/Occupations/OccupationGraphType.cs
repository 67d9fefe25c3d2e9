using GraphQL.Types;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class OccupationGraphType : ObjectGraphType<Occupation>
{
    public OccupationGraphType()
    {
        Name = "Occupation";
        Description = "An occupation or occupation group of one framework release (ESCO occupation, ISCO-08 group, O*NET-SOC occupation).";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Occupation;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(Occupation), c.Source.Id));
        Field(o => o.Uri).Description("Stable URI of the occupation in its framework.");
        Field(o => o.Kind).Description("Occupation or occupation group.");
        Field(o => o.Code, nullable: true).Description("Code in its framework: ESCO code (2512.4), ISCO-08 group code, or O*NET-SOC code (15-1252.00).");
        Field(o => o.IscoCode, nullable: true).Description("ISCO-08 unit group, where known.");
        Field(o => o.SocCode, nullable: true).Description("2018 SOC code (15-1252), where known; links BLS demand figures.");
        Field(o => o.PreferredLabel).Description("Preferred English title.");
        Field(o => o.AlternativeLabels).Description("Alternative titles.");
        Field(o => o.Description, nullable: true).Description("What the occupation does.");
        Field(o => o.Status).Description("Released or deprecated.");
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Description("The framework release it belongs to.")
            .Resolve(c => c.LoadById<CompetencyFramework>(c.Source.FrameworkId));
        Field<OccupationGraphType>("broader").Description("The broader occupation or group.")
            .Resolve(c => c.LoadByOptionalId<Occupation>(c.Source.BroaderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OccupationGraphType>>>>("narrower").Description("Occupations or groups directly below.")
            .Resolve(c => c.LoadChildren<NarrowerByOccupationLoader, Occupation>(c.Source.Id).Then(l => l ?? []));
        Field<NonNullGraphType<ConnectionGraphType<RequirementGraphType, OccupationRequirement>>>("requirements")
            .Description("Competencies this occupation requires, essential first.")
            .Paged()
            .Resolve(c => c.LoadChildPage<RequirementsByOccupationLoader, OccupationRequirement>(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DemandGraphType>>>>("demand")
            .Description("Labour-market demand figures for this occupation's SOC code (BLS projections).")
            .Resolve(c => c.Service<DemandBySocCodeLoader>().Load(c.Source.SocCode ?? "").Then(l => l ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingGraphType>>>>("mappings")
            .Description("Crosswalk mappings from or to this occupation (e.g. ESCO ↔ O*NET).")
            .Resolve(c => c.Service<MappingsByUriLoader>().Load(c.Source.Uri).Then(l => l ?? []));
    }
}
