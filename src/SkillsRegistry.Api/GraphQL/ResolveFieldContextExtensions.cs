using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL;

internal static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>A short-lived context for one resolver: sibling resolvers run in parallel and must not share one.</summary>
    public static Task<RegistryDbContext> DbAsync(this IResolveFieldContext context) =>
        context.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(context.CancellationToken);

    public static PageRequest Page(this IResolveFieldContext context) =>
        PageRequest.From(context, context.Service<IOptions<PagingOptions>>().Value);
}
