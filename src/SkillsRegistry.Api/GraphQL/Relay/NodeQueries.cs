using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.GraphQL.Relay;

public static class NodeQueries
{
    public const int MaxNodes = 100;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Any object by its global id; null when the id is unknown or malformed.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id.")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description($"Objects by global id, in the order asked (null for unknown ids); at most {MaxNodes}.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                    throw new ExecutionError($"At most {MaxNodes} ids may be asked for at once; got {ids.Count}.") { Code = "TOO_MANY_IDS" };
                var pending = ids.Select(id => Load(c, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var p in pending)
                    results.Add(p is global::GraphQL.DataLoader.IDataLoaderResult r ? await r.GetResultAsync(c.CancellationToken) : null);
                return results;
            });
    }

    private static object? Load(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id))
            return null;
        return type switch
        {
            nameof(Credential) => context.LoadById<Credential>(id),
            nameof(Competency) => context.LoadById<Competency>(id),
            nameof(Occupation) => context.LoadById<Occupation>(id),
            nameof(Provider) => context.LoadById<Provider>(id),
            nameof(CompetencyFramework) => context.LoadById<CompetencyFramework>(id),
            _ => null,
        };
    }
}
