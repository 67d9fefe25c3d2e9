using GraphQL.Types;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

public sealed class UserErrorInterfaceGraphType : InterfaceGraphType<UserError>
{
    public UserErrorInterfaceGraphType()
    {
        Name = "UserError";
        Description = "Why a mutation was refused. Nothing was written when a payload has errors.";
        Field(e => e.Message).Description("What is wrong, for a person.");
        Field(e => e.Path).Description("The input field concerned, e.g. [\"input\", \"alignments\", \"2\", \"weight\"]; empty when it is the whole request.");
    }
}

public abstract class UserErrorGraphType : ObjectGraphType<UserError>
{
    protected UserErrorGraphType(UserErrorKind kind, string name, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterfaceGraphType>();
        IsTypeOf = o => o is UserError e && e.Kind == kind;
        Field(e => e.Message).Description("What is wrong, for a person.");
        Field(e => e.Path).Description("The input field concerned; empty when it is the whole request.");
    }
}

public sealed class ValidationErrorGraphType() : UserErrorGraphType(UserErrorKind.Validation, "ValidationError",
    "A value is missing, malformed, out of range, or names something that does not exist.");

public sealed class NotFoundErrorGraphType() : UserErrorGraphType(UserErrorKind.NotFound, "NotFoundError",
    "No such record, or one the caller may not change: the two are deliberately not told apart.");

public sealed class NotAuthorizedErrorGraphType() : UserErrorGraphType(UserErrorKind.NotAuthorized, "NotAuthorizedError",
    "The request has no API key, or its key does not allow this operation.");

public sealed class ConflictErrorGraphType : UserErrorGraphType
{
    public ConflictErrorGraphType()
        : base(UserErrorKind.Conflict, "ConflictError", "The record changed since it was read: `expectedVersion` is stale. Nothing was overwritten.")
    {
        Field<NonNullGraphType<IntGraphType>>("currentVersion").Description("The record's version now.").Resolve(c => c.Source.CurrentVersion);
    }
}

public static class PayloadFields
{
    /// <summary>The <c>errors</c> field every mutation payload has.</summary>
    public static void AddErrorsField<T>(this ObjectGraphType<WriteResult<T>> payload)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(payload);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceGraphType>>>>("errors")
            .Description("Every problem found; empty on success (nothing was written otherwise).").Resolve(c => c.Source.Errors);
    }
}
