using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// Reads one C# file of the scanned tree, deciding from its metadata first, as <see cref="Discovery.ReadableFile"/> does
/// for configuration: a named pipe or device called <c>*.cs</c> would block the scan on open, so nothing with no length
/// is opened; and a file far larger than hand-written code is generated, holds no settings, and would only cost memory.
/// </summary>
internal static class CSharpSourceFile
{
    /// <summary>Roslyn's own generated files stay well under this; a hand-written file never comes near it.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static SyntaxTree? Parse(string path, CSharpParseOptions options, Notifications notifications)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                // An empty file and a pipe look alike here; an empty tree keeps the file in its project without opening it.
                return CSharpSyntaxTree.ParseText(string.Empty, options, path);
            }

            if (length > MaxBytes)
            {
                notifications.Add(NotificationLevel.Warning, $"skipped: {length} bytes, larger than the {MaxBytes / (1024 * 1024)} MB limit for C# files", path);
                return null;
            }

            using var stream = File.OpenRead(path);
            return CSharpSyntaxTree.ParseText(SourceText.From(stream), options, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", path);
            return null;
        }
    }
}
