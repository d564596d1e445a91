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

    /// <summary>The elements of the list at <paramref name="section"/> (<c>AWS:Regions:0</c>, <c>AWS:Regions:1</c>), in
    /// index order, as the configuration binder fills an array or list from them.</summary>
    public IReadOnlyList<ConfigEntry> Elements(string section)
    {
        var prefix = section + ":";
        return [.. _byKey.Values
            .Select(e => (Entry: e, Index: e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(e.Key.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : -1))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Entry)];
    }
}
