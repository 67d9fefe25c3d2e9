namespace SkillsRegistry.Core.Model;

/// <summary>Labour-market demand for an occupation (by SOC code) in a region and projection period (BLS).</summary>
public class OccupationDemand
{
    public int Id { get; set; }

    /// <summary>2018 SOC code (15-1252); joins <see cref="Occupation.SocCode"/>.</summary>
    public required string SocCode { get; set; }
    public required string Title { get; set; }

    /// <summary>ISO 3166 code of the region the figures describe (US for the national projections).</summary>
    public required string Region { get; set; }

    /// <summary>Projection period, e.g. 2024-34.</summary>
    public required string Period { get; set; }
    public double? Employment { get; set; }
    public double? ProjectedEmployment { get; set; }
    public double? GrowthPercent { get; set; }
    public double? AnnualOpenings { get; set; }
    public double? MedianAnnualWage { get; set; }
    public required string Source { get; set; }
}
