using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// What one scan of a tree leaves for the next, as plain data (written by <see cref="EntryCodec"/>, no references
/// between objects): the key it is valid for, the hash of every input the code stage read, the projects as loaded,
/// the notifications loading gave, each C# file's <see cref="FileFacts"/> and each document's result with what it read.
/// </summary>
internal sealed record CacheEntry(
    int Format,
    string Key,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<ProjectRecord> Projects,
    IReadOnlyList<Notification> LoadNotifications,
    IReadOnlyDictionary<string, FileFacts> Files,
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyDictionary<string, string> OptionsSections)
{
    /// <summary>Raised whenever the layout changes, so that an entry written by another layout is a miss.</summary>
    public const int CurrentFormat = 5;

    /// <summary>Each input's length and last-write time when it was hashed (see <see cref="CodeInputs"/>); an input
    /// without one is read again.</summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps { get; init; } = new Dictionary<string, FileStamp>(StringComparer.Ordinal);

    /// <summary>UTC ticks of the moment before the inputs were first looked at: a stamp whose last-write time is not
    /// clearly older than this may hide a later edit in the same timestamp tick, so it is not trusted.</summary>
    public long StampedAt { get; init; }
}

/// <summary>What a stat tells of a file: its length and last-write time (UTC ticks).</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks);

/// <summary>A loaded project without its compilation, and how its files were parsed (for a later stage that reads
/// their syntax again). The language version is written as the compiler spells it (<c>12.0</c>, <c>latest</c>):
/// naming an enum's member goes through reflection, which costs a fresh process tens of milliseconds.</summary>
internal sealed record ProjectRecord(
    string FilePath, string Name, bool IsExecutable, IReadOnlyList<string> ProjectReferences, bool SyntaxOnly,
    IReadOnlyList<string> SourceFiles, string LanguageVersion, IReadOnlyList<string> PreprocessorSymbols);

internal sealed record LocationRecord(string Path, int Line, int Column)
{
    public static LocationRecord Of(SourceLocation location) => new(location.Path, location.Line, location.Column);

    public SourceLocation ToLocation() => new(Path, Line, Column);
}

internal sealed record EvidenceRecord(
    EvidenceKind Kind, string? Value, string? ConfigKey, string Sink, IReadOnlyList<LocationRecord> Locations, Confidence Confidence,
    bool IsComplete, bool IsInfrastructure, Origin Origin);

internal sealed record ObservationRecord(ObservationKind Kind, string Detail, IReadOnlyList<LocationRecord> Locations, Confidence Confidence);

internal sealed record ClientRecord(string Client, RegionSource Source, IReadOnlyList<string> Values, IReadOnlyList<LocationRecord> Locations, Confidence Confidence);

/// <summary>One document's result and its dependencies: the files it read (their models or syntax, and every file its
/// result points into), the call-site names it looked up, whether it used the options bindings.</summary>
internal sealed record DocumentRecord(
    string Path, string Project, IReadOnlyList<EvidenceRecord> Evidence, IReadOnlyList<ObservationRecord> Observations,
    IReadOnlyList<ClientRecord> Clients, string? Failure, IReadOnlyList<string> ReadFiles, IReadOnlyList<string> LookedUpNames,
    bool UsedOptionsBindings);
