using System.Text;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>Turns byte offsets into a UTF-8 file (as Utf8JsonReader reports them) into 1-based line and column, the
/// column counted in characters.</summary>
internal sealed class Utf8TextPositions(string path, byte[] bytes)
{
    private readonly List<int> _lineStarts = LineStarts(bytes);

    public SourceLocation At(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        return new SourceLocation(path, line + 1, Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1);
    }

    /// <summary>Where the JSON starts: after a UTF-8 byte-order mark, which Utf8JsonReader does not skip.</summary>
    public static int ContentStart(byte[] bytes) => HasBom(bytes) ? 3 : 0;

    private static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { ContentStart(bytes) };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
