using System.Security.Cryptography;
using System.Text;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Caching;

/// <summary>SHA-256 of inputs, as lower-case hex. A cryptographic hash rather than a fast one: it comes with the
/// runtime (no package), and hashing a solution's sources costs little next to parsing them.</summary>
internal static class ContentHash
{
    /// <summary>The hash of a file as the loader would read it: a file the loader does not open (empty, which may be
    /// a pipe, or over <see cref="CSharpSourceFile.MaxBytes"/>) is described by its length instead, so that hashing
    /// never blocks on a pipe nor reads a huge generated file; null when the file is missing or unreadable.</summary>
    public static string? OfFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            if (info.Length == 0 || info.Length > CSharpSourceFile.MaxBytes)
            {
                return "length:" + info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

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
