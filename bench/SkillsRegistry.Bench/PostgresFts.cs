namespace SkillsRegistry.Bench;

/// <summary>PostgreSQL full-text search comparison (GIN over a tsvector), when a cluster can be started.</summary>
internal static class PostgresFts
{
    public static Task RunAsync(string sqliteConnection, Results results, Taxonomy taxonomy, SuiteOptions options)
    {
        _ = (sqliteConnection, taxonomy, options);
        results.PostgresStatus = "not measured: not implemented in this harness yet";
        return Task.CompletedTask;
    }
}
