using System.Text.Json.Nodes;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing.Export;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>Exports the shipped catalogue, imports the export into a fresh database and compares the fields both carry.</summary>
public sealed class RoundTripTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task Ctdl_export_imports_back_to_the_same_records()
    {
        var originals = await SeedAsync();
        var path = Write("ctdl", CtdlExport.ToGraph(originals));
        var copy = Fixture.NewDatabase();

        var report = await ImportFileAsync(CredentialFileFormat.Ctdl, path, database: copy);

        Assert.Empty(report.Rejected);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: originals.Count);
        var imported = (await CredentialsAsync(copy)).ToDictionary(c => c.ExternalId!, StringComparer.Ordinal);
        foreach (var original in originals)
        {
            var back = imported[CtdlExport.CtidOf(original)];
            Assert.Equal(Ctdl(original), Ctdl(back));
            Assert.Equal(Alignments(original), Alignments(back));
            Assert.Equal(Provider(original.Provider), Provider(back.Provider));
            Assert.Equal(original.PartOf.Select(p => CtdlExport.CtidOf(p.Whole)).Order(StringComparer.Ordinal),
                back.PartOf.Select(p => p.Whole.ExternalId!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Open_badges_export_imports_back_to_the_same_records()
    {
        var originals = await SeedAsync();
        var path = Write("ob3", new JsonArray([.. originals.Select(c => (JsonNode)OpenBadgeExport.ToAchievement(c))]));
        var copy = Fixture.NewDatabase();

        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, path, database: copy);

        Assert.Empty(report.Rejected);
        var imported = (await CredentialsAsync(copy)).ToDictionary(c => c.ExternalId!, StringComparer.Ordinal);
        Assert.Equal(originals.Count, imported.Count);
        foreach (var original in originals)
        {
            var back = imported[OpenBadgeExport.IdOf(original)];
            Assert.Equal((original.Title, original.Description, original.Type), (back.Title, back.Description, back.Type));
            Assert.Equal(original.Languages.Take(1), back.Languages);
            Assert.Equal(original.Alignments.Select(a => a.Competency.Uri).Distinct().Order(StringComparer.Ordinal),
                back.Alignments.Select(a => a.Competency.Uri).Order(StringComparer.Ordinal));
            Assert.Equal(Provider(original.Provider) with { Identifiers = "" }, Provider(back.Provider) with { Identifiers = "" });
        }
    }

    [Fact]
    public void An_export_names_the_credential_by_its_stored_ids_or_stable_derived_ones()
    {
        var provider = new Provider { Id = 7, Name = "Example", Country = "DE" };
        var plain = new Credential { Title = "A", ExternalId = "x-1", Provider = provider };
        var stored = new Credential { Title = "B", ExternalId = "x-2", Provider = provider, Ctid = "ce-00000000-0000-4000-8000-000000000001", OpenBadgeId = "https://x.example/b" };

        Assert.Equal(CtdlExport.CtidOf(plain), CtdlExport.CtidOf(new Credential { Title = "A again", ExternalId = "x-1", Provider = provider }));
        Assert.NotEqual(CtdlExport.CtidOf(plain), CtdlExport.CtidOf(new Credential { Title = "A", ExternalId = "x-3", Provider = provider }));
        Assert.Matches("^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", CtdlExport.CtidOf(plain));
        Assert.Equal(stored.Ctid, CtdlExport.CtidOf(stored));
        Assert.Equal(stored.OpenBadgeId, OpenBadgeExport.IdOf(stored));
        Assert.StartsWith("urn:uuid:", OpenBadgeExport.IdOf(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Exporting_without_the_navigations_it_writes_fails_instead_of_dropping_them()
    {
        var provider = new Provider { Id = 7, Name = "Example", Country = "DE" };
        var unaligned = new Credential { Title = "A", ExternalId = "x-1", Provider = provider, Alignments = [new CredentialAlignment { AssertedBy = "x", CompetencyId = 3 }] };
        var orphan = new Credential { Title = "B", ExternalId = "x-2", Provider = null! };

        Assert.Contains("Competency", Assert.Throws<ArgumentException>(() => CtdlExport.ToJsonLd(unaligned)).Message, StringComparison.Ordinal);
        Assert.Contains("Competency", Assert.Throws<ArgumentException>(() => OpenBadgeExport.ToAchievement(unaligned)).Message, StringComparison.Ordinal);
        Assert.Contains("Provider", Assert.Throws<ArgumentException>(() => CtdlExport.ToJsonLd(orphan)).Message, StringComparison.Ordinal);
    }

    private async Task<List<Credential>> SeedAsync()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        return await CredentialsAsync();
    }

    private string Write(string name, JsonNode document)
    {
        var path = Path.Combine(Fixture.Directory, $"{name}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    private static object Ctdl(Credential c) => new
    {
        c.Title,
        c.Description,
        c.Type,
        c.Status,
        c.DeliveryMode,
        c.CostAmount,
        c.CostCurrency,
        c.DurationDays,
        c.Hours,
        c.EctsCredits,
        c.Url,
        c.ValidFrom,
        c.ValidUntil,
        Languages = string.Join(",", c.Languages),
        Regions = string.Join(",", c.Regions),
    };

    private static List<(string, AlignmentType, double)> Alignments(Credential c) =>
        [.. c.Alignments.Select(a => (a.Competency.Uri, a.Type, a.Weight)).Order()];

    private static ProviderFields Provider(Provider p) =>
        new(p.Name, p.Country, p.Region, p.Website, string.Join(",", p.Identifiers.Order(StringComparer.Ordinal)));

    private sealed record ProviderFields(string Name, string Country, string? Region, string? Website, string Identifiers);
}
