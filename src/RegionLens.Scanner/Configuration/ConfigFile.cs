namespace RegionLens.Scanner.Configuration;

/// <summary>A parsed configuration file. Keys are case-insensitive, as Microsoft.Extensions.Configuration reads them.
/// <see cref="Environment"/> is <c>Production</c> for <c>appsettings.Production.json</c>, null for the base file.</summary>
public sealed class ConfigFile(string path, string? environment, IReadOnlyList<ConfigEntry> entries)
{
    private readonly Dictionary<string, ConfigEntry> _byKey = entries
        .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public string Path { get; } = path;
    public string? Environment { get; } = environment;
    public IReadOnlyList<ConfigEntry> Entries { get; } = entries;

    public ConfigEntry? Find(string key) => _byKey.GetValueOrDefault(key);
}
