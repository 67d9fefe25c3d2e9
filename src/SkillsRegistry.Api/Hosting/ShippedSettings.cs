using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace SkillsRegistry.Api.Hosting;

public static class ShippedSettings
{
    /// <summary>
    /// Adds the appsettings.json shipped next to the executable as the lowest-priority source. The server and the CLI
    /// work in the folder they are started from (so <c>./data</c> and relative import paths mean what they say), where
    /// the default content-root lookup would not find the settings file.
    /// </summary>
    public static void AddShippedSettings(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
