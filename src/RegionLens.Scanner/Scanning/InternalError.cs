namespace RegionLens.Scanner.Scanning;

/// <summary>The notification for an exception a reader or extractor should never have thrown: the scan goes on
/// without that file, and the message asks for a report rather than showing a stack trace.</summary>
internal static class InternalError
{
    public static string Message(Exception e) => $"internal error while reading this file ({e.GetType().Name}: {e.Message}); please report it";
}
