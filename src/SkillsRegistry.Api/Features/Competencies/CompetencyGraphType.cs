using GraphQL.Types;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

public sealed class CompetencyGraphType : ObjectGraphType<Competency>
{
    public CompetencyGraphType()
    {
        Name = "Competency";
        Description = "A skill, knowledge item, ability, technology or skill group of one framework release (ESCO, O*NET, …).";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Competency;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(Competency), c.Source.Id));
        Field(x => x.Uri).Description("Stable URI of the concept in its framework (e.g. http://data.europa.eu/esco/skill/…).");
        Field(x => x.Code, nullable: true).Description("Code in the source framework (O*NET element id, UNSPSC commodity, ESCO group code).");
        Field(x => x.Type).Description("Kind of competency.");
        Field(x => x.ReuseLevel, nullable: true).Description("How widely it applies across occupations (ESCO).");
        Field(x => x.PreferredLabel).Description("Preferred English label.");
        Field(x => x.AlternativeLabels).Description("Synonyms and spelling variants.");
        Field(x => x.HiddenLabels).Description("Search-only labels (misspellings, obsolete terms).");
        Field(x => x.Description, nullable: true).Description("Definition or scope note.");
        Field(x => x.Status).Description("Released or deprecated.");
        Field(x => x.IsHotTechnology).Description("O*NET Hot Technology: frequently named in employer job postings.");
        Field<CompetencyGraphType>("replacedBy").Description("The concept that replaces this deprecated one.")
            .Resolve(c => c.LoadByOptionalId<Competency>(c.Source.ReplacedById));
        Field<NonNullGraphType<FrameworkGraphType>>("framework").Description("The framework release it belongs to.")
            .Resolve(c => c.LoadById<CompetencyFramework>(c.Source.FrameworkId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("broader")
            .Description("Broader concepts (skill groups or broader skills); there can be several.")
            .Resolve(c => c.LoadChildren<BroaderByCompetencyLoader, HierarchyLink>(c.Source.Id).Then(Others));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("narrower")
            .Description("Narrower concepts directly below this one.")
            .Resolve(c => c.LoadChildren<NarrowerByCompetencyLoader, HierarchyLink>(c.Source.Id).Then(Others));
        Field<NonNullGraphType<ConnectionGraphType<RequirementGraphType, OccupationRequirement>>>("requiredBy")
            .Description("Occupations that require this competency, essential ones first.")
            .Paged()
            .Resolve(c => c.LoadChildPage<RequirementsByCompetencyLoader, OccupationRequirement>(c.Source.Id));
        Field<NonNullGraphType<ConnectionGraphType<AlignmentGraphType, CredentialAlignment>>>("alignments")
            .Description("Credentials aligned to this competency (teaching, assessing or requiring it), strongest weight first.")
            .Paged()
            .Resolve(c => c.LoadChildPage<AlignmentsByCompetencyLoader, CredentialAlignment>(c.Source.Id));
    }

    private static IReadOnlyList<Competency> Others(IReadOnlyList<HierarchyLink>? links) => links?.Select(l => l.Other).ToList() ?? [];
}
