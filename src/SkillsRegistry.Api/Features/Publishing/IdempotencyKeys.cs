using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Publishing;

/// <summary>
/// <c>Idempotency-Key</c> on an authenticated POST to the GraphQL endpoint: the first request with a key is executed
/// and its answer stored; a retry with the same key and the same body gets the stored answer (header
/// <c>Idempotency-Replayed: true</c>) instead of running again; the same key with another body is refused (422), and
/// a retry while the first is still running gets 409. Keys are scoped to the API key and kept for 24 hours.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan _retention = TimeSpan.FromHours(24);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app, string path = "/graphql") =>
        app.UseWhen(
            http => HttpMethods.IsPost(http.Request.Method) && http.Request.Path == path && http.Request.Headers.ContainsKey(Header)
                && http.User.Identity?.IsAuthenticated == true,
            branch => branch.Use(HandleAsync));

    private static async Task HandleAsync(HttpContext http, RequestDelegate next)
    {
        var key = http.Request.Headers[Header].ToString();
        if (key.Length is 0 or > 200)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "The Idempotency-Key header must be 1 to 200 characters.");
            return;
        }
        var scope = http.User.FindFirst(ApiKeyAuthenticationHandler.KeyPrefixClaim)!.Value;
        var body = await ReadBodyAsync(http);
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var contexts = http.RequestServices.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();

        var reservation = await ReserveAsync(contexts, scope, key, hash, time, http.RequestAborted);
        if (reservation is not null)
        {
            await AnswerExistingAsync(http, reservation, hash);
            return;
        }

        var original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next(http);
        }
        catch
        {
            await ReleaseAsync(contexts, scope, key);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }
        await CompleteAsync(contexts, scope, key, http.Response.StatusCode, http.Response.ContentType ?? "application/json", captured.ToArray());
        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        http.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        http.Request.Body.Position = 0;
        return buffer.ToArray();
    }

    /// <summary>Claims the key (null) or returns the record that already holds it.</summary>
    private static async Task<IdempotencyRecord?> ReserveAsync(IDbContextFactory<RegistryDbContext> contexts, string scope, string key, string hash,
        TimeProvider time, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var expired = now - _retention;
        await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(ct);
        db.IdempotencyRecords.Add(new IdempotencyRecord { Scope = scope, Key = key, RequestHash = hash, ContentType = "", Response = "", CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.IdempotencyRecords.SingleAsync(r => r.Scope == scope && r.Key == key, ct);
        }
    }

    private static async Task AnswerExistingAsync(HttpContext http, IdempotencyRecord existing, string hash)
    {
        if (existing.RequestHash != hash)
        {
            await RefuseAsync(http, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used for a different request.");
            return;
        }
        if (existing.StatusCode == 0)
        {
            await RefuseAsync(http, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed; retry later.");
            return;
        }
        http.Response.StatusCode = existing.StatusCode;
        http.Response.ContentType = existing.ContentType;
        http.Response.Headers["Idempotency-Replayed"] = "true";
        await http.Response.WriteAsync(existing.Response, http.RequestAborted);
    }

    private static async Task CompleteAsync(IDbContextFactory<RegistryDbContext> contexts, string scope, string key, int status, string contentType, byte[] body)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Response, System.Text.Encoding.UTF8.GetString(body)));
    }

    private static async Task ReleaseAsync(IDbContextFactory<RegistryDbContext> contexts, string scope, string key)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync();
    }

    private static async Task RefuseAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code = "IDEMPOTENCY_KEY" } } } }, http.RequestAborted);
    }
}
