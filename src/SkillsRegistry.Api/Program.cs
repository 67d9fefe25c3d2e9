using SkillsRegistry.Api.Cli;
using SkillsRegistry.Api.Features.Gaps;
using SkillsRegistry.Api.Features.Search;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Http;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Api.Ide;

if (RegistryCli.IsCommand(args))
    return await RegistryCli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddShippedSettings();
builder.Services.AddRegistryData(builder.Configuration);
builder.Services.AddRegistryStartup(builder.Configuration); // migrate and seed before anything else starts
builder.Services.AddRegistrySearch(builder.Configuration);
builder.Services.AddRegistryGraphQL(builder.Configuration);
builder.Services.AddRegistryGaps(builder.Configuration);
builder.Services.AddRegistryHealthChecks();

var app = builder.Build();
app.UseGraphiQL();
app.MapGraphQLEndpoint();
app.MapRegistryHealthChecks();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
