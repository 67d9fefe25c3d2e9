using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

/// <summary>
/// <c>Authorization: Bearer srk_…</c>: a valid, unrevoked key signs the request in as its publisher or admin. No header
/// means an anonymous reader. A header with a bad, unknown or revoked key fails authentication (see
/// <see cref="RejectInvalidApiKeys"/>), so a misconfigured client learns about it instead of silently reading anonymously.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<RegistryDbContext> contexts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ProviderClaim = "provider_id";
    public const string KeyPrefixClaim = "key_prefix";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
            return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("Use 'Authorization: Bearer <API key>'.");
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var key = await ApiKeys.FindValidAsync(db, header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, ApiKeys.ActorOf(key)),
            new(ClaimTypes.Role, key.Role.ToString()),
            new(KeyPrefixClaim, key.Prefix),
        };
        if (key.ProviderId is { } providerId)
            claims.Add(new Claim(ProviderClaim, providerId.ToString(CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The registry's view for a signed-in principal, or the anonymous view.</summary>
    public static RegistryViewer ViewerOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
            return RegistryViewer.Anonymous;
        var actor = user.Identity.Name ?? "unknown key";
        if (user.IsInRole(nameof(ApiKeyRole.Admin)))
            return RegistryViewer.Admin(actor);
        var provider = user.FindFirst(ProviderClaim)?.Value;
        return provider is null ? RegistryViewer.Anonymous : RegistryViewer.Publisher(int.Parse(provider, CultureInfo.InvariantCulture), actor);
    }
}

/// <summary>Answers 401 with a GraphQL-shaped error to a request that presents an unusable API key.</summary>
public static class RejectInvalidApiKeys
{
    public static IApplicationBuilder UseApiKeyAuthentication(this IApplicationBuilder app) => app.UseAuthentication().Use(async (http, next) =>
    {
        var result = await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
        if (result.Failure is null)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = result.Failure.Message, extensions = new { code = "INVALID_API_KEY" } } } },
            http.RequestAborted);
    });
}

/// <summary>The current request's viewer for every context the factory hands out; outside a request, the registry itself.</summary>
public sealed class HttpViewerSource(IHttpContextAccessor http) : IRegistryViewerSource
{
    public RegistryViewer Current => http.HttpContext is { } context ? ApiKeyAuthenticationHandler.ViewerOf(context.User) : RegistryViewer.System;
}
