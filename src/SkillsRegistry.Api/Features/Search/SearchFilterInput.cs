using GraphQL;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>Maps the <c>filter</c> argument of <c>searchCredentials</c> onto the backend-neutral filter.</summary>
internal static class SearchFilterInput
{
    public static CredentialSearchFilter From(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
        return new CredentialSearchFilter
        {
            ProviderIds = input.List<object>("providers")?.Select(ProviderId).ToList(),
            Countries = input.List<string>("countries"),
            Regions = input.List<string>("regions"),
            Types = input.List<CredentialType>("types"),
            MinEqfLevel = input.GetValueOrDefault("minEqfLevel") as int?,
            MaxEqfLevel = input.GetValueOrDefault("maxEqfLevel") as int?,
            DeliveryModes = input.List<DeliveryMode>("deliveryModes"),
            Languages = input.List<string>("languages"),
            MaxCost = input.Decimal("maxCost"),
            Currency = input.GetValueOrDefault("currency") as string,
            MaxHours = input.Decimal("maxHours"),
            CompetencyUris = input.List<string>("competencies"),
            FrameworkKeys = input.List<string>("frameworks"),
            Statuses = input.List<CredentialStatus>("statuses") ?? [CredentialStatus.Published],
        };
    }

    private static int ProviderId(object globalId) =>
        GlobalId.DecodeAs(globalId.ToString(), nameof(Provider))
        ?? throw new ExecutionError($"'{globalId}' is not the id of a provider.") { Code = "INVALID_ID" };
}
