using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Tests.Catalogue.ShippedCatalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>
/// The bulk insert of new credentials must write exactly the rows the tracked path (change tracker + save hook) writes:
/// credentials, alignments, revisions with their snapshots and changes, audit entries, outbox rows and the stamp.
/// </summary>
public sealed class BulkInsertTests(CatalogueDatabaseFixture fixture)
    : CatalogueImporterTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    // Sub-millisecond ticks: the SQLite DateTimeOffset converter drops some of them, which the snapshot must reflect.
    private static readonly DateTimeOffset _oddNow = Start.AddTicks(1_234_567);

    [Fact]
    public async Task Bulk_and_tracked_imports_write_the_same_rows()
    {
        var tracked = Fixture.NewDatabase();
        Clock.Now = _oddNow;
        var bulkProgress = new List<ImportProgress>();
        var bulkReport = await ImportAsync(Database, CatalogueFiles.ShippedCatalogue, bulk: true, bulkProgress);
        var trackedProgress = new List<ImportProgress>();
        var trackedReport = await ImportAsync(tracked, CatalogueFiles.ShippedCatalogue, bulk: false, trackedProgress);

        // Most credentials took the bulk path (those in a stackability link stay tracked); the tracked run wrote none in bulk.
        var bulkWritten = bulkProgress.Where(p => p.Step.EndsWith("writing new credentials", StringComparison.Ordinal)).Select(p => p.RowsDone).DefaultIfEmpty().Max();
        Assert.InRange(bulkWritten, Credentials / 2, Credentials - 1);
        Assert.DoesNotContain(trackedProgress, p => p.Step.EndsWith("writing new credentials", StringComparison.Ordinal));
        Assert.Equal(Describe(trackedReport), Describe(bulkReport));

        var expected = await RowsAsync(tracked);
        var actual = await RowsAsync(Database);
        Assert.Equal(Credentials, actual.Credentials.Count);
        Assert.Equal(Alignments, actual.Alignments.Count);
        Assert.Equal(Credentials, actual.Revisions.Count);
        AssertSame(expected.Credentials, actual.Credentials);
        AssertSame(expected.Alignments, actual.Alignments);
        AssertSame(expected.Revisions, actual.Revisions);
        AssertSame(expected.Audit, actual.Audit);
        AssertSame(expected.Outbox, actual.Outbox);
        AssertSame(expected.Stamps, actual.Stamps);
    }

    [Fact]
    public async Task Reimport_after_a_bulk_import_is_unchanged_and_an_edit_updates_through_the_tracked_path()
    {
        Clock.Now = _oddNow;
        await ImportAsync(Database, CatalogueFiles.ShippedCatalogue, bulk: true, []);
        var unchanged = await ImportAsync(Database, CatalogueFiles.ShippedCatalogue, bulk: true, []);
        AssertCounts(unchanged, "Credential", unchanged: Credentials);
        AssertCounts(unchanged, "CredentialAlignment", unchanged: Alignments);

        var edited = CatalogueFiles.WriteVariant(Fixture.Directory, doc => doc["credentials"]![0]!["title"] = "Renamed after a bulk import");
        var report = await ImportAsync(Database, edited, bulk: true, []);

        AssertCounts(report, "Credential", updated: 1, unchanged: Credentials - 1);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        var revision = await db.Revisions.AsNoTracking().Where(r => r.Version == 2).SingleAsync();
        Assert.Equal(RevisionKind.Updated, revision.Kind);
        Assert.Contains("Renamed after a bulk import", revision.Changes, StringComparison.Ordinal);
        Assert.Equal(Credentials + 1, await db.Revisions.CountAsync());
    }

    [Fact]
    public async Task Keys_continue_after_the_highest_ever_used_like_autoincrement()
    {
        await ImportAsync(Database, CatalogueFiles.ShippedCatalogue, bulk: true, []);
        int lastId;
        long lastRevision;
        await using (var db = CatalogueDatabaseFixture.Open(Database))
        {
            lastId = await db.Credentials.MaxAsync(c => c.Id);
            lastRevision = await db.Revisions.MaxAsync(r => r.Id);
            // A deleted newest credential: its id must not be given again (AUTOINCREMENT semantics, as EF inserts have).
            await db.Credentials.Where(c => c.Id == lastId).ExecuteDeleteAsync();
        }
        var added = CatalogueFiles.WriteVariant(Fixture.Directory, doc =>
        {
            var copy = doc["credentials"]![0]!.DeepClone();
            copy["externalId"] = "bulk-key-test";
            copy["partOf"] = new JsonArray();
            doc["credentials"]!.AsArray().Add(copy);
        });

        var report = await ImportAsync(Database, added, bulk: true, []);

        Assert.Equal(2, report.For("Credential").Inserted);
        await using var check = CatalogueDatabaseFixture.Open(Database);
        var ids = await check.Credentials.Where(c => c.Id > lastId - 1).Select(c => c.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal([lastId + 1, lastId + 2], ids);
        Assert.Equal(lastRevision + 2, await check.Revisions.MaxAsync(r => r.Id));
        Assert.Equal(Credentials + 2, await check.Revisions.CountAsync());
    }

    [Fact]
    public async Task A_dry_run_through_the_bulk_path_leaves_no_rows()
    {
        var before = await RowsAsync(Database);
        var progress = new List<ImportProgress>();
        await using (var db = CatalogueDatabaseFixture.Open(Database))
        await using (var stream = File.OpenRead(CatalogueFiles.ShippedCatalogue))
        {
            var report = await new CredentialFileImporter(Clock).ImportAsync(db, CredentialFileFormat.Catalogue, stream, "catalogue.json",
                new CredentialImportOptions(DryRun: true), new ListProgress(progress), CancellationToken.None);
            AssertCounts(report, "Credential", inserted: Credentials);
        }

        Assert.Contains(progress, p => p.Step.EndsWith("writing new credentials", StringComparison.Ordinal));
        var after = await RowsAsync(Database);
        await using var check = CatalogueDatabaseFixture.Open(Database);
        Assert.Equal(0, await check.Providers.CountAsync());
        AssertSame(before.Credentials, after.Credentials);
        AssertSame(before.Alignments, after.Alignments);
        AssertSame(before.Revisions, after.Revisions);
        AssertSame(before.Audit, after.Audit);
        AssertSame(before.Outbox, after.Outbox);
        AssertSame(before.Stamps, after.Stamps);
    }

    [Fact]
    public async Task A_failure_part_way_through_the_bulk_insert_leaves_nothing()
    {
        var before = await RowsAsync(Database);
        await using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Fails on the 301st credential: after the providers, the tracked credentials (fewer than half, see above) and many bulk rows.
            command.CommandText = """
                CREATE TRIGGER fail_part_way BEFORE INSERT ON Credentials
                WHEN (SELECT COUNT(*) FROM Credentials) >= 300
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """;
            await command.ExecuteNonQueryAsync();
        }
        var error = await Assert.ThrowsAsync<SqliteException>(() => ImportAsync(Database, CatalogueFiles.ShippedCatalogue, bulk: true, []));

        Assert.Contains("injected failure", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(BulkCredentialInsert), error.StackTrace, StringComparison.Ordinal);
        var after = await RowsAsync(Database);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        Assert.Equal(0, await db.Providers.CountAsync());
        Assert.Equal(before.Credentials, after.Credentials);
        Assert.Equal(before.Alignments, after.Alignments);
        Assert.Equal(before.Revisions, after.Revisions);
        Assert.Equal(before.Audit, after.Audit);
        Assert.Equal(before.Outbox, after.Outbox);
        Assert.Equal(before.Stamps, after.Stamps);
    }

    private async Task<ImportReport> ImportAsync(string database, string path, bool bulk, List<ImportProgress> progress)
    {
        await using var db = CatalogueDatabaseFixture.Open(database);
        return await new CatalogueImporter(Clock) { BulkInsert = bulk }.ImportAsync(db, path, new ListProgress(progress), CancellationToken.None);
    }

    /// <summary>Equal lists; on a difference, shows the first differing pair in full.</summary>
    private static void AssertSame(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Count, actual.Count);
    }

    private static string Describe(ImportReport report) =>
        string.Join("; ", report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.Inserted}/{c.Value.Updated}/{c.Value.Unchanged}"))
        + " | " + string.Join("; ", report.Rejected.Select(r => $"{r.Line} {r.Reason}"));

    /// <summary>Every row the import writes, with credential ids replaced by (provider id, external id) — ids depend on insertion order.</summary>
    private static async Task<Rows> RowsAsync(string database)
    {
        await using var db = CatalogueDatabaseFixture.Open(database);
        var credentials = await db.Credentials.AsNoTracking().OrderBy(c => c.ProviderId).ThenBy(c => c.ExternalId).ToListAsync();
        var keys = credentials.ToDictionary(c => c.Id, c => $"{c.ProviderId}/{c.ExternalId}");
        string Key(int id) => keys.TryGetValue(id, out var key) ? key : $"missing {id}";
        var credentialRows = credentials.Select(c =>
        {
            var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(c))!.AsObject();
            json.Remove("Id");
            return json.ToJsonString();
        }).ToList();
        var alignments = (await db.Alignments.AsNoTracking().ToListAsync())
            .Select(a => $"{Key(a.CredentialId)} {a.CompetencyId} {a.Type} {a.Weight} {a.ProficiencyLevel} {a.AssertedBy} {a.Method} {a.AssertedAt.UtcTicks}")
            .Order(StringComparer.Ordinal).ToList();
        var revisions = await db.Revisions.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var revisionKeys = revisions.ToDictionary(r => r.Id, r => $"{Key(r.CredentialId)} v{r.Version}");
        var revisionRows = revisions
            .Select(r => $"{Key(r.CredentialId)} {r.ProviderId} v{r.Version} {r.Kind} {r.Status} {r.Actor} {(r.Changes is null ? "-" : Changes(r.Changes, Key))} {Snapshot(r.Snapshot, Key)}")
            .Order(StringComparer.Ordinal).ToList();
        var audit = (await db.AuditLog.AsNoTracking().ToListAsync())
            .Select(a => $"{a.Action} {a.EntityType} {(a.EntityType == nameof(Credential) ? Key(a.EntityId) : a.EntityId.ToString(System.Globalization.CultureInfo.InvariantCulture))} "
                + $"{a.ProviderId} {a.Actor} {a.Summary} {(a.RevisionId is { } id ? revisionKeys[id] : "-")}")
            .Order(StringComparer.Ordinal).ToList();
        var outbox = (await db.SearchOutbox.AsNoTracking().Select(o => o.CredentialId).ToListAsync()).Select(Key).Order(StringComparer.Ordinal).ToList();
        var stamps = await db.DataStamps.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name + "=" + s.Value).ToListAsync();
        return new Rows(credentialRows, alignments, revisionRows, audit, outbox, stamps);
    }

    private static string Snapshot(string json, Func<int, string> key)
    {
        var snapshot = JsonNode.Parse(json)!.AsObject();
        snapshot["id"] = key(snapshot["id"]!.GetValue<int>());
        foreach (var list in new[] { "partOf", "parts" })
            snapshot[list] = Keys(snapshot[list], key);
        return snapshot.ToJsonString();
    }

    private static string Changes(string json, Func<int, string> key)
    {
        var changes = JsonNode.Parse(json)!.AsArray();
        foreach (var change in changes.Where(c => c!["field"]!.GetValue<string>() is "partOf" or "parts"))
        {
            change!["old"] = Keys(change["old"], key);
            change["new"] = Keys(change["new"], key);
        }
        return changes.ToJsonString();
    }

    private static JsonArray? Keys(JsonNode? ids, Func<int, string> key) => ids is null ? null
        : new JsonArray([.. ids.AsArray().Select(n => key(n!.GetValue<int>())).Order(StringComparer.Ordinal).Select(k => (JsonNode?)k)]);

    private sealed record Rows(List<string> Credentials, List<string> Alignments, List<string> Revisions, List<string> Audit, List<string> Outbox, List<string> Stamps);

    private sealed class ListProgress(List<ImportProgress> list) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => list.Add(value);
    }
}
