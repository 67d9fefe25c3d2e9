using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Search;

/// <summary>
/// Restrictions on the credentials searched. Every property is optional; values in one list are OR-ed, properties
/// are AND-ed. An empty list restricts nothing.
/// </summary>
public sealed record CredentialSearchFilter
{
    /// <summary>No restriction.</summary>
    public static CredentialSearchFilter None { get; } = new();

    public IReadOnlyCollection<int>? ProviderIds { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the provider (case is ignored).</summary>
    public IReadOnlyCollection<string>? Countries { get; init; }

    /// <summary>Codes the credential is offered in (<see cref="Credential.Regions"/>), matched exactly (case is ignored).</summary>
    public IReadOnlyCollection<string>? Regions { get; init; }

    public IReadOnlyCollection<CredentialType>? Types { get; init; }

    public int? MinEqfLevel { get; init; }

    public int? MaxEqfLevel { get; init; }

    public IReadOnlyCollection<DeliveryMode>? DeliveryModes { get; init; }

    /// <summary>ISO 639-1 codes; a credential taught in any of them matches.</summary>
    public IReadOnlyCollection<string>? Languages { get; init; }

    /// <summary>Highest cost, in <see cref="Currency"/> (required with it: amounts are compared within one currency).</summary>
    public decimal? MaxCost { get; init; }

    /// <summary>ISO 4217; alone it keeps credentials priced in this currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Highest notional learning hours.</summary>
    public decimal? MaxHours { get; init; }

    /// <summary>Aligned to one of these competencies or to any concept below one of them (broader/narrower hierarchy).</summary>
    public IReadOnlyCollection<string>? CompetencyUris { get; init; }

    /// <summary>Aligned to a competency of one of these framework releases (<see cref="CompetencyFramework.Key"/>).</summary>
    public IReadOnlyCollection<string>? FrameworkKeys { get; init; }

    public IReadOnlyCollection<CredentialStatus>? Statuses { get; init; }
}
