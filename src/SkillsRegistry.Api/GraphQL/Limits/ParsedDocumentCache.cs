using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// Parsed documents by query text. Parsing is a large share of a small query's cost; validation still runs every
/// time, because limits such as page sizes can depend on variables.
/// </summary>
public sealed class ParsedDocumentCache(IOptions<GraphQLOptions> options)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity = options.Value.DocumentCacheSize;

    /// <summary>The parsed document, or null when the text does not parse (the executer then reports the syntax error).</summary>
    public GraphQLDocument? GetOrParse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
            return cached;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return null;
        }
        if (_capacity > 0)
        {
            if (_documents.Count >= _capacity)
                _documents.Clear();
            _documents.TryAdd(query, document);
        }
        return document;
    }
}
