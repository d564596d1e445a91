using System.Security.Cryptography;
using System.Text;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Caching;

/// <summary>SHA-256 of inputs, as lower-case hex. A cryptographic hash rather than a fast one: it comes with the
/// runtime (no package), and hashing a solution's sources costs little next to parsing them.</summary>
internal static class ContentHash
{
    /// <summary>The hash of a file as the loader would read it, given its stat: a file the loader does not open
    /// (empty, which may be a pipe, or over <see cref="CSharpSourceFile.MaxBytes"/>) is described by its length
    /// instead, so that hashing never blocks on a pipe nor reads a huge generated file; null when the file is missing
    /// or unreadable. <paramref name="read"/> tells whether the file was opened.</summary>
    public static string? OfFile(FileInfo file, out bool read)
    {
        read = false;
        try
        {
            if (!file.Exists)
            {
                return null;
            }

            if (!IsRead(file.Length))
            {
                return "length:" + file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            read = true;
            using var stream = File.OpenRead(file.FullName);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether a file of this length is hashed by its content (otherwise by its length alone).</summary>
    public static bool IsRead(long length) => length > 0 && length <= CSharpSourceFile.MaxBytes;

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
