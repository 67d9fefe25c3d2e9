using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>
/// The real Credential Engine ingest examples in ../shared/data (not in the repository, so not on CI) parse without a crash
/// and give the records they hold. Skipped where the folder is absent.
/// </summary>
public sealed class RealCtdlSamplesTests
{
    // shared/ sits beside the repository (CI, the main checkout) or two levels up (a git worktree under wt/).
    private static string Folder => new[] { "..", Path.Combine("..", "..") }
        .Select(up => Path.GetFullPath(Path.Combine(CatalogueFiles.RepositoryRoot, up, "shared", "data", "credential-engine-ctdl-samples",
            "registry-ingest-examples")))
        .FirstOrDefault(Directory.Exists) ?? "../shared/data/credential-engine-ctdl-samples/registry-ingest-examples";

    [SkippableFact]
    public void Every_ingest_example_parses_and_credentials_and_learning_opportunities_are_found()
    {
        Skip.IfNot(Directory.Exists(Folder), $"The CTDL samples are not here ({Folder}).");
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
