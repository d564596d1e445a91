using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// A <see cref="CacheEntry"/> as bytes (<see cref="EntryBytes"/>), written and read field by field. Every warm scan
/// reads a whole entry before it can answer; System.Text.Json spent more time building its serialisation metadata
/// than parsing, and parsing a 2 MB document of repeated paths took as long again. Reading this layout takes a few
/// milliseconds. A field added to a record must be added to both methods here: the reader calls each record's
/// constructor, so it does not compile until it reads the new field.
/// </summary>
internal static class EntryCodec
{
    public static byte[] Write(CacheEntry entry)
    {
        var writer = new EntryWriter();
        writer.String(entry.Key);
        writer.Long(entry.StampedAt);
        writer.Count(entry.Inputs.Count);
        foreach (var (path, hash) in entry.Inputs)
        {
            writer.String(path);
            writer.String(hash);
            var stamped = entry.Stamps.TryGetValue(path, out var stamp);
            writer.Bool(stamped);
            if (stamped)
            {
                writer.Long(stamp.Length);
                writer.Long(stamp.LastWriteTicks);
            }
        }

        writer.List(entry.Projects, WriteProject);
        writer.List(entry.LoadNotifications, WriteNotification);
        writer.Count(entry.Files.Count);
        foreach (var (path, facts) in entry.Files)
        {
            writer.String(path);
            WriteFacts(writer, facts);
        }

        writer.List(entry.Documents, WriteDocument);
        writer.Count(entry.OptionsSections.Count);
        foreach (var (name, section) in entry.OptionsSections)
        {
            writer.String(name);
            writer.String(section);
        }

        return writer.ToArray(entry.Format);
    }

    /// <summary>The entry; null when it is of another format.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a whole entry of this format.</exception>
    /// <exception cref="ArgumentException">A map holds a key twice.</exception>
    public static CacheEntry? Read(byte[] bytes)
    {
        if (EntryReader.Open(bytes, CacheEntry.CurrentFormat) is not { } reader)
        {
            return null;
        }

        var key = reader.String();
        var stampedAt = reader.Long();
        var inputCount = reader.Count();
        var inputs = new Dictionary<string, string>(inputCount, StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(inputCount, StringComparer.Ordinal);
        for (var i = 0; i < inputCount; i++)
        {
            var path = reader.String();
            inputs.Add(path, reader.String());
            if (reader.Bool())
            {
                stamps.Add(path, new FileStamp(reader.Long(), reader.Long()));
            }
        }

        var projects = reader.List(ReadProject);
        var notifications = reader.List(ReadNotification);
        var fileCount = reader.Count();
        var files = new Dictionary<string, FileFacts>(fileCount, StringComparer.Ordinal);
        for (var i = 0; i < fileCount; i++)
        {
            files.Add(reader.String(), ReadFacts(reader));
        }

        var documents = reader.List(ReadDocument);
        var sectionCount = reader.Count();
        var sections = new Dictionary<string, string>(sectionCount, StringComparer.Ordinal);
        for (var i = 0; i < sectionCount; i++)
        {
            sections.Add(reader.String(), reader.String());
        }

        reader.End();
        return new CacheEntry(CacheEntry.CurrentFormat, key, inputs, projects, notifications, files, documents, sections)
        {
            Stamps = stamps,
            StampedAt = stampedAt,
        };
    }

    private static void WriteProject(EntryWriter writer, ProjectRecord project)
    {
        writer.String(project.FilePath);
        writer.String(project.Name);
        writer.Bool(project.IsExecutable);
        writer.Strings(project.ProjectReferences);
        writer.Bool(project.SyntaxOnly);
        writer.Strings(project.SourceFiles);
        writer.String(project.LanguageVersion);
        writer.Strings(project.PreprocessorSymbols);
    }

    private static ProjectRecord ReadProject(EntryReader reader) =>
        new(reader.String(), reader.String(), reader.Bool(), reader.Strings(), reader.Bool(), reader.Strings(), reader.String(), reader.Strings());

    private static void WriteNotification(EntryWriter writer, Notification notification)
    {
        writer.Enum(notification.Level);
        writer.String(notification.Message);
        writer.String(notification.Path);
        writer.Bool(notification.Line.HasValue);
        if (notification.Line is { } line)
        {
            writer.Number(line);
        }
    }

    private static Notification ReadNotification(EntryReader reader) =>
        new((NotificationLevel)reader.Enum(typeof(NotificationLevel)), reader.String(), reader.NullableString(), reader.Bool() ? reader.Number() : null);

    private static void WriteFacts(EntryWriter writer, FileFacts facts)
    {
        writer.String(facts.Shape);
        writer.Strings(facts.CalledNames);
        writer.Bool(facts.HasBindingCalls);
        writer.Bool(facts.Literals is not null);
        if (facts.Literals is { } literals)
        {
            writer.List(literals, (w, literal) =>
            {
                w.Number(literal.Line);
                w.Number(literal.Column);
                w.String(literal.Text);
            });
        }
    }

    private static FileFacts ReadFacts(EntryReader reader) =>
        new(reader.String(), reader.Strings(), reader.Bool(),
            reader.Bool() ? reader.List(r => new LiteralRecord(r.Number(), r.Number(), r.String())) : null);

    private static void WriteDocument(EntryWriter writer, DocumentRecord document)
    {
        writer.String(document.Path);
        writer.String(document.Project);
        writer.List(document.Evidence, (w, e) =>
        {
            w.Enum(e.Kind);
            w.String(e.Value);
            w.String(e.ConfigKey);
            w.String(e.Sink);
            w.List(e.Locations, WriteLocation);
            w.Enum(e.Confidence);
            w.Bool(e.IsComplete);
            w.Bool(e.IsInfrastructure);
            w.Enum(e.Origin);
        });
        writer.List(document.Observations, (w, o) =>
        {
            w.Enum(o.Kind);
            w.String(o.Detail);
            w.List(o.Locations, WriteLocation);
            w.Enum(o.Confidence);
        });
        writer.List(document.Clients, (w, c) =>
        {
            w.String(c.Client);
            w.Enum(c.Source);
            w.Strings(c.Values);
            w.List(c.Locations, WriteLocation);
            w.Enum(c.Confidence);
        });
        writer.String(document.Failure);
        writer.Strings(document.ReadFiles);
        writer.Strings(document.LookedUpNames);
        writer.Bool(document.UsedOptionsBindings);
    }

    private static DocumentRecord ReadDocument(EntryReader reader) =>
        new(reader.String(), reader.String(),
            reader.List(r => new EvidenceRecord(
                (EvidenceKind)r.Enum(typeof(EvidenceKind)), r.NullableString(), r.NullableString(), r.String(), r.List(ReadLocation), (Confidence)r.Enum(typeof(Confidence)),
                r.Bool(), r.Bool(), (Origin)r.Enum(typeof(Origin)))),
            reader.List(r => new ObservationRecord((ObservationKind)r.Enum(typeof(ObservationKind)), r.String(), r.List(ReadLocation), (Confidence)r.Enum(typeof(Confidence)))),
            reader.List(r => new ClientRecord(r.String(), (RegionSource)r.Enum(typeof(RegionSource)), r.Strings(), r.List(ReadLocation), (Confidence)r.Enum(typeof(Confidence)))),
            reader.NullableString(), reader.Strings(), reader.Strings(), reader.Bool());

    private static void WriteLocation(EntryWriter writer, LocationRecord location)
    {
        writer.String(location.Path);
        writer.Number(location.Line);
        writer.Number(location.Column);
    }

    private static LocationRecord ReadLocation(EntryReader reader) => new(reader.String(), reader.Number(), reader.Number());
}
