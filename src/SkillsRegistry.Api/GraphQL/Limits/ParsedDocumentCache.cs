using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.GraphQL.Http;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// Parsed documents by query text. Parsing is a large share of a small query's cost; validation still runs every
/// time, because limits such as page sizes can depend on variables.
/// </summary>
public sealed class ParsedDocumentCache(IOptions<GraphQLOptions> options)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity = options.Value.DocumentCacheSize;
    private readonly int _maxTokens = options.Value.MaxTokens;

    // Far above any legitimate nesting (the depth limit is 12), low enough that the recursive parser cannot overflow the stack.
    private const int MaxParserDepth = 100;

    /// <summary>The parsed document, or null when the text does not parse (the executer then reports the syntax error).</summary>
    public GraphQLDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
            return cached;
        GraphQLDocument document;
        try
        {
            RejectTooManyTokens(query);
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxParserDepth });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, $"The document is nested more than {MaxParserDepth} levels deep.");
        }
        if (_capacity > 0)
        {
            if (_documents.Count >= _capacity)
                _documents.Clear();
            _documents.TryAdd(query, document);
        }
        return document;
    }

    private void RejectTooManyTokens(string query)
    {
        var source = new ROM(query.AsMemory());
        var tokens = 0;
        for (var token = Lexer.Lex(source, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(source, token.End))
        {
            if (++tokens > _maxTokens)
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest,
                    $"The document has more than {_maxTokens} tokens (GraphQL:MaxTokens); split it or use fewer fields.");
            }
        }
    }
}
