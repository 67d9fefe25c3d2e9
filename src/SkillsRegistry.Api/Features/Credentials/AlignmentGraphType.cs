using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public sealed class AlignmentGraphType : ObjectGraphType<CredentialAlignment>
{
    public AlignmentGraphType()
    {
        Name = "CredentialAlignment";
        Description = "A credential's claim about a competency, and who asserted it how.";
        Field(a => a.Type).Description("Whether the credential teaches, assesses or requires the competency.");
        Field(a => a.ProficiencyLevel, nullable: true).Description("Proficiency reached, on the framework's scale (EQF 1–8 for ESCO, O*NET level 0–7).");
        Field(a => a.Weight).Description("Share of the credential devoted to this competency, in (0, 1].");
        Field(a => a.AssertedBy).Description("Who asserted the alignment.");
        Field(a => a.Method).Description("How it was asserted.");
        Field(a => a.AssertedAt).Description("When it was asserted.");
        Field<NonNullGraphType<CredentialGraphType>>("credential").Description("The credential.")
            .Resolve(c => c.LoadById<Credential>(c.Source.CredentialId));
        Field<NonNullGraphType<CompetencyGraphType>>("competency").Description("The competency.")
            .Resolve(c => c.LoadById<Competency>(c.Source.CompetencyId));
    }
}
