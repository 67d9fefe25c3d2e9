using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Which credentials count as supply. Every criterion that is set must hold; null (or empty) means any. A credential
/// that lacks a value a criterion reads (no EQF level under <see cref="MaxEqfLevel"/>, no price under
/// <see cref="MaxCost"/>) does not match. Default: published credentials only.
/// </summary>
public sealed record SupplyFilter
{
    public static SupplyFilter Default { get; } = new();

    /// <summary>Region codes; "DE" matches a credential offered in "DE" or in a subdivision such as "DE-BY".</summary>
    public IReadOnlyList<string>? Regions { get; init; }
    public int? MaxEqfLevel { get; init; }

    /// <summary>Price cap in <see cref="CostCurrency"/>; credentials priced in another currency do not match.</summary>
    public decimal? MaxCost { get; init; }

    /// <summary>ISO 4217 code; required with <see cref="MaxCost"/>, and on its own keeps credentials priced in it.</summary>
    public string? CostCurrency { get; init; }
    public decimal? MaxHours { get; init; }
    public int? MaxDurationDays { get; init; }
    public IReadOnlyList<DeliveryMode>? DeliveryModes { get; init; }

    /// <summary>ISO 639-1 codes; a credential matches when it is offered in one of them.</summary>
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<CredentialType>? Types { get; init; }
    public IReadOnlyList<int>? ProviderIds { get; init; }
    public IReadOnlyList<CredentialStatus> Statuses { get; init; } = [CredentialStatus.Published];

    public bool Matches(SupplyPosting credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        EnsureValid();
        return Statuses.Contains(credential.Status) && InRegion(credential) && WithinCaps(credential) && OfKind(credential);
    }

    /// <summary>Throws when the filter cannot be applied: a cost cap without its currency.</summary>
    internal void EnsureValid()
    {
        if (MaxCost is not null && CostCurrency is null)
            throw new ArgumentException("A cost cap needs a currency (SupplyFilter.CostCurrency).");
    }

    /// <summary>Whether the filter reads anything beyond status, EQF level, regions and providers (see <see cref="ColumnFilter"/>).</summary>
    internal bool ReadsMoreThanColumns =>
        MaxHours is not null || MaxDurationDays is not null || CostCurrency is not null || MaxCost is not null
        || DeliveryModes is { Count: > 0 } || Types is { Count: > 0 } || Languages is { Count: > 0 };

    /// <summary>The caps and kinds: every criterion but the status and the regions.</summary>
    internal bool MatchesCapsAndKind(SupplyPosting credential) => WithinCaps(credential) && OfKind(credential);

    /// <summary>Whether a credential offered in these regions passes the region criterion.</summary>
    internal bool InRegions(IReadOnlyList<string> offered) => Regions is not { Count: > 0 } || Regions.Any(want => OfferedIn(offered, want));

    /// <summary>Whether a credential offered in these regions is offered in <paramref name="want"/> or one of its subdivisions.</summary>
    internal static bool OfferedIn(IReadOnlyList<string> offered, string want) => offered.Any(have =>
        have.Equals(want, StringComparison.OrdinalIgnoreCase) || have.StartsWith(want + "-", StringComparison.OrdinalIgnoreCase));

    private bool InRegion(SupplyPosting c) => InRegions(c.Regions);

    private bool WithinCaps(SupplyPosting c) =>
        AtMost(c.EqfLevel, MaxEqfLevel) && AtMost(c.Hours, MaxHours) && AtMost(c.DurationDays, MaxDurationDays)
        && (CostCurrency is null || string.Equals(c.CostCurrency, CostCurrency, StringComparison.OrdinalIgnoreCase) && c.CostAmount is not null)
        && AtMost(c.CostAmount, MaxCost);

    private bool OfKind(SupplyPosting c) =>
        Any(DeliveryModes, m => c.DeliveryMode == m) && Any(Types, t => c.Type == t) && Any(ProviderIds, p => c.ProviderId == p)
        && Any(Languages, l => c.Languages.Contains(l, StringComparer.OrdinalIgnoreCase));

    private static bool AtMost<T>(T? value, T? cap) where T : struct, IComparable<T> =>
        cap is null || value is not null && value.Value.CompareTo(cap.Value) <= 0;

    private static bool Any<T>(IReadOnlyList<T>? wanted, Func<T, bool> matches) => wanted is not { Count: > 0 } || wanted.Any(matches);
}
