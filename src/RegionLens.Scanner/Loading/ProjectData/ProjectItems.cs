using System.Xml.Linq;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>The unconditioned items of a project file, their values expanded from plain properties only.</summary>
internal sealed class ProjectItems(XDocument document, PlainProperties properties, string projectFolder)
{
    public IReadOnlyList<string> Includes(string itemType) => Values(itemType, "Include");

    public IReadOnlyList<string> Removes(string itemType) => Values(itemType, "Remove");

    /// <summary>Item values that are paths relative to the project, made absolute.</summary>
    public IReadOnlyList<string> Paths(string itemType) =>
        [.. Includes(itemType)
            .Select(include => Path.GetFullPath(Path.Combine(projectFolder, include.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Names(string itemType) => [.. Includes(itemType).Distinct(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<UsingItem> Usings() =>
        [.. Elements("Using")
            .SelectMany(item => Split(item.Attribute("Include")?.Value)
                .Select(name => new UsingItem(name, MetadataOf(item, "Alias"), string.Equals(MetadataOf(item, "Static"), "true", StringComparison.OrdinalIgnoreCase))))];

    private List<string> Values(string itemType, string attribute) =>
        [.. Elements(itemType).SelectMany(item => Split(item.Attribute(attribute)?.Value))];

    private IEnumerable<XElement> Elements(string itemType) =>
        PlainProperties.Unconditioned(document.Root, "ItemGroup").SelectMany(group => PlainProperties.Unconditioned(group, itemType));

    /// <summary>Item metadata may be an attribute or a child element.</summary>
    private string? MetadataOf(XElement item, string name)
    {
        var text = item.Attribute(name)?.Value ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        return text is null ? null : properties.Expand(text.Trim());
    }

    private IEnumerable<string> Split(string? value) =>
        value is null || properties.Expand(value) is not { } expanded
            ? []
            : expanded.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
