namespace RegionLens.Scanner.Scanning;

/// <summary>Collects notifications from every stage; the scan root is stripped from paths and messages so that
/// output does not depend on where the tree was checked out.</summary>
public sealed class Notifications(string root)
{
    private readonly List<Notification> _items = [];
    private readonly Lock _gate = new();

    /// <summary>The scan root, for the stages that must tell a path inside the scanned tree from one outside it.</summary>
    public string Root => root;

    public void Add(NotificationLevel level, string message, string? absolutePath = null, int? line = null)
    {
        var path = absolutePath is null ? null : PathText.Relative(root, absolutePath);
        lock (_gate)
        {
            _items.Add(new Notification(level, PathText.StripRoot(root, message), path, line));
        }
    }

    /// <summary>Every notification as added (paths already relative), for a scan cache to keep.</summary>
    internal IReadOnlyList<Notification> Recorded()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>Adds notifications that <see cref="Recorded"/> gave, as they are.</summary>
    internal void AddRecorded(IEnumerable<Notification> recorded)
    {
        lock (_gate)
        {
            _items.AddRange(recorded);
        }
    }

    public IReadOnlyList<Notification> Sorted()
    {
        lock (_gate)
        {
            return [.. _items.Distinct()
                .OrderBy(n => n.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(n => n.Line ?? 0)
                .ThenBy(n => n.Message, StringComparer.Ordinal)];
        }
    }
}
