using GraphQL.Types;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class DemandGraphType : ObjectGraphType<OccupationDemand>
{
    public DemandGraphType()
    {
        Name = "OccupationDemand";
        Description = "Employment and projected demand for an occupation in a region over a projection period.";
        Field(d => d.SocCode).Description("SOC code the figures are published for.");
        Field(d => d.Title).Description("Occupation title in the source.");
        Field(d => d.Region).Description("Region the figures describe (ISO 3166; US for national BLS projections).");
        Field(d => d.Period).Description("Projection period, e.g. 2024-34.");
        Field(d => d.Employment, nullable: true).Description("Employment at the start of the period, in persons.");
        Field(d => d.ProjectedEmployment, nullable: true).Description("Projected employment at the end of the period, in persons.");
        Field(d => d.GrowthPercent, nullable: true).Description("Projected employment change over the period, in percent.");
        Field(d => d.AnnualOpenings, nullable: true).Description("Projected openings per year (growth plus replacement), in persons.");
        Field(d => d.MedianAnnualWage, nullable: true).Description("Median annual wage at the start of the period, in the source currency (USD).");
        Field(d => d.Source).Description("Publisher of the figures.");
    }
}
