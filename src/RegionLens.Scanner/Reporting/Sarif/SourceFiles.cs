using System.Text;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>The scanned files' lines, read once per report: the line hash GitHub expects and the end of the value a
/// location points at both come from the text. Only positions and hashes leave this class, never the text.</summary>
internal sealed class SourceFiles(string root)
{
    // Larger files are not source files worth hashing, and reading them would slow the report down.
    private const long MaxBytes = 8 * 1024 * 1024;

    // Keeps a byte-order mark as U+FEFF, as the upload action's reader does, so that line 1 hashes the same.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);

    public SourceFile? Get(string relativePath)
    {
        if (!_files.TryGetValue(relativePath, out var file))
        {
            file = Load(relativePath);
            _files[relativePath] = file;
        }

        return file;
    }

    private SourceFile? Load(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return null;
            }

            return new SourceFile(Utf8.GetString(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
