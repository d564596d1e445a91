using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// The YAML plumbing the deployment readers share: loading that fails only with <see cref="ConfigParseException"/>,
/// lookups that answer null for the wrong node kind instead of throwing, and value positions.
/// </summary>
internal static class DeploymentYaml
{
    private const string MergeKey = "<<";

    // Merge keys chain and aliases can form cycles (`a: &x [*x]`): each merged map is read once, and no more of them
    // than any real file has, so a file built to make readers loop cannot.
    private const int MaxMergedMaps = 256;

    /// <summary>
    /// Every document of a (multi-document) YAML text. YamlDotNet reports most errors as <see cref="YamlException"/>;
    /// a few malformed inputs fail with other exception types, which are reported at the scanner's position. A node
    /// that contains itself through an alias is refused as Go's YAML refuses it (<see cref="RecursiveAliasGuard"/>).
    /// </summary>
    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    public static IReadOnlyList<YamlDocument> Load(string path, string text)
    {
        var stream = new YamlStream();
        var scanner = new YamlDotNet.Core.Scanner(new StringReader(text));
        try
        {
            stream.Load(new RecursiveAliasGuard(new Parser(scanner)));
        }
        catch (YamlException e)
        {
            throw new ConfigParseException(path, Math.Max(1, (int)e.Start.Line), e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Their messages ("Operation is not valid due to the current state of the object") say nothing about the text.
            throw new ConfigParseException(path, Math.Max(1, (int)scanner.CurrentPosition.Line), "not valid YAML here");
        }

        return [.. stream.Documents];
    }

    /// <summary>The value under <paramref name="key"/>, also through a <c>&lt;&lt;: *anchor</c> merge key; null when
    /// <paramref name="node"/> is not a mapping or has no such key.</summary>
    public static YamlNode? Child(YamlNode? node, string key) => node switch
    {
        YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode(key), out var child) => child,
        YamlMappingNode map when map.Children.ContainsKey(new YamlScalarNode(MergeKey)) =>
            Child(map, key, new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance)),
        _ => null,
    };

    public static YamlMappingNode? Map(YamlNode? node, string key) => Child(node, key) as YamlMappingNode;

    public static YamlSequenceNode? List(YamlNode? node, string key) => Child(node, key) as YamlSequenceNode;

    /// <summary>The text of a scalar under <paramref name="key"/>, or null for a missing key or another node kind.</summary>
    public static string? Text(YamlNode? node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static YamlNode? Path(YamlNode? node, params string[] keys)
    {
        var current = node;
        foreach (var key in keys)
        {
            current = Child(current, key);
        }

        return current;
    }

    /// <summary>
    /// The entries of a mapping with scalar keys: its own, then those merged in with <c>&lt;&lt;: *defaults</c> that it
    /// does not set itself (the first merged map that sets a key wins), as YAML 1.1 merge keys mean. Each merged map
    /// is read once, so alias cycles and "billion laughs" merges stay finite.
    /// </summary>
    public static IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries(YamlNode? node)
    {
        var entries = new List<(YamlScalarNode Key, YamlNode Value)>();
        if (node is YamlMappingNode map)
        {
            Collect(map, entries, new HashSet<string>(StringComparer.Ordinal), new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance));
        }

        return entries;
    }

    /// <summary>The key node of <paramref name="key"/>, where a setting is written; merged keys included.</summary>
    public static YamlScalarNode? Key(YamlNode? node, string key) => Entries(node).Select(entry => entry.Key).FirstOrDefault(k => k.Value == key);

    /// <summary>A single-line scalar's text; null for block scalars (<c>|</c>, <c>&gt;</c>), whose first line is not where the value starts.</summary>
    public static string? InlineText(YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value, Style: not (ScalarStyle.Literal or ScalarStyle.Folded) } ? value : null;

    /// <summary>
    /// Where a scalar's value is written. This is YamlDotNet's start mark, as <see cref="DeploymentEnvironmentReader"/>
    /// reports it: for a quoted scalar that is its opening quote. A tag or anchor (<c>!!str</c>, <c>&amp;dns</c>) in
    /// front is stepped over, because YamlDotNet starts the node there and the value is what a reader looks for.
    /// </summary>
    public static SourceLocation Location(string path, string text, YamlNode node) => YamlValueStart.Of(path, text, node, "!&");

    /// <summary>The location <paramref name="offset"/> characters into a single-line scalar's value (after any
    /// opening quote): the value part of <c>"KEY=value"</c> or <c>host=10.0.0.1</c>.</summary>
    public static SourceLocation Within(string path, string text, YamlScalarNode node, int offset)
    {
        var start = Location(path, text, node);
        var quote = node.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? 1 : 0;
        return new SourceLocation(path, start.Line, start.Column + quote + offset);
    }

    private static YamlNode? Child(YamlMappingNode map, string key, HashSet<YamlMappingNode> visited)
    {
        if (visited.Count > MaxMergedMaps || !visited.Add(map))
        {
            return null;
        }

        if (map.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            return child;
        }

        foreach (var merged in Merged(map))
        {
            if (Child(merged, key, visited) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void Collect(YamlMappingNode map, List<(YamlScalarNode Key, YamlNode Value)> entries, HashSet<string> seen, HashSet<YamlMappingNode> visited)
    {
        if (visited.Count > MaxMergedMaps || !visited.Add(map))
        {
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar && name != MergeKey && seen.Add(name))
            {
                entries.Add((scalar, value));
            }
        }

        foreach (var merged in Merged(map))
        {
            Collect(merged, entries, seen, visited);
        }
    }

    private static IEnumerable<YamlMappingNode> Merged(YamlMappingNode map) =>
        map.Children.TryGetValue(new YamlScalarNode(MergeKey), out var merge)
            ? merge switch
            {
                YamlMappingNode one => [one],
                YamlSequenceNode many => many.Children.OfType<YamlMappingNode>(),
                _ => [],
            }
            : [];
}
