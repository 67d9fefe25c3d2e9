using System.CommandLine;
using GraphQL;
using GraphQL.Utilities;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.Hosting;

namespace SkillsRegistry.Api.Cli;

internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL with descriptions), as committed in schema.graphql.");
        command.SetAction(parse =>
        {
            var builder = Host.CreateApplicationBuilder([.. parse.UnmatchedTokens]);
            builder.Configuration.AddShippedSettings();
            builder.Services.AddRegistryGraphQL(builder.Configuration);
            using var host = builder.Build();
            var schema = host.Services.GetRequiredService<RegistrySchema>();
            Console.Out.Write(schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }));
            return 0;
        });
        return command;
    }
}
