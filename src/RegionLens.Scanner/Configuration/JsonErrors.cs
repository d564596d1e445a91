using System.Text.Json;

namespace RegionLens.Scanner.Configuration;

/// <summary>System.Text.Json's messages end with "LineNumber: 4 | BytePositionInLine: 0." — zero-based, and repeating
/// what the notification already says with a one-based line. The reason alone is kept.</summary>
internal static class JsonErrors
{
    public static ConfigParseException ParseError(string path, JsonException e)
    {
        var message = e.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return new ConfigParseException(path, (int)(e.LineNumber ?? 0) + 1, suffix < 0 ? message : message[..suffix]);
    }
}
