using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Data.Sqlite;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>
/// Mutated import files of every format (structural JSON edits, CSV cell and shape edits, byte damage) either import —
/// with rejections that carry a location — or fail with <see cref="ImportFormatException"/>; nothing else escapes. A failed
/// import and a dry run leave every table exactly as it was; a successful one writes what its report counts.
/// A failure prints CsCheck's seed: rerun with the environment variable <c>CsCheck_Seed</c> set to it.
/// </summary>
public sealed class ImportFuzzTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    private static readonly Dictionary<CredentialFileFormat, (string Name, byte[] Bytes)[]> _valid = new()
    {
        [CredentialFileFormat.Ctdl] = [ValidFile("ctdl-graph.json")],
        [CredentialFileFormat.OpenBadges] =
        [
            ValidFile("openbadges.json"), ValidFile("mitlearn_courseCertificate.json"), ValidFile("mitlearn_moduleCertificate.json"),
            ValidFile("mitlearn_programCertificate.json"),
        ],
        [CredentialFileFormat.Elm] = [ValidFile("Sample-MC-Annex1-unsigned.jsonld"), ValidFile("Sample-CertOfPart-unsigned.jsonld")],
        [CredentialFileFormat.Csv] = [ValidFile("credentials.csv")],
        [CredentialFileFormat.Catalogue] = [("catalogue-excerpt.json", CatalogueExcerpt(5))],
    };

    public static TheoryData<CredentialFileFormat> Formats => [.. Enum.GetValues<CredentialFileFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_mutated_file_parses_or_fails_with_a_format_error(CredentialFileFormat format)
    {
        Cases(format).Sample(mutation =>
        {
            try
            {
                CredentialFileImporter.Parse(format, "fuzz", mutation.Bytes);
            }
            catch (ImportFormatException)
            {
            }
        }, iter: format == CredentialFileFormat.Elm ? 200 : 800, print: m => m.ToString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_mutated_file_is_imported_all_or_nothing(CredentialFileFormat format)
    {
        var outcomes = new HashSet<string>();
        await Cases(format).SampleAsync(async mutation =>
        {
            var before = await SnapshotAsync();
            var dryRun = mutation.Seed % 5 == 0;
            ImportReport report;
            try
            {
                await using var db = CatalogueDatabaseFixture.Open(Database);
                report = await new CredentialFileImporter(Clock).ImportAsync(db, format, new MemoryStream(mutation.Bytes), "fuzz",
                    new CredentialImportOptions(dryRun), null, CancellationToken.None);
            }
            catch (ImportFormatException)
            {
                outcomes.Add("format error");
                Assert.Equal(before, await SnapshotAsync());
                return;
            }
            var after = await SnapshotAsync();
            Assert.All(report.Rejected, r => Assert.False(string.IsNullOrEmpty(r.Location), r.Reason));
            if (dryRun)
            {
                outcomes.Add("dry run");
                Assert.Equal(before, after);
                return;
            }
            var credentials = report.For(CatalogueRun.CredentialEntity);
            outcomes.Add(report.Rejected.Count > 0 ? "imported with rejections" : "imported");
            Assert.Equal(credentials.Inserted, after.Rows("Credentials") - before.Rows("Credentials"));
            // Every written credential has its revision; a changed stackability link also gives the other end (which the report
            // may count unchanged, or not at all) a revision of its parts.
            Assert.True(after.Rows("CredentialRevisions") - before.Rows("CredentialRevisions") >= credentials.Inserted + credentials.Updated);
            Assert.True(after.Rows("SearchOutbox") - before.Rows("SearchOutbox") >= credentials.Inserted + credentials.Updated);
        }, iter: 80, threads: 1, print: m => m.ToString());
        // About one CSV mutation in eight is a format error: 20 iterations missed them all in about one run in sixteen.
        Assert.Contains("format error", outcomes);
    }

    private static Gen<Mutation> Cases(CredentialFileFormat format)
    {
        var files = _valid[format];
        return Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int[0, int.MaxValue]).Select((file, seed) =>
        {
            var mutator = new ImportMutator(seed);
            var bytes = format == CredentialFileFormat.Csv ? mutator.MutateCsv(files[file].Bytes) : mutator.MutateJson(files[file].Bytes);
            return new Mutation(files[file].Name, seed, bytes, mutator.Log);
        });
    }

    private static (string, byte[]) ValidFile(string name) => (name, File.ReadAllBytes(FixturePath(name)));

    /// <summary>The first credentials of the shipped catalogue with the providers they name: small enough to import often.</summary>
    private static byte[] CatalogueExcerpt(int credentials)
    {
        var catalogue = CatalogueFiles.LoadShipped();
        var kept = catalogue["credentials"]!.AsArray().Take(credentials).Select(c => c!.DeepClone()).ToList();
        var names = kept.Select(c => (string?)c!["provider"]).ToHashSet(StringComparer.Ordinal);
        var providers = catalogue["providers"]!.AsArray().Where(p => names.Contains((string?)p!["name"])).Select(p => p!.DeepClone()).ToList();
        var excerpt = new JsonObject
        {
            ["schemaVersion"] = catalogue["schemaVersion"]!.DeepClone(),
            ["providers"] = new JsonArray([.. providers]),
            ["credentials"] = new JsonArray([.. kept]),
        };
        return Encoding.UTF8.GetBytes(excerpt.ToJsonString());
    }

    /// <summary>Every table's row count and a hash of its content, read outside any transaction.</summary>
    private async Task<TableSnapshot> SnapshotAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var names = await list.ExecuteReaderAsync();
            while (await names.ReadAsync())
                tables.Add(names.GetString(0));
        }
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var count = 0;
            while (await rows.ReadAsync())
            {
                count++;
                for (var i = 0; i < rows.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes($"{rows.GetValue(i)}\u001f"));
                hash.AppendData("\u001e"u8);
            }
            snapshot[table] = $"{count} rows, {Convert.ToHexString(hash.GetHashAndReset())[..16]}";
        }
        return new TableSnapshot(snapshot);
    }

    public sealed record Mutation(string File, int Seed, byte[] Bytes, IReadOnlyList<string> Log)
    {
        public override string ToString() => $"{File}, mutation seed {Seed}: {string.Join("; ", Log)}";
    }

    private sealed record TableSnapshot(SortedDictionary<string, string> Tables)
    {
        public int Rows(string table) => int.Parse(Tables[table].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        public bool Equals(TableSnapshot? other) => other is not null && Tables.SequenceEqual(other.Tables);

        public override int GetHashCode() => Tables.Count;

        public override string ToString() => string.Join(", ", Tables.Select(t => $"{t.Key}: {t.Value}"));
    }
}
