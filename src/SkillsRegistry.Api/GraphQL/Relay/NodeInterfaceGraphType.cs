using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Relay;

public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a global id; fetch any of them with `node(id:)` (Relay object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id, stable across releases of this API.");
    }
}
