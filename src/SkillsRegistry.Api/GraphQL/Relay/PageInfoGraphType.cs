using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Relay;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection stands (Relay cursor connections).";
        Field(p => p.HasNextPage).Description("True when more items follow; pass `endCursor` as `after` to get them.");
        Field(p => p.HasPreviousPage).Description("True when items precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first item of the page, null when the page is empty.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item of the page, null when the page is empty.");
    }
}
