using System.Text.Json;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// One entry per scan target in the cache folder, named by a hash of the target (root and entry files). Reading never
/// fails a scan: a missing, unreadable or corrupt entry is a miss. Writing goes to a temporary file in the same
/// folder and is renamed over the entry, so that a reader sees the old entry or the new one, never half of one, and
/// two scans writing at once each leave a whole entry (the last rename wins).
/// </summary>
internal sealed class CacheStore(CacheSettings settings, string targetKey)
{
    private string EntryPath => Path.Combine(settings.Directory, "scans", ContentHash.OfText(targetKey) + ".json");

    /// <summary>The stored entry, or null with the reason when there is none that can be used.</summary>
    public (CacheEntry? Entry, string? Problem) Read()
    {
        try
        {
            if (!File.Exists(EntryPath))
            {
                return (null, null);
            }

            using var stream = File.OpenRead(EntryPath);
            var entry = JsonSerializer.Deserialize(stream, CacheJson.Default.CacheEntry);
            return entry is { Format: CacheEntry.CurrentFormat } && IsWhole(entry) ? (entry, null) : (null, "cache entry is of another format or incomplete; scanning afresh");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return (null, $"cache entry could not be read ({e.GetType().Name}); scanning afresh");
        }
    }

    /// <summary>Writes the entry; a cache that cannot be written is reported and otherwise ignored.</summary>
    public string? Write(CacheEntry entry)
    {
        var temporary = EntryPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(EntryPath)!);
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, entry, CacheJson.Default.CacheEntry);
            }

            File.Move(temporary, EntryPath, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            return $"cache could not be written ({e.Message})";
        }
    }

    /// <summary>JSON that parses may still lack members (a hand-edited or truncated-then-fixed file): every list and
    /// map the reuse walks must be there.</summary>
    private static bool IsWhole(CacheEntry entry) =>
        entry.Key is not null && entry.Inputs is not null && entry.Projects is not null && entry.LoadNotifications is not null
        && entry.Files is not null && entry.Documents is not null && entry.OptionsSections is not null
        && entry.Projects.All(p => p is { FilePath: not null, Name: not null, ProjectReferences: not null, SourceFiles: not null, LanguageVersion: not null, PreprocessorSymbols: not null })
        && entry.Files.Values.All(f => f is { Shape: not null, CalledNames: not null } && (f.Literals is null || f.Literals.All(l => l?.Text is not null)))
        && entry.LoadNotifications.All(n => n is { Message: not null })
        && entry.Documents.All(d => d is { Path: not null, Project: not null, Evidence: not null, Observations: not null, Clients: not null, ReadFiles: not null, LookedUpNames: not null }
            && d.Evidence.All(e => e is { Sink: not null, Locations: not null } && e.Locations.All(l => l?.Path is not null))
            && d.Observations.All(o => o is { Detail: not null, Locations: not null } && o.Locations.All(l => l?.Path is not null))
            && d.Clients.All(c => c is { Client: not null, Values: not null, Locations: not null } && c.Locations.All(l => l?.Path is not null)));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file in the cache folder harms nothing.
        }
    }
}
