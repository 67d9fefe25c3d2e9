using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

/// <summary>A stackability edge seen from one credential: the credential at the other end.</summary>
public sealed record CredentialLink(int FromId, Credential Other)
{
    public static IReadOnlyList<Credential> Others(IReadOnlyList<CredentialLink>? links) => links?.Select(l => l.Other).ToList() ?? [];
}
