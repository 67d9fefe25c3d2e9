using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

public sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "An autocomplete suggestion: a competency, occupation or provider whose label matches the typed text.";
        Field(s => s.Kind, type: typeof(NonNullGraphType<SuggestionKindGraphType>)).Description("What it names.");
        Field(s => s.Label).Description("Preferred label or name.");
        Field(s => s.MatchedLabel, nullable: true).Description("The label that matched, when it is an alternative label.");
        Field(s => s.Score).Description("Match score (higher is better).");
        Field<NonNullGraphType<NodeInterfaceGraphType>>("node").Description("The competency, occupation or provider.")
            .Resolve(c => c.Source.Kind switch
            {
                SuggestionKind.Competency => (object)c.LoadById<Competency>(c.Source.Id),
                SuggestionKind.Occupation => c.LoadById<Occupation>(c.Source.Id),
                _ => c.LoadById<Provider>(c.Source.Id),
            });
    }
}

public sealed record SimilarCredential(SearchHit Hit);

public sealed class SimilarCredentialGraphType : ObjectGraphType<SimilarCredential>
{
    public SimilarCredentialGraphType()
    {
        Name = "SimilarCredential";
        Description = "A credential like another one: similar text and overlapping competencies, preferably from other providers.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Similarity (higher is more similar).").Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<Credentials.CredentialGraphType>>("credential").Description("The similar credential.")
            .Resolve(c => c.LoadById<Credential>(c.Source.Hit.CredentialId));
    }
}
