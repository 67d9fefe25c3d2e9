using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed record MoneyAmount(string Currency, decimal Amount);

public sealed class PathwayGraphType : ObjectGraphType<PathwayResult>
{
    public PathwayGraphType()
    {
        Name = "Pathway";
        Description = "A set of credentials that covers the target's essential competencies, chosen for the objective.";
        Field(p => p.Algorithm, type: typeof(NonNullGraphType<PathwayAlgorithmGraphType>)).Description("Which set-cover algorithm was used.");
        Field(p => p.Objective, type: typeof(NonNullGraphType<PathwayObjectiveGraphType>)).Description("What was minimised.");
        Field(p => p.CandidateCount).Description("Credentials considered after filtering and pruning.");
        Field(p => p.ObjectiveValue).Description("The objective summed over the chosen credentials.");
        Field<NonNullGraphType<FloatGraphType>>("totalHours").Description("Total workload in hours.").Resolve(c => (double)c.Source.TotalHours);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyAmountGraphType>>>>("totalCost").Description("Total price per currency.")
            .Resolve(c => c.Source.TotalCost.Select(kv => new MoneyAmount(kv.Key, kv.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayStepGraphType>>>>("steps").Description("The credentials, in the order to take them.").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("covered").Description("Essential competencies the pathway covers.")
            .Resolve(c => c.Source.CoveredEssential.Select(id => c.LoadById<Competency>(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("uncovered").Description("Essential competencies no matching credential covers.")
            .Resolve(c => c.Source.UncoveredEssential.Select(id => c.LoadById<Competency>(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("unmetPrerequisites")
            .Description("Competencies a chosen credential requires that neither the pathway nor the learner provides.")
            .Resolve(c => c.Source.UnmetPrerequisites.Select(p => p.CompetencyId).Distinct().Select(id => c.LoadById<Competency>(id)).ToList());
    }
}

public sealed class PathwayStepGraphType : ObjectGraphType<PathwayStep>
{
    public PathwayStepGraphType()
    {
        Name = "PathwayStep";
        Description = "One credential of a pathway.";
        Field<NonNullGraphType<CredentialGraphType>>("credential").Description("The credential.").Resolve(c => c.LoadById<Credential>(c.Source.CredentialId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("newlyCovered").Description("Essential competencies this step covers first.")
            .Resolve(c => c.Source.NewlyCovered.Select(id => c.LoadById<Competency>(id)).ToList());
        Field(s => s.ForPrerequisite).Description("Added to cover another step's prerequisite.");
        Field<CredentialGraphType>("includedIn").Description("A chosen credential this one is part of (its cost is not counted again).")
            .Resolve(c => c.LoadByOptionalId<Credential>(c.Source.IncludedIn));
    }
}

public sealed class MoneyAmountGraphType : ObjectGraphType<MoneyAmount>
{
    public MoneyAmountGraphType()
    {
        Name = "MoneyAmount";
        Description = "An amount of money.";
        Field(m => m.Currency).Description("ISO 4217 currency.");
        Field<NonNullGraphType<FloatGraphType>>("amount").Description("Amount.").Resolve(c => (double)c.Source.Amount);
    }
}
