namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Reads the environment variables of each profile in <c>Properties/launchSettings.json</c> that override
/// configuration: <c>AWS__Region</c> overrides key <c>AWS:Region</c>, as the environment-variables configuration
/// provider maps a double underscore to a section separator. Each profile becomes a configuration source whose
/// environment is <c>launchSettings:&lt;profile&gt;</c>.
/// </summary>
public static class LaunchSettingsReader
{
    private const string ProfilesPrefix = "profiles:";
    private const string VariablesSegment = ":environmentVariables:";

    public static string PathIn(string projectFolder) => Path.Combine(projectFolder, "Properties", "launchSettings.json");

    /// <exception cref="ConfigParseException">The file is not valid JSON.</exception>
    public static IReadOnlyList<ConfigFile> Read(string path)
    {
        var overrides = new Dictionary<string, List<ConfigEntry>>(StringComparer.Ordinal);
        foreach (var entry in AppSettingsReader.Read(path).Entries)
        {
            if (!entry.Key.StartsWith(ProfilesPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The segment is looked for after "profiles:": in `profiles:environmentVariables:…` (a profile named
            // environmentVariables) it would start inside the prefix, and the profile's name would have a negative
            // length (found by fuzzing: ArgumentOutOfRangeException).
            var variables = entry.Key.IndexOf(VariablesSegment, ProfilesPrefix.Length, StringComparison.OrdinalIgnoreCase);
            var name = variables < 0 ? null : entry.Key[(variables + VariablesSegment.Length)..];
            if (name is null || !name.Contains("__", StringComparison.Ordinal))
            {
                continue;
            }

            var profile = entry.Key[ProfilesPrefix.Length..variables];
            if (!overrides.TryGetValue(profile, out var entries))
            {
                entries = [];
                overrides[profile] = entries;
            }

            entries.Add(entry with { Key = name.Replace("__", ":", StringComparison.Ordinal) });
        }

        return [.. overrides
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ConfigFile(path, "launchSettings:" + pair.Key, pair.Value))];
    }
}
