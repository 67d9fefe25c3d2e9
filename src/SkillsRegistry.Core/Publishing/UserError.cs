namespace SkillsRegistry.Core.Publishing;

/// <summary>Why a write was refused.</summary>
public enum UserErrorKind
{
    /// <summary>A value is missing, malformed, out of range or names something that does not exist.</summary>
    Validation,

    /// <summary>No such record — or one the caller may not change (the two are not told apart).</summary>
    NotFound,

    /// <summary>The caller has no key, or its key does not allow this operation.</summary>
    NotAuthorized,

    /// <summary>The record changed since the caller read it (its version is no longer the expected one).</summary>
    Conflict,
}

/// <summary>A problem with a write, with the path of the input field it concerns.</summary>
public sealed record UserError(UserErrorKind Kind, string Message, IReadOnlyList<string> Path, int? CurrentVersion = null)
{
    public static UserError Invalid(string field, string message) => new(UserErrorKind.Validation, message, ["input", .. field.Split('.')]);

    public static UserError NotFound(string field, string what) =>
        new(UserErrorKind.NotFound, $"No {what} with this id, or it is not yours to change.", ["input", field]);

    public static UserError NotAuthorized(string message) => new(UserErrorKind.NotAuthorized, message, []);
}

/// <summary>The outcome of a write: the record when it succeeded, otherwise every problem found.</summary>
public sealed record WriteResult<T>(T? Value, IReadOnlyList<UserError> Errors)
    where T : class;

public static class WriteResult
{
    public static WriteResult<T> Ok<T>(T value) where T : class => new(value, []);

    public static WriteResult<T> Fail<T>(params IReadOnlyList<UserError> errors) where T : class => new(null, errors);
}
