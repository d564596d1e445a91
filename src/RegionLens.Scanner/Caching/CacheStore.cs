namespace RegionLens.Scanner.Caching;

/// <summary>
/// One entry per scan target in the cache folder, named by a hash of the target (root and entry files). Reading never
/// fails a scan: a missing, unreadable or corrupt entry is a miss. Writing goes to a temporary file in the same
/// folder and is renamed over the entry, so that a reader sees the old entry or the new one, never half of one, and
/// two scans writing at once each leave a whole entry (the last rename wins).
/// </summary>
internal sealed class CacheStore(CacheSettings settings, string targetKey)
{
    /// <summary>Named by a 64-bit hash of the target rather than SHA-256: loading the cryptography library cost a warm
    /// scan several milliseconds when nothing else needs it. Two targets of the same name only take turns in one
    /// entry: the entry holds its whole key, and an entry for another key is a miss.</summary>
    private string EntryPath { get; } = Path.Combine(settings.Directory, "scans",
        EntryBytes.Checksum(System.Text.Encoding.UTF8.GetBytes(targetKey)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + ".entry");

    /// <summary>Where the JSON entries of earlier builds were kept for this target.</summary>
    private string LegacyEntryPath => Path.Combine(settings.Directory, "scans", ContentHash.OfText(targetKey) + ".json");

    /// <summary>The stored entry, or null with the reason when there is none that can be used.</summary>
    public (CacheEntry? Entry, string? Problem) Read()
    {
        try
        {
            if (!File.Exists(EntryPath))
            {
                return (null, null);
            }

            // Read whole, then decoded from memory: the entry is a few megabytes at most and is needed entirely.
            return EntryCodec.Read(File.ReadAllBytes(EntryPath)) is { } entry ? (entry, null) : (null, "cache entry is of another format; scanning afresh");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
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
            var bytes = EntryCodec.Write(entry);
            Directory.CreateDirectory(Path.GetDirectoryName(EntryPath)!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, EntryPath, overwrite: true);
            // No build reads the JSON entries any more; the first write in this layout removes this target's.
            TryDelete(LegacyEntryPath);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            return $"cache could not be written ({e.Message})";
        }
    }

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
