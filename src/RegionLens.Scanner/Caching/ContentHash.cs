using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Caching;

/// <summary>SHA-256 of inputs, as lower-case hex. A cryptographic hash rather than a fast one: it comes with the
/// runtime (no package), and hashing a solution's sources costs little next to parsing them.</summary>
internal static class ContentHash
{
    /// <summary>Whether a file of this length is hashed by its content. A file the loader does not open (empty, which
    /// may be a pipe, or over <see cref="CSharpSourceFile.MaxBytes"/>) is described by its length instead
    /// (<see cref="OfLength"/>), so that hashing never blocks on a pipe nor reads a huge generated file.</summary>
    public static bool IsRead(long length) => length > 0 && length <= CSharpSourceFile.MaxBytes;

    public static string OfLength(long length) => "length:" + length.ToString(CultureInfo.InvariantCulture);

    /// <summary>The hash of the file's bytes; null when it is missing or cannot be read.</summary>
    public static string? OfContent(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
