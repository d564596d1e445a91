namespace RegionLens.Scanner.Caching;

/// <summary>What one document's analysis read beyond its own text: the files whose syntax or semantic model it
/// asked for, the method names whose call sites it looked up, and whether it asked which options class is bound to
/// which section.</summary>
internal sealed class DocumentReads
{
    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    public bool UsedOptionsBindings { get; set; }
}

/// <summary>
/// The reads of the document being analysed on this thread. Each document is analysed by one iteration of a
/// parallel loop, start to end on one thread with no awaits, so a thread-static slot is the document's own; the
/// hooks (the semantic-model function, the call-site index, the options bindings) write into whatever is current.
/// </summary>
internal static class DependencyRecorder
{
    [ThreadStatic]
    private static DocumentReads? _current;

    public static void File(string path) => _current?.Files.Add(path);

    public static void Name(string name) => _current?.Names.Add(name);

    public static void OptionsBindings()
    {
        if (_current is { } reads)
        {
            reads.UsedOptionsBindings = true;
        }
    }

    /// <summary>Records into <paramref name="reads"/> until the returned scope is disposed.</summary>
    public static Scope Begin(DocumentReads? reads)
    {
        var previous = _current;
        _current = reads;
        return new Scope(previous);
    }

    public readonly struct Scope(DocumentReads? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
