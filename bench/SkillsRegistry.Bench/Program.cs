using System.Globalization;
using SkillsRegistry.Bench;

// Verbs: generate --count N --seed S --out file.json [--data DIR] [--per-file K]
//        gaps --count N [--seed S] [--data DIR] [--api PATH.dll] [--seconds 10] [--max-requests 2000] [--import-minutes 10] [--fresh] [--coverage-runs 3]
//        prepare --count N [--work DIR] [--import-minutes 10] [--reuse]   (the database the gaps suite reuses)
//        bulk-import --count N [--seed S] [--data DIR] [--tracked-count 20000] [--catch-up-minutes 10] [--imports-only]
//        soak [--minutes 10] [--reads-per-second 40] [--writes-per-second 2] [--api PATH.dll]
//        abuse [--seconds 30] [--normal-concurrency 4] [--attackers-per-kind 1] [--slow-clients 100] [--api PATH.dll]
//        search --count N [--seed S] [--data DIR] [--api PATH.dll] [--seconds 8] [--max-requests 4000] [--import-minutes 10] [--no-http] [--no-postgres] [--work DIR --reuse [--reuse-index]]
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: SkillsRegistry.Bench generate --count N --seed S --out file.json [--data /work/shared/data] [--per-file K]");
    Console.WriteLine("       SkillsRegistry.Bench bulk-import --count N [--seed S] [--data DIR] [--tracked-count 20000] [--catch-up-minutes 10] [--imports-only]");
    Console.WriteLine("       SkillsRegistry.Bench soak [--minutes 10] [--reads-per-second 40] [--writes-per-second 2]");
    Console.WriteLine("       SkillsRegistry.Bench abuse [--seconds 30] [--normal-concurrency 4] [--attackers-per-kind 1] [--slow-clients 100]");
    Console.WriteLine("       SkillsRegistry.Bench search --count N [--seed S] [--data DIR] [--api path/SkillsRegistry.Api.dll] [--seconds 8] [--max-requests 4000] [--import-minutes 10] [--per-file 25000] [--no-http] [--no-postgres] [--work DIR --reuse [--reuse-index]]");
    return 2;
}
var options = Options.Parse(args.Skip(1));
var dataRoot = options.Get("data", Environment.GetEnvironmentVariable("SKILLSREGISTRY_FULL_DATA") ?? "/work/shared/data");
var count = options.GetInt("count", 100_000);
var seed = options.GetInt("seed", 20_261_123);
switch (args[0])
{
    case "generate":
        {
            var outPath = options.Get("out", "catalogue.json");
            var taxonomy = Taxonomy.Load(dataRoot);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var files = new Generator(taxonomy, count, seed).Write(outPath, options.GetInt("per-file", int.MaxValue));
            Console.WriteLine($"{count:N0} credentials in {files.Count} file(s) ({files.Sum(f => new FileInfo(f).Length) / 1048576.0:F0} MB) in {watch.Elapsed.TotalSeconds:F1} s: {string.Join(", ", files)}");
            return 0;
        }
    case "search":
        {
            var repo = RepoRoot();
            var suite = new SearchSuite(new SuiteOptions(count, seed, dataRoot, repo,
                Path.GetFullPath(options.Get("api", Path.Combine(repo, "src", "SkillsRegistry.Api", "bin", "Release", "net10.0", "SkillsRegistry.Api.dll"))),
                options.GetInt("seconds", 8), options.GetInt("max-requests", 4000),
                TimeSpan.FromMinutes(options.GetInt("import-minutes", 10)), options.GetInt("per-file", 25_000),
                options.Has("no-http"), options.Has("no-postgres"),
                options.Has("work") ? Path.GetFullPath(options.Get("work", "")) : null, options.Has("reuse"), options.Has("reuse-index")));
            await suite.RunAsync();
            return 0;
        }
    case "gaps":
        {
            var repo = RepoRoot();
            var suite = new GapsSuite(new GapsOptions(count, seed, dataRoot, repo,
                Path.GetFullPath(options.Get("api", Path.Combine(repo, "src", "SkillsRegistry.Api", "bin", "Release", "net10.0", "SkillsRegistry.Api.dll"))),
                options.GetInt("seconds", 10), options.GetInt("max-requests", 2000),
                TimeSpan.FromMinutes(options.GetInt("import-minutes", 10)), options.GetInt("per-file", 25_000),
                options.Has("fresh"), options.GetInt("coverage-runs", 3)));
            await suite.RunAsync();
            return 0;
        }
    case "prepare":
        {
            var repo = RepoRoot();
            var work = Path.GetFullPath(options.Get("work", Path.Combine(repo, "bench", "work", $"gaps-{count}")));
            var prepared = await BenchData.PrepareAsync(work, count, seed, dataRoot, options.GetInt("per-file", 25_000),
                TimeSpan.FromMinutes(options.GetInt("import-minutes", 10)), reuse: options.Has("reuse"));
            Console.WriteLine($"{prepared.Credentials:N0} credentials in {work}");
            return 0;
        }
    case "soak":
        {
            var repo = RepoRoot();
            await new SoakSuite(new SoakOptions(repo, ApiDll(options, repo), options.GetInt("minutes", 10),
                options.GetInt("reads-per-second", 40), options.GetInt("writes-per-second", 2))).RunAsync();
            return 0;
        }
    case "abuse":
        {
            var repo = RepoRoot();
            await new AbuseSuite(new AbuseOptions(repo, ApiDll(options, repo), options.GetInt("seconds", 30), options.GetInt("normal-concurrency", 4),
                options.GetInt("attackers-per-kind", 1), options.GetInt("slow-clients", 100))).RunAsync();
            return 0;
        }
    case "bulk-import":
        {
            var suite = new BulkImportSuite(new BulkOptions(count, seed, dataRoot, RepoRoot(), Math.Min(count, options.GetInt("tracked-count", 20_000)),
                TimeSpan.FromMinutes(options.GetInt("catch-up-minutes", 10)), options.Has("imports-only")));
            await suite.RunAsync();
            return 0;
        }
    default:
        Console.Error.WriteLine($"Unknown verb {args[0]}");
        return 2;
}

static string ApiDll(Options options, string repo) =>
    Path.GetFullPath(options.Get("api", Path.Combine(repo, "src", "SkillsRegistry.Api", "bin", "Release", "net10.0", "SkillsRegistry.Api.dll")));

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SkillsRegistry.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException("Run from inside the repository (SkillsRegistry.sln not found above the current directory).");
}

internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var o = new Options();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Unexpected argument {list[i]}");
            var name = list[i][2..];
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            o._values[name] = hasValue ? list[++i] : null;
        }
        return o;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public int GetInt(string name, int fallback) => _values.GetValueOrDefault(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
