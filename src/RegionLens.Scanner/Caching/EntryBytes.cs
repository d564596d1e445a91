using System.Runtime.InteropServices;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// The binary layout under <see cref="EntryCodec"/>: a header (magic, format, body length, checksum of the body), then
/// the body: a table of every distinct string, then the values, each string as its place in the table (0 for null),
/// counts and small numbers as 7-bit variable-length integers. Paths repeat in every part of an entry, so the table
/// makes the file smaller and reading it allocates each string once.
/// </summary>
internal static class EntryBytes
{
    /// <summary>"RLCACHE" and a version byte of the framing itself.</summary>
    public static ReadOnlySpan<byte> Magic => "RLCACHE\u0001"u8;

    /// <summary>Magic, format (int32), body length (int32), checksum (uint64).</summary>
    public const int HeaderLength = 8 + 4 + 4 + 8;

    /// <summary>FNV-1a over 64-bit words with a shift to mix high bits down: not a defence against anyone, only a way
    /// to make a damaged entry (a torn disk write, a flipped bit) a miss, at well under a millisecond a megabyte.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime = 1099511628211UL;
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
            hash ^= hash >> 29;
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * Prime;
        }

        return hash ^ (ulong)bytes.Length;
    }
}
