using System.Text;
using System.Xml.Linq;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// MSBuild properties read as data. Only unconditioned <c>PropertyGroup</c>s and unconditioned properties count: a
/// condition is never evaluated, because its value hangs on what only an evaluation knows (the configuration, the
/// target framework, property functions), and evaluating it is exactly the code execution a scan must not do. A plain
/// <c>$(Name)</c> is replaced by the value read so far (as MSBuild does for properties defined earlier); a value that
/// uses a property function (<c>$([...])</c>), an item list or metadata is not data and is left out.
/// </summary>
internal sealed class PlainProperties
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string name] => _values.GetValueOrDefault(name);

    public void ReadFrom(XDocument document)
    {
        foreach (var group in Unconditioned(document.Root, "PropertyGroup"))
        {
            foreach (var property in group.Elements().Where(e => e.Attribute("Condition") is null))
            {
                if (Expand(property.Value.Trim()) is { } value)
                {
                    _values[property.Name.LocalName] = value;
                }
            }
        }
    }

    /// <summary>The value with each <c>$(Name)</c> replaced; null when it holds anything that would need evaluating.</summary>
    public string? Expand(string text)
    {
        if (text.Contains("@(", StringComparison.Ordinal) || text.Contains("%(", StringComparison.Ordinal))
        {
            return null;
        }

        var expanded = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("$(", position, StringComparison.Ordinal);
            if (start < 0)
            {
                expanded.Append(text, position, text.Length - position);
                break;
            }

            var end = text.IndexOf(')', start);
            var name = end < 0 ? string.Empty : text[(start + 2)..end];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return null;
            }

            expanded.Append(text, position, start - position).Append(_values.GetValueOrDefault(name));
            position = end + 1;
        }

        return expanded.ToString();
    }

    /// <summary>The children named <paramref name="localName"/> with no Condition (the namespace of old-style projects is ignored).</summary>
    public static IEnumerable<XElement> Unconditioned(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName && e.Attribute("Condition") is null) ?? [];
}
