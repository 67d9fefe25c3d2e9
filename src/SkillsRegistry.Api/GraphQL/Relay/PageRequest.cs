using System.Globalization;
using GraphQL;

namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>
/// A forward page: <c>first</c> items after the opaque cursor <c>after</c>. Cursors encode a position in the
/// requested order (ties broken by id), so a page is stable as long as the data does not change under it.
/// </summary>
public readonly record struct PageRequest(int Skip, int Take)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = First(context, options);
        var after = context.GetArgument<string?>("after");
        var skip = after is null ? 0 : DecodeCursor(after) + 1;
        return new PageRequest(skip, first);
    }

    /// <summary>The <c>first</c> argument, checked against the configured page size.</summary>
    public static int First(IResolveFieldContext context, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw new ExecutionError(string.Create(CultureInfo.InvariantCulture,
                $"Argument 'first' must be between 0 and {options.MaxPageSize}; it was {first}. Page through larger results with 'after'."))
            { Code = "PAGE_SIZE_OUT_OF_RANGE" };
        }
        return first;
    }

    public static string EncodeCursor(int position) => OpaqueCursor.Encode("cursor", position);

    private static int DecodeCursor(string cursor) =>
        OpaqueCursor.TryDecode(cursor, "cursor", out var position) && position <= int.MaxValue
            ? (int)position
            : throw new ExecutionError($"Argument 'after' is not a cursor returned by this API: '{cursor}'.") { Code = "INVALID_CURSOR" };
}
