using SkillsRegistry.Api.Cli;
using SkillsRegistry.Api.Features.Gaps;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.Features.Search;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Http;
using SkillsRegistry.Api.GraphQL.Limits;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Api.Ide;

if (RegistryCli.IsCommand(args))
    return await RegistryCli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddShippedSettings();
builder.Services.AddRegistryData(builder.Configuration);
builder.Services.AddRegistryStartup(builder.Configuration); // migrate and seed before anything else starts
builder.Services.AddRegistrySearch(builder.Configuration);
builder.Services.AddRegistryPublishing();
builder.Services.AddRegistryGraphQL(builder.Configuration);
builder.Services.AddRegistryRateLimits(builder.Configuration);
builder.Services.AddRegistryGaps(builder.Configuration);
builder.Services.AddRegistryHealthChecks();
builder.Services.AddRegistryTelemetry(builder.Configuration);

var app = builder.Build();
app.UseDatabaseUnavailableResponses();
app.UseApiKeyAuthentication();
app.UseIdempotencyKeys();
app.UseRateLimiter();
app.UseGraphiQL();
app.MapGraphQLEndpoint();
app.MapRegistryHealthChecks();
app.MapRegistryMetrics();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
