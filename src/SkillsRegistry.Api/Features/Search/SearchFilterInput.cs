using GraphQL;
using SkillsRegistry.Api.Features.Publishing;
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
            Statuses = Statuses(context, input.List<CredentialStatus>("statuses")),
        };
    }

    // Drafts are not public: only an admin may search them (a publisher lists its own with `credentials`).
    private static List<CredentialStatus> Statuses(IResolveFieldContext context, List<CredentialStatus>? asked)
    {
        if (asked?.Contains(CredentialStatus.Draft) == true && !ApiKeyAuthenticationHandler.ViewerOf(context.User).IsAdmin)
        {
            throw new ExecutionError("Drafts are not searchable; list your provider's drafts with `credentials(where: { status: { eq: DRAFT } })` and your publisher key.")
            { Code = "INVALID_SEARCH" };
        }
        return asked ?? [CredentialStatus.Published];
    }

    private static int ProviderId(object globalId) =>
        GlobalId.DecodeAs(globalId.ToString(), nameof(Provider))
        ?? throw new ExecutionError($"'{globalId}' is not the id of a provider.") { Code = "INVALID_ID" };
}
