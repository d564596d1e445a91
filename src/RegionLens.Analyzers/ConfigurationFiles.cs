using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Configuration;
using RegionLens.Core.Model;

namespace RegionLens.Analyzers;

/// <summary>A value of a configuration file, with the file it is written in.</summary>
internal sealed class ConfigurationValue
{
    public ConfigurationValue(AdditionalText file, string fileName, AppSettingsEntry entry)
    {
        File = file;
        FileName = fileName;
        Entry = entry;
    }

    public AdditionalText File { get; }
    public string FileName { get; }
    public AppSettingsEntry Entry { get; }
}

/// <summary>
/// The <c>appsettings*.json</c> files given to the compiler as AdditionalFiles (the package's build props add them),
/// base file first and then the overlays by name, as configuration reads them. A file that does not parse is left
/// out: the scanner reports it; a build is no place to fail on it.
/// </summary>
internal sealed class ConfigurationFiles
{
    private readonly List<(AdditionalText File, string Name, Dictionary<string, AppSettingsEntry> ByKey)> _files;

    private ConfigurationFiles(List<(AdditionalText File, string Name, Dictionary<string, AppSettingsEntry> ByKey)> files) => _files = files;

    public static ConfigurationFiles Read(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = new List<(AdditionalText, string, Dictionary<string, AppSettingsEntry>)>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var settings = additionalFiles
            .Where(f => IsAppSettings(f.Path) && paths.Add(f.Path))
            .OrderBy(f => AppSettingsJson.EnvironmentOf(f.Path) is null ? 0 : 1)
            .ThenBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal);
        foreach (var file in settings)
        {
            if (file.GetText(cancellationToken) is { } text && AppSettingsJson.Flatten(text.ToString()) is { } entries)
            {
                var byKey = new Dictionary<string, AppSettingsEntry>(StringComparer.OrdinalIgnoreCase);
                foreach (var entry in entries)
                {
                    byKey[entry.Key] = entry;
                }

                files.Add((file, Path.GetFileName(file.Path), byKey));
            }
        }

        return new ConfigurationFiles(files);
    }

    public static bool IsAppSettings(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The non-empty values under <paramref name="key"/> in each file, or each element of a list read as a
    /// whole (<see cref="ConfigKeys.ElementsSuffix"/>).</summary>
    public IEnumerable<ConfigurationValue> Values(string key)
    {
        var isList = key.EndsWith(ConfigKeys.ElementsSuffix, StringComparison.Ordinal);
        var section = ConfigKeys.Display(key) + ":";
        foreach (var (file, name, byKey) in _files)
        {
            var found = isList
                ? byKey.Values.Where(e => IsElementOf(e.Key, section)).OrderBy(e => e.Line)
                : byKey.TryGetValue(key, out var entry) ? new[] { entry } : Enumerable.Empty<AppSettingsEntry>();
            foreach (var value in found.Where(e => e.Value.Length > 0))
            {
                yield return new ConfigurationValue(file, name, value);
            }
        }
    }

    private static bool IsElementOf(string key, string section) =>
        key.StartsWith(section, StringComparison.OrdinalIgnoreCase)
        && int.TryParse(key.Substring(section.Length), NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
