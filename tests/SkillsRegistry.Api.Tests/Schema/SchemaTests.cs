using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace SkillsRegistry.Api.Tests.Schema;

/// <summary>The published schema is the committed src/SkillsRegistry.Api/schema.graphql: every change shows in review.</summary>
public sealed class SchemaTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private ISchema Schema
    {
        get
        {
            var schema = fixture.Factory.Services.GetRequiredService<RegistrySchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void Schema_matches_the_committed_schema_graphql()
    {
        var sdl = Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        Snapshot.Match(sdl, new SnapshotFullName("schema.graphql", RepositoryPaths.Under("src", "SkillsRegistry.Api")));
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                        missing.Add($"{type.Name}.{field.Name}");
                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }
        Assert.Empty(missing);
    }
}
