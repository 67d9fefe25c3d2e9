namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Field names of the index. Credentials and suggestion entries share one index, told apart by <see cref="DocType"/>.</summary>
internal static class IndexFields
{
    public const string DocType = "doctype";
    public const string CredentialType = "credential";
    public const string SuggestionType = "suggestion";

    // Credential: identity (stored once, read through doc values) and full text.
    public const string Id = "id";
    public const string IdValue = "id_dv";
    public const string ProviderValue = "provider_dv";
    public const string Title = "title";
    public const string Description = "description";
    public const string Outcomes = "outcomes";
    public const string ProviderName = "provider_name";
    public const string Competency = "competency";
    public const string Broader = "broader";
    public const string StoredTitle = "hl_title";
    public const string StoredDescription = "hl_description";

    // Credential: exact-match filters.
    public const string ProviderId = "provider_id";
    public const string Country = "country";
    public const string Region = "region";
    public const string Type = "type";
    public const string Status = "status";
    public const string DeliveryMode = "delivery";
    public const string Language = "language";
    public const string Currency = "currency";
    public const string Framework = "framework";
    public const string CompetencyUri = "competency_uri";
    public const string AlignedUri = "aligned_uri";
    public const string Eqf = "eqf";

    /// <summary>The exact-match fields above, each indexed as one list through <see cref="KeywordListTokenizer"/>.</summary>
    public static readonly IReadOnlyList<string> KeywordLists =
        [ProviderId, Country, Region, Type, Status, DeliveryMode, Language, Currency, Framework, CompetencyUri, AlignedUri];
    public const string Cost = "cost";
    public const string Hours = "hours";

    // Credential: doc values for sorting.
    public const string SortCost = "s_cost";
    public const string SortCostNegated = "s_cost_neg";
    public const string SortHours = "s_hours";
    public const string SortCreated = "s_created";

    /// <summary>Prefix of the facet doc-values fields (<c>f_type</c>, …).</summary>
    public const string FacetPrefix = "f_";

    /// <summary>Separates a facet key from its label inside one doc value (<c>uri␟label</c>).</summary>
    public const char LabelSeparator = '\u001F';

    // Suggestion entries.
    public const string SuggestKind = "sg_kind";
    public const string SuggestId = "sg_id";
    public const string SuggestLabel = "sg_label";
    public const string SuggestMatched = "sg_matched";
    public const string SuggestText = "sg_text";
    public const string SuggestExact = "sg_exact";

    /// <summary>Text fields searched for user text, with their boosts (title &gt; competency labels &gt; the rest).</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> TextFields =
    [
        (Title, 4f), (Competency, 2.5f), (Broader, 1.2f), (ProviderName, 1.5f), (Description, 1f), (Outcomes, 1f),
    ];
}
