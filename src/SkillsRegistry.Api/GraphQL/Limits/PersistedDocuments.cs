using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.GraphQL.Http;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// Persisted documents: registered once (any API key), then called by <c>documentId: "sha256:&lt;hex&gt;"</c> instead of
/// sending the text. Documents are immutable (the id is the hash of the text), so they are cached for the process's life.
/// </summary>
public sealed class PersistedDocumentStore(IDbContextFactory<RegistryDbContext> contexts)
{
    private const string Prefix = "sha256:";
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public static string IdOf(string text) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The text of a registered document.</summary>
    /// <exception cref="GraphQLHttpException">The id is malformed or unknown (400).</exception>
    public async Task<string> TextAsync(string documentId, CancellationToken ct)
    {
        if (_texts.TryGetValue(documentId, out var cached))
            return cached;
        if (documentId.Length != Prefix.Length + 64 || !documentId.StartsWith(Prefix, StringComparison.Ordinal))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "A 'documentId' looks like sha256:<64 hex digits>.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var text = await db.PersistedDocuments.Where(d => d.Id == documentId).Select(d => d.Text).SingleOrDefaultAsync(ct)
            ?? throw new GraphQLHttpException(StatusCodes.Status400BadRequest, $"No persisted document {documentId}; register it with registerPersistedDocument.");
        _texts.TryAdd(documentId, text);
        return text;
    }

    /// <summary>Registers a document (idempotent: the same text gives the same id).</summary>
    public async Task<WriteResult<PersistedDocument>> RegisterAsync(string text, RegistryViewer caller, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsPublisher && !caller.IsAdmin)
            return WriteResult.Fail<PersistedDocument>(UserError.NotAuthorized("Registering a document needs an API key."));
        try
        {
            var document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 100 });
            if (!document.Definitions.OfType<GraphQLOperationDefinition>().Any())
                return WriteResult.Fail<PersistedDocument>(UserError.Invalid("document", "The document has no operation."));
            if (document.Definitions.OfType<GraphQLOperationDefinition>().Any(o => o.Operation != OperationType.Query))
                return WriteResult.Fail<PersistedDocument>(UserError.Invalid("document", "Only queries can be persisted; send mutations as text with your key."));
        }
        catch (GraphQLParserException ex)
        {
            return WriteResult.Fail<PersistedDocument>(UserError.Invalid("document", "The document does not parse: " + ex.Message));
        }
        var id = IdOf(text);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.PersistedDocuments.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (existing is not null)
            return WriteResult.Ok(existing);
        var stored = new PersistedDocument { Id = id, Text = text, RegisteredBy = caller.Actor, RegisteredAt = time.GetUtcNow() };
        db.PersistedDocuments.Add(stored);
        await db.SaveChangesAsync(ct);
        return WriteResult.Ok(stored);
    }
}

public sealed class PersistedDocumentGraphType : ObjectGraphType<PersistedDocument>
{
    public PersistedDocumentGraphType()
    {
        Name = "PersistedDocument";
        Description = "A registered query, callable by `documentId` instead of its text.";
        Field(d => d.Id).Description("Send this as `documentId` (`sha256:` and the hex SHA-256 of the text).");
        Field(d => d.Text).Description("The document's text.");
        Field(d => d.RegisteredAt).Description("When it was first registered.");
    }
}

public sealed class RegisterPersistedDocumentPayloadGraphType : ObjectGraphType<WriteResult<PersistedDocument>>
{
    public RegisterPersistedDocumentPayloadGraphType()
    {
        Name = "RegisterPersistedDocumentPayload";
        Description = "The registered document, or why it was refused.";
        Field<PersistedDocumentGraphType>("document").Description("The document; registering the same text again returns the same one.").Resolve(c => c.Source.Value);
        this.AddErrorsField();
    }
}

public sealed class RegisterPersistedDocumentInputGraphType : InputObjectGraphType
{
    public RegisterPersistedDocumentInputGraphType()
    {
        Name = "RegisterPersistedDocumentInput";
        Description = "A query document to register.";
        Field<NonNullGraphType<StringGraphType>>("document").Description("The GraphQL text (queries only); its SHA-256 becomes its id.");
    }
}

public static class PersistedDocumentMutations
{
    public static void AddPersistedDocumentMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RegisterPersistedDocumentPayloadGraphType>>("registerPersistedDocument")
            .Description("Register a query so clients can call it by `documentId` (any API key). Needed when anonymous callers may send only persisted documents.")
            .Argument<NonNullGraphType<RegisterPersistedDocumentInputGraphType>>("input", "The document.")
            .ResolveAsync(async c => await c.Service<PersistedDocumentStore>().RegisterAsync(
                (string)CredentialMutations.Input(c)["document"]!, ApiKeyAuthenticationHandler.ViewerOf(c.User), c.Service<TimeProvider>(), c.CancellationToken));
}
