using System.Xml;
using System.Xml.Linq;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Reads .NET Framework <c>web.config</c>, <c>app.config</c> and <c>*.exe.config</c> files: <c>appSettings</c>
/// (<c>AWSRegion</c> included, under its own key), <c>connectionStrings</c> as <c>ConnectionStrings:name</c>, WCF client
/// endpoints as <c>endpoint:&lt;name or contract&gt;</c> and the AWS SDK section <c>&lt;aws region="…"/&gt;</c> as
/// <c>AWS:Region</c>. A value's position is the opening quote of its attribute value.
/// </summary>
public static class WebConfigReader
{
    // The file comes from the scanned repository: a DTD is refused and nothing is resolved, so it can neither expand
    // entities ("billion laughs") nor make the scan open another file or a URL (an external entity).
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    /// <exception cref="ConfigParseException">The file is not well-formed XML.</exception>
    public static ConfigFile Read(string path)
    {
        var text = File.ReadAllText(path);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // XmlException reports line 0 for an empty file and for a refused DTD; the user needs the DTD's line.
            throw e.LineNumber == 0 && DoctypeLine(text) is { } doctype
                ? new ConfigParseException(path, doctype, "a DTD is not allowed; its entities are not expanded")
                : new ConfigParseException(path, Math.Max(1, e.LineNumber), e.Message);
        }

        // XML counts a lone CR as a line break too (it normalises CR LF and CR to LF); the lines must be the parser's, or
        // an attribute's line and column point past the text (found by fuzzing: ArgumentOutOfRangeException in Locate).
        var values = new AttributeValues(path, SourceText.Lines(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')));
        var entries = new List<ConfigEntry>();
        foreach (var section in Sections(document.Root))
        {
            entries.AddRange(section.Name.LocalName switch
            {
                "appSettings" => Adds(section, "key", "value", key => key, values),
                "connectionStrings" => Adds(section, "name", "connectionString", name => "ConnectionStrings:" + name, values),
                "system.serviceModel" => Endpoints(section, values),
                "aws" => Aws(section, values),
                _ => [],
            });
        }

        return new ConfigFile(path, EnvironmentOf(path), entries);
    }

    /// <summary><c>Web.Release.config</c> → <c>Release</c>; <c>web.config</c> and <c>Orders.exe.config</c> → null.</summary>
    public static string? EnvironmentOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var environment = dot < 0 ? null : name[(dot + 1)..];
        return environment is null || environment.EndsWith("exe", StringComparison.OrdinalIgnoreCase)
            || environment.EndsWith("dll", StringComparison.OrdinalIgnoreCase) ? null : environment;
    }

    private static int? DoctypeLine(string text)
    {
        var at = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : text.AsSpan(0, at).Count('\n') + 1;
    }

    // A web.config may wrap sections in <location path="..."> to scope them; their values are configuration all the same.
    private static IEnumerable<XElement> Sections(XElement? root) =>
        root?.Elements().SelectMany(e => e.Name.LocalName == "location" ? e.Elements() : [e]) ?? [];

    private static IEnumerable<ConfigEntry> Adds(XElement section, string keyName, string valueName, Func<string, string> key, AttributeValues values) =>
        from add in section.Elements()
        where add.Name.LocalName == "add"
        let name = add.Attribute(keyName)
        let value = add.Attribute(valueName)
        where name is not null && value is not null
        select new ConfigEntry(key(name.Value), value.Value, values.Locate(value));

    private static IEnumerable<ConfigEntry> Endpoints(XElement serviceModel, AttributeValues values) =>
        from client in serviceModel.Elements()
        where client.Name.LocalName == "client"
        from endpoint in client.Elements()
        where endpoint.Name.LocalName == "endpoint"
        let address = endpoint.Attribute("address")
        let name = (string?)endpoint.Attribute("name") is { Length: > 0 } written ? written : (string?)endpoint.Attribute("contract")
        where address is not null
        select new ConfigEntry("endpoint:" + name, address.Value, values.Locate(address));

    // AWSSDK's own section; its region and profile become the keys AWSSDK.Extensions.NETCore.Setup reads.
    private static IEnumerable<ConfigEntry> Aws(XElement aws, AttributeValues values) =>
        from pair in new[] { ("region", "AWS:Region"), ("profileName", "AWS:Profile") }
        let attribute = aws.Attribute(pair.Item1)
        where attribute is not null
        select new ConfigEntry(pair.Item2, attribute.Value, values.Locate(attribute));

    /// <summary>Line info gives where an attribute's name starts; the value's quote is found in the source text after it.</summary>
    private sealed class AttributeValues(string path, IReadOnlyList<string> lines)
    {
        public SourceLocation Locate(XAttribute attribute)
        {
            var info = (IXmlLineInfo)attribute;
            var line = info.LineNumber - 1;
            var column = info.LinePosition - 1;
            // The value may follow the '=' on a later line; whitespace is all that may come between.
            while (line < lines.Count)
            {
                var quote = column <= lines[line].Length ? lines[line].IndexOfAny(['"', '\''], column) : -1;
                if (quote >= 0)
                {
                    return new SourceLocation(path, line + 1, quote + 1);
                }

                line++;
                column = 0;
            }

            return new SourceLocation(path, info.LineNumber, info.LinePosition);
        }
    }
}
