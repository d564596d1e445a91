using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>One value of a configuration file under its flattened key (<c>AWS:Region</c>), where it is written.</summary>
public sealed record ConfigEntry(string Key, string Value, SourceLocation Location);
