using System.Text.Json;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>Writes <c>physicalLocation</c>s: a URI relative to <c>%SRCROOT%</c> (the scan root), or to another base
/// that the scan root is <paramref name="prefix"/> below, and a region whose end is the end of the value when the file
/// shows it.</summary>
internal sealed class SarifLocations(SourceFiles files, string baseId, string prefix)
{
    public SourceFiles Files => files;

    public void WritePhysical(Utf8JsonWriter json, SourceLocation location) =>
        WritePhysical(json, location.Path, location.Line, location.Column);

    public void WritePhysical(Utf8JsonWriter json, string path, int? line, int? column) =>
        WritePhysical(json, path, line, column, column is >= 1 && line is >= 1 ? files.Get(path)?.EndColumn(line.Value, column.Value) : null);

    /// <summary>A location whose end column is known, or not to be looked up in today's file (a result from a baseline).</summary>
    public void WritePhysical(Utf8JsonWriter json, string path, int? line, int? column, int? endColumn)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", prefix + SarifText.Uri(path));
        json.WriteString("uriBaseId", baseId);
        json.WriteEndObject();
        if (line is >= 1)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line.Value);
            if (column is >= 1)
            {
                json.WriteNumber("startColumn", column.Value);
            }

            json.WriteNumber("endLine", line.Value);
            if (column is >= 1 && endColumn is { } end)
            {
                json.WriteNumber("endColumn", end);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A whole <c>location</c> object, with an optional id and message.</summary>
    public void Write(Utf8JsonWriter json, SourceLocation location, int? id = null, string? message = null)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        WritePhysical(json, location);
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
