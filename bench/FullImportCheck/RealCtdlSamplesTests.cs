using SkillsRegistry.Core.Import.Formats;

namespace SkillsRegistry.Core.Tests.Import;

/// <summary>
/// The real Credential Engine ingest examples in ../shared/data (reference-only, never copied into the repository)
/// parse without a crash and give the records they hold. Local check (bench/full-import-check.sh), not CI.
/// </summary>
public sealed class RealCtdlSamplesTests
{
    private static string Folder => Path.Combine(Environment.GetEnvironmentVariable("SKILLSREGISTRY_FULL_DATA")
        ?? throw new InvalidOperationException("SKILLSREGISTRY_FULL_DATA must name the shared data folder (see bench/full-import-check.sh)."),
        "credential-engine-ctdl-samples", "registry-ingest-examples");

    [Fact]
    public void Every_ingest_example_parses_and_credentials_and_learning_opportunities_are_found()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var source = CredentialFileImporter.Parse(CredentialFileFormat.Ctdl, Path.GetFileName(file), File.ReadAllBytes(file));
            var name = Path.GetFileName(file);
            if (name.StartsWith("Organization", StringComparison.Ordinal))
            {
                Assert.Empty(source.Credentials);
                continue;
            }
            Assert.NotEmpty(source.Credentials);
            Assert.All(source.Credentials, c => Assert.StartsWith("ce-", c!.ExternalId, StringComparison.Ordinal));
            for (var i = 0; i < source.Credentials.Count; i++)
            {
                Assert.True(source.ErrorsOf(i).Count == 0, $"{name} {source.CredentialLocations[i].Label}: {string.Join("; ", source.ErrorsOf(i))}");
            }
        }
        var degree = CredentialFileImporter.Parse(CredentialFileFormat.Ctdl, "Credential-1.json", File.ReadAllBytes(Path.Combine(Folder, "Credential-1.json")));
        Assert.Equal("Degree", Assert.Single(degree.Credentials)!.Type);
    }
}
