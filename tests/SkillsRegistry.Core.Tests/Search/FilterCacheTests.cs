using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>Equal filters share one cached filter; filters that differ never do, even when their text looks alike; a full cache drops the least recently used.</summary>
public sealed class FilterCacheTests
{
    [Fact]
    public void The_same_filter_built_twice_is_one_cached_filter()
    {
        var filter = new CredentialSearchFilter { Countries = ["DE", "FR"], MaxEqfLevel = 5 };
        Assert.Same(FilterCache.For(FilterQueryBuilder.Build(filter)), FilterCache.For(FilterQueryBuilder.Build(filter with { })));
    }

    [Fact]
    public void Different_filters_are_different_cached_filters()
    {
        var german = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["DE"] }));
        var french = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["FR"] }));
        var level = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["DE"], MaxEqfLevel = 5 }));
        Assert.NotSame(german, french);
        Assert.NotSame(german, level);
    }

    [Fact]
    public void A_value_that_reads_like_another_clause_is_not_confused_with_it()
    {
        var crafted = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Languages = ["en country:DE"] }));
        var twoClauses = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Languages = ["en"], Countries = ["DE"] }));
        Assert.NotSame(crafted, twoClauses);
    }

    [Fact]
    public void A_full_cache_keeps_the_filter_in_use_and_drops_the_least_recently_used()
    {
        var hot = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["DE"], MaxHours = 0.5m }));
        var cold = FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["FR"], MaxHours = 0.5m }));

        for (var i = 1; i <= FilterCache.MaxFilters * 2; i++)
        {
            FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { MaxHours = 1000 + i }));
            if (i % 10 == 0)
                Assert.Same(hot, FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["DE"], MaxHours = 0.5m })));
        }

        Assert.Same(hot, FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["DE"], MaxHours = 0.5m })));
        Assert.NotSame(cold, FilterCache.For(FilterQueryBuilder.Build(new CredentialSearchFilter { Countries = ["FR"], MaxHours = 0.5m })));
    }
}
