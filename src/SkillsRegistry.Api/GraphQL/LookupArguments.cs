using GraphQL;

namespace SkillsRegistry.Api.GraphQL;

internal static class LookupArguments
{
    /// <summary>The name of the one lookup argument that was given; an error when none or several were.</summary>
    public static string ExactlyOne(IResolveFieldContext context, params string[] names)
    {
        var given = names.Where(n => context.GetArgument<object?>(n) is not null).ToList();
        if (given.Count != 1)
        {
            throw new ExecutionError($"Give exactly one of {string.Join(", ", names.Select(n => $"'{n}'"))}; got {given.Count}.")
            { Code = "INVALID_LOOKUP" };
        }
        return given[0];
    }
}
