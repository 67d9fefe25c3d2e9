using CsCheck;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>The competency label fields, analysed through the term cache, get exactly the terms English analysis gives the joined labels.</summary>
public sealed class LabelListTokenizerTests
{
    private static readonly Gen<string> _label = Gen.OneOf(
        Gen.String[Gen.Char["aAbcdeéßz019 '’-.,/()\n\u001f"], 0, 30],
        Gen.OneOf("the", "of", "Python (computer programming)", "managing a team's budget", "machine-learning", "C++", "e-mail", "https://example.org/x"),
        Gen.Char['a', 'z'].Array[250, 300].Select(chars => new string(chars)));

    private static readonly Gen<ConceptLabels> _concept = Gen.Select(_label, _label.List[0, 4], (preferred, alternative) =>
        new ConceptLabels(0, "urn:x", preferred, alternative, "esco"));

    [Fact]
    public void Label_lists_get_the_english_terms_of_their_joined_labels_cached_or_not()
    {
        using var writer = SearchAnalyzers.ForWriter();
        using var english = SearchAnalyzers.English();
        _concept.List[0, 6].Sample(concepts =>
        {
            var expected = SearchAnalyzers.Terms(english, IndexFields.Competency, string.Join("\n", concepts.SelectMany(k => k.AlternativeLabels.Prepend(k.PreferredLabel))));
            var list = CredentialDocumentMapper.LabelList(concepts);
            Assert.Equal(expected, SearchAnalyzers.Terms(writer, IndexFields.Competency, list));
            Assert.Equal(expected, SearchAnalyzers.Terms(writer, IndexFields.Broader, list));
        }, iter: 300);
    }

    [Fact]
    public void A_full_cache_keeps_what_it_has_and_still_analyses_new_labels()
    {
        using var english = SearchAnalyzers.English();
        var cache = new LabelTermCache(english, capacity: 1);
        using var analyzer = LabelListTokenizer.Analyzer(cache);
        var list = string.Join(ValueListTokenizer.Separator, "Python programming\nprogramming in Python", "", "managing budgets");

        Assert.Equal(["python", "program", "program", "python", "manag", "budget"], SearchAnalyzers.Terms(analyzer, IndexFields.Competency, list));
        Assert.Equal(["python", "program", "program", "python", "manag", "budget"], SearchAnalyzers.Terms(analyzer, IndexFields.Competency, list));
        Assert.Equal(1, cache.Count);
    }
}
