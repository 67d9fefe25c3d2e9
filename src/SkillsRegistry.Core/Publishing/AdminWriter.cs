using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>A provider as an administrator creates it.</summary>
public sealed record ProviderFields(string Name, string Country, string? Region, string? Website, IReadOnlyList<string>? Identifiers,
    string? QualityAssurance, string? Accreditation);

/// <summary>Administrator writes: providers and API keys. The CLI acts as an administrator on the local database.</summary>
public sealed partial class AdminWriter(RegistryDbContext db, TimeProvider time)
{
    private RegistryViewer Caller => db.Viewer;

    public async Task<WriteResult<Provider>> CreateProviderAsync(ProviderFields fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!Caller.IsAdmin)
            return WriteResult.Fail<Provider>(UserError.NotAuthorized("Creating a provider needs an admin API key."));
        var errors = new List<UserError>();
        var name = fields.Name?.Trim() ?? "";
        if (name.Length is 0 or > 300)
            errors.Add(UserError.Invalid("name", "A name of 1 to 300 characters is required."));
        else if (await db.Providers.AnyAsync(p => p.Name == name, ct))
            errors.Add(UserError.Invalid("name", $"A provider named '{name}' exists already."));
        if (fields.Country is null || !CountryPattern().IsMatch(fields.Country))
            errors.Add(UserError.Invalid("country", "The country must be an ISO 3166-1 alpha-2 code such as DE."));
        if (fields.Region is not null && (fields.Country is null || !fields.Region.StartsWith(fields.Country + "-", StringComparison.Ordinal)))
            errors.Add(UserError.Invalid("region", "The region must be an ISO 3166-2 code of the provider's country, such as DE-BY."));
        if (fields.Website is not null && !(Uri.TryCreate(fields.Website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors.Add(UserError.Invalid("website", "The website must be an absolute http(s) URL."));
        if (errors.Count > 0)
            return WriteResult.Fail<Provider>(errors);
        var provider = new Provider
        {
            Name = name,
            Country = fields.Country!,
            Region = fields.Region,
            Website = fields.Website,
            Identifiers = [.. fields.Identifiers ?? []],
            QualityAssurance = fields.QualityAssurance,
            Accreditation = fields.Accreditation,
        };
        db.Providers.Add(provider);
        await db.SaveChangesAsync(ct);
        return WriteResult.Ok(provider);
    }

    public async Task<WriteResult<IssuedApiKey>> CreateKeyAsync(string name, ApiKeyRole role, int? providerId, CancellationToken ct)
    {
        if (!Caller.IsAdmin)
            return WriteResult.Fail<IssuedApiKey>(UserError.NotAuthorized("Creating an API key needs an admin API key."));
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            return WriteResult.Fail<IssuedApiKey>(UserError.Invalid("name", "A name of 1 to 200 characters is required (who or what uses the key)."));
        if (role == ApiKeyRole.Publisher && providerId is null)
            return WriteResult.Fail<IssuedApiKey>(UserError.Invalid("provider", "A publisher key needs its provider."));
        if (role == ApiKeyRole.Admin && providerId is not null)
            return WriteResult.Fail<IssuedApiKey>(UserError.Invalid("provider", "An admin key is not bound to a provider."));
        if (providerId is not null && !await db.Providers.AnyAsync(p => p.Id == providerId, ct))
            return WriteResult.Fail<IssuedApiKey>(UserError.NotFound("provider", "provider"));
        var issued = ApiKeys.Issue(name, role, providerId, Caller.Actor, time.GetUtcNow());
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync(ct);
        return WriteResult.Ok(issued);
    }

    public async Task<WriteResult<ApiKey>> RevokeKeyAsync(int? id, string? prefix, CancellationToken ct)
    {
        if (!Caller.IsAdmin)
            return WriteResult.Fail<ApiKey>(UserError.NotAuthorized("Revoking an API key needs an admin API key."));
        var key = await db.ApiKeys.AsTracking().SingleOrDefaultAsync(k => k.Id == id || k.Prefix == prefix, ct);
        if (key is null)
            return WriteResult.Fail<ApiKey>(UserError.NotFound("id", "API key"));
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return WriteResult.Ok(key);
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
