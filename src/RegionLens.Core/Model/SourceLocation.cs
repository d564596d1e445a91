using System;

namespace RegionLens.Core.Model;

/// <summary>A place in a source file. Lines and columns are 1-based; <see cref="Path"/> is as the producer knew it
/// (absolute while scanning, relative to the scan root once reported).</summary>
public sealed class SourceLocation : IEquatable<SourceLocation>, IComparable<SourceLocation>
{
    public SourceLocation(string path, int line, int column)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }

    public SourceLocation WithPath(string path) => new(path, Line, Column);

    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Path) * 397) ^ (Line * 31) ^ Column;

    public int CompareTo(SourceLocation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
