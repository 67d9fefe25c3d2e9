using GraphQL;
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
            ProviderIds = List<object>(input, "providers")?.Select(ProviderId).ToList(),
            Countries = List<string>(input, "countries"),
            Regions = List<string>(input, "regions"),
            Types = List<CredentialType>(input, "types"),
            MinEqfLevel = input.GetValueOrDefault("minEqfLevel") as int?,
            MaxEqfLevel = input.GetValueOrDefault("maxEqfLevel") as int?,
            DeliveryModes = List<DeliveryMode>(input, "deliveryModes"),
            Languages = List<string>(input, "languages"),
            MaxCost = Decimal(input, "maxCost"),
            Currency = input.GetValueOrDefault("currency") as string,
            MaxHours = Decimal(input, "maxHours"),
            CompetencyUris = List<string>(input, "competencies"),
            FrameworkKeys = List<string>(input, "frameworks"),
            Statuses = List<CredentialStatus>(input, "statuses") ?? [CredentialStatus.Published],
        };
    }

    private static List<T>? List<T>(Dictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name) is IEnumerable<object?> values ? values.OfType<T>().ToList() : null;

    private static decimal? Decimal(Dictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name) is double value ? (decimal)value : null;

    private static int ProviderId(object globalId) =>
        GlobalId.DecodeAs(globalId.ToString(), nameof(Provider))
        ?? throw new ExecutionError($"'{globalId}' is not the id of a provider.") { Code = "INVALID_ID" };
}
