using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Fact]
    public async Task Filters_are_and_ed_and_agree_with_the_database()
    {
        var filter = new CredentialSearchFilter
        {
            Countries = ["de", "FR"],
            Types = [CredentialType.MicroCredential, CredentialType.Certificate],
            DeliveryModes = [DeliveryMode.Online, DeliveryMode.Blended],
            Statuses = [CredentialStatus.Published],
            MinEqfLevel = 5,
            MaxEqfLevel = 6,
            Languages = ["en"],
            MaxCost = 1500,
            Currency = "EUR",
            MaxHours = 400,
        };
        await using var db = Fixture.OpenSeeded();
        var expected = await db.Credentials.Where(c =>
                (c.Provider.Country == "DE" || c.Provider.Country == "FR")
                && (c.Type == CredentialType.MicroCredential || c.Type == CredentialType.Certificate)
                && (c.DeliveryMode == DeliveryMode.Online || c.DeliveryMode == DeliveryMode.Blended)
                && c.Status == CredentialStatus.Published && c.EqfLevel >= 5 && c.EqfLevel <= 6
                && c.Languages.Contains("en") && c.CostCurrency == "EUR" && c.CostAmount <= 1500 && c.Hours <= 400)
            .Select(c => c.Id).ToListAsync();

        var ids = await IdsAsync(filter: filter);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToHashSet(), ids);
    }

    [Fact]
    public async Task Provider_region_and_framework_filters_agree_with_the_database()
    {
        await using var db = Fixture.OpenSeeded();
        var providers = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Take(6).ToListAsync();
        var filter = new CredentialSearchFilter { ProviderIds = providers, Regions = ["DE-BY", "fr-idf"], FrameworkKeys = ["esco-1.1.1"] };
        var expected = await db.Credentials.Where(c => providers.Contains(c.ProviderId)
                && (c.Regions.Contains("DE-BY") || c.Regions.Contains("FR-IDF"))
                && c.Alignments.Any(a => a.Competency.Framework.Key == "esco-1.1.1"))
            .Select(c => c.Id).ToListAsync();

        var ids = await IdsAsync(filter: filter);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToHashSet(), ids);
    }

    [Theory]
    [InlineData(ComputerProgrammingUri)]
    [InlineData(SoftwareGroupUri)]
    public async Task A_competency_filter_matches_the_concept_and_everything_below_it(string uri)
    {
        await using var db = Fixture.OpenSeeded();
        var below = await SearchReference.SelfAndNarrowerAsync(db, uri);
        var expected = await SearchReference.CredentialsAlignedToAsync(db, below);
        var direct = await db.Alignments.Where(a => a.Competency.Uri == uri).Select(a => a.CredentialId).ToListAsync();

        var ids = await IdsAsync(filter: new CredentialSearchFilter { CompetencyUris = [uri] });

        Assert.Equal(expected, ids);
        Assert.Contains(ids, id => !direct.Contains(id));
    }

    [Fact]
    public async Task Text_and_filter_together_narrow_the_text_results()
    {
        var filter = new CredentialSearchFilter { Countries = ["DE"] };
        await using var db = Fixture.OpenSeeded();
        var german = await db.Credentials.Where(c => c.Provider.Country == "DE").Select(c => c.Id).ToListAsync();

        var all = await IdsAsync("software");
        var filtered = await IdsAsync("software", filter);

        Assert.Equal(all.Intersect(german).ToHashSet(), filtered);
        Assert.NotEmpty(filtered);
    }
}
