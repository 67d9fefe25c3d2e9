using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary>
/// <c>keys create|list|revoke</c>: API keys managed by whoever runs the server (the first admin key comes from here).
/// Acts as an administrator on the configured database; every change is audited as <c>cli:&lt;user&gt;</c>.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke API keys (publisher keys write for one provider; admin keys create providers and keys).");
        keys.Subcommands.Add(CreateKey());
        keys.Subcommands.Add(ListKeys());
        keys.Subcommands.Add(RevokeKey());
        foreach (var command in keys.Subcommands)
            command.TreatUnmatchedTokensAsErrors = false;
        return keys;
    }

    private static Command CreateKey()
    {
        var name = new Option<string>("--name") { Description = "Who or what will use the key.", Required = true };
        var provider = new Option<string?>("--provider") { Description = "Provider id or exact name: makes a publisher key for it." };
        var admin = new Option<bool>("--admin") { Description = "Make an admin key instead." };
        var command = new Command("create", "Issue a key and print its secret once.") { name, provider, admin };
        command.SetAction(async (parse, ct) =>
        {
            var asAdmin = parse.GetValue(admin);
            var providerText = parse.GetValue(provider);
            if (asAdmin == (providerText is not null))
            {
                AnsiConsole.MarkupLine("[red]Give exactly one of --provider <id|name> or --admin.[/]");
                return 2;
            }
            await using var host = CliHost.Create(parse);
            await using var db = await AdminContextAsync(host, ct);
            int? providerId = null;
            if (providerText is not null)
            {
                providerId = await FindProviderAsync(db, providerText, ct);
                if (providerId is null)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]No provider with id or name '{providerText}'.[/]");
                    return 2;
                }
            }
            var result = await new AdminWriter(db, TimeProvider.System)
                .CreateKeyAsync(parse.GetValue(name)!, asAdmin ? ApiKeyRole.Admin : ApiKeyRole.Publisher, providerId, ct);
            if (result.Value is null)
                return Refused(result.Errors);
            AnsiConsole.MarkupLineInterpolated($"[green]Created {result.Value.Key.Role} key {result.Value.Key.Prefix}[/] ({result.Value.Key.Name}). The secret is shown once; store it now:");
            Console.WriteLine(result.Value.Secret);
            return 0;
        });
        return command;
    }

    private static Command ListKeys()
    {
        var command = new Command("list", "List keys (never their secrets).");
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            await using var db = await AdminContextAsync(host, ct);
            var rows = await db.ApiKeys.OrderBy(k => k.Id)
                .Select(k => new { k.Prefix, k.Name, k.Role, Provider = k.Provider == null ? null : k.Provider.Name, k.CreatedAt, k.RevokedAt })
                .ToListAsync(ct);
            var table = new Table().AddColumns("prefix", "name", "role", "provider", "created", "revoked");
            foreach (var k in rows)
            {
                table.AddRow(Markup.Escape(k.Prefix), Markup.Escape(k.Name), k.Role.ToString(), Markup.Escape(k.Provider ?? "-"),
                    k.CreatedAt.ToString("u", CultureInfo.InvariantCulture), k.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command RevokeKey()
    {
        var prefix = new Argument<string>("prefix") { Description = "The key's prefix (the part after srk_, as `keys list` shows it)." };
        var command = new Command("revoke", "Revoke a key: requests with it get 401 from now on. To rotate, create a new key first.") { prefix };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            await using var db = await AdminContextAsync(host, ct);
            var result = await new AdminWriter(db, TimeProvider.System).RevokeKeyAsync(null, parse.GetValue(prefix), ct);
            if (result.Value is null)
                return Refused(result.Errors);
            AnsiConsole.MarkupLineInterpolated($"[green]Revoked {result.Value.Prefix}[/] ({result.Value.Name}).");
            return 0;
        });
        return command;
    }

    private static async Task<RegistryDbContext> AdminContextAsync(CliHost host, CancellationToken ct)
    {
        var db = await host.MigratedContextAsync(ct);
        db.Viewer = RegistryViewer.Admin($"cli:{Environment.UserName}");
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        return db;
    }

    private static async Task<int?> FindProviderAsync(RegistryDbContext db, string idOrName, CancellationToken ct) =>
        int.TryParse(idOrName, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Providers.Where(p => p.Id == id).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            : await db.Providers.Where(p => p.Name == idOrName).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);

    private static int Refused(IReadOnlyList<UserError> errors)
    {
        foreach (var error in errors)
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/]");
        return 2;
    }
}
