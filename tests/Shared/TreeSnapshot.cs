using System.Security.Cryptography;

namespace RegionLens.Tests.Shared;

/// <summary>Every file and folder under a root with its size, last write time and content hash: two snapshots
/// are equal only if nothing was added, removed or changed.</summary>
internal static class TreeSnapshot
{
    public static IReadOnlyList<string> Take(string root)
    {
        var entries = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            entries.Add("dir  " + Path.GetRelativePath(root, folder));
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(file);
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            entries.Add($"file {Path.GetRelativePath(root, file)} {info.Length} {info.LastWriteTimeUtc.Ticks} {hash}");
        }

        entries.Sort(StringComparer.Ordinal);
        return entries;
    }
}
