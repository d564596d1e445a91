using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure.Deployment;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// Loads a YAML template's first document into <see cref="CfnNode"/>s, turning short-form intrinsics into long forms.
/// An alias is copied where it is used, so anchors that alias each other ("billion laughs") could make the copy
/// exponentially larger than the text: at most <see cref="MaxNodes"/> nodes are copied, then the file is refused.
/// </summary>
internal sealed class YamlTemplateLoader(string path, string text)
{
    /// <summary>Many times the nodes of the largest real templates (a few thousand resources).</summary>
    public const int MaxNodes = 1_000_000;

    private int _converted;

    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub", "Transform",
        "If", "Equals", "Not", "And", "Or", "Length", "ToJsonString",
    };

    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    public CfnNode? Load()
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
            // Some malformed flow collections make YamlDotNet's scanner fail outside its own exception type. Found by
            // fuzzing: an event YamlStream cannot load ("The current event is of an unsupported type") and a %TAG
            // directive whose prefix is no URI ("Global tags must be valid URIs") throw ArgumentException, which
            // DeploymentYaml.Load already reported as a parse error and this loader let escape.
            throw new ConfigParseException(path, Math.Max(1, (int)scanner.CurrentPosition.Line), e.Message);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private CfnNode Convert(YamlNode node)
    {
        if (++_converted > MaxNodes)
        {
            throw new ConfigParseException(path, Math.Max(1, (int)node.Start.Line),
                $"aliases expand to more than {MaxNodes} nodes; the template is not read");
        }

        var function = FunctionOf(node.Tag);
        if (function is null)
        {
            // A tag CloudFormation does not know is dropped; the value keeps its own position.
            return Untagged(node, ValueStart(node));
        }

        var at = Location(node.Start);
        var argument = node is YamlScalarNode scalar && function == "Fn::GetAtt"
            ? AttributePair(scalar, ValueStart(node))
            : Untagged(node, ValueStart(node));
        return new CfnMapping([new CfnProperty(function, argument, at)], at);
    }

    private CfnNode Untagged(YamlNode node, SourceLocation at) => node switch
    {
        YamlMappingNode mapping => new CfnMapping(
            [.. mapping.Children
                .Where(child => child.Key is YamlScalarNode { Value: not null })
                .Select(child => new CfnProperty(((YamlScalarNode)child.Key).Value!, Convert(child.Value), Location(child.Key.Start)))],
            at),
        YamlSequenceNode sequence => new CfnSequence([.. sequence.Children.Select(Convert)], at),
        YamlScalarNode scalar => new CfnScalar(scalar.Value ?? string.Empty, at),
        // An alias the loader could not resolve, or another node kind: keep the position, lose the value.
        _ => new CfnScalar(string.Empty, at),
    };

    /// <summary><c>!GetAtt Table.Arn</c> is the long form's <c>["Table", "Arn"]</c>; the name ends at the first dot.</summary>
    private static CfnNode AttributePair(YamlScalarNode scalar, SourceLocation at)
    {
        var value = scalar.Value ?? string.Empty;
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return new CfnScalar(value, at);
        }

        var quote = scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? 1 : 0;
        var attribute = new SourceLocation(path: at.Path, line: at.Line, column: at.Column + quote + dot + 1);
        return new CfnSequence([new CfnScalar(value[..dot], at), new CfnScalar(value[(dot + 1)..], attribute)], at);
    }

    private static string? FunctionOf(TagName tag)
    {
        if (tag.IsEmpty || !tag.Value.StartsWith('!') || tag.Value.Length < 2)
        {
            return null;
        }

        var name = tag.Value[1..];
        return name is "Ref" or "Condition" ? name : Functions.Contains(name) ? "Fn::" + name : null;
    }

    /// <summary>YamlDotNet starts a tagged node at its tag; the value itself starts after the tag and the blanks that follow it.</summary>
    private SourceLocation ValueStart(YamlNode node) => YamlValueStart.Of(path, text, node, "!");

    private SourceLocation Location(Mark mark) => new(path, (int)mark.Line, (int)mark.Column);
}
