namespace RegionLens.Scanner.Scanning;

public enum NotificationLevel
{
    Error,
    Warning,
    Note,
}

/// <summary>A problem the scan met and went past: a project that did not load, a file that did not parse.</summary>
public sealed record Notification(NotificationLevel Level, string Message, string? Path = null, int? Line = null);
