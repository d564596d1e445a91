using System.Text.RegularExpressions;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

public enum EndpointValueKind
{
    /// <summary>A Region code such as <c>eu-west-1</c>.</summary>
    Region,

    /// <summary>Text with a scheme, such as <c>https://payments.example.net/</c>.</summary>
    Url,

    /// <summary>An AWS host name without a scheme, such as <c>dynamodb.{AWS::Region}.amazonaws.com</c>.</summary>
    Host,
}

/// <summary>A property value that names a Region or an endpoint.</summary>
/// <param name="Owner">The resource's logical id, or <c>Globals</c>.</param>
/// <param name="PropertyPath">Where under the owner: <c>Replicas[1].Region</c>, <c>Environment.Variables.QUEUE_URL</c>.</param>
/// <param name="Location">Where the value, or the intrinsic that gives it, is written.</param>
public sealed record EndpointValue(string Owner, string PropertyPath, CfnValue Value, EndpointValueKind Kind, SourceLocation Location);

/// <summary>
/// Finds the Region codes, URLs and AWS host names among the resources' properties and SAM's <c>Globals</c>. An
/// intrinsic is reported with its resolved value; one that does not resolve is searched for the literals inside it,
/// so an <c>Fn::Sub</c> that names a resource still shows its host as written (<c>${Api}.execute-api…</c>).
/// </summary>
public static partial class EndpointValues
{
    public static IReadOnlyList<EndpointValue> Read(CloudFormationTemplate template)
    {
        var found = new List<EndpointValue>();
        foreach (var resource in template.Resources.Values)
        {
            Walk(resource.Properties, resource.LogicalId, string.Empty, template, found);
        }

        Walk(template.Globals, "Globals", string.Empty, template, found);
        return found;
    }

    /// <summary>What <paramref name="text"/> names, or null when it is neither a Region nor an endpoint.</summary>
    public static EndpointValueKind? KindOf(string text) =>
        RegionCode().IsMatch(text) ? EndpointValueKind.Region
        : text.Contains("://", StringComparison.Ordinal) ? EndpointValueKind.Url
        : text.Contains("amazonaws.com", StringComparison.Ordinal) || text.Contains("{AWS::URLSuffix}", StringComparison.Ordinal) ? EndpointValueKind.Host
        : null;

    private static void Walk(CfnNode? node, string owner, string path, CloudFormationTemplate template, List<EndpointValue> found, bool insideIntrinsic = false)
    {
        switch (node)
        {
            case CfnScalar scalar:
                Add(new CfnValue(scalar.Value), owner, path, scalar, found);
                break;
            case CfnMapping { Intrinsic: var (_, argument) } intrinsic:
                if (CloudFormationValues.ResolveAll(intrinsic, template) is { } values)
                {
                    foreach (var value in values)
                    {
                        Add(value, owner, path, intrinsic, found);
                    }
                }
                else
                {
                    // Literals inside an intrinsic belong to the property it gives: no [index] for the function's arguments.
                    Walk(argument, owner, path, template, found, insideIntrinsic: true);
                }

                break;
            case CfnMapping mapping:
                foreach (var property in mapping.Properties)
                {
                    var under = insideIntrinsic ? path : path.Length == 0 ? property.Name : path + "." + property.Name;
                    Walk(property.Value, owner, under, template, found, insideIntrinsic);
                }

                break;
            case CfnSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], owner, insideIntrinsic ? path : $"{path}[{i}]", template, found, insideIntrinsic);
                }

                break;
        }
    }

    private static void Add(CfnValue value, string owner, string path, CfnNode node, List<EndpointValue> found)
    {
        if (KindOf(value.Text) is { } kind)
        {
            found.Add(new EndpointValue(owner, path, value, kind, node.Location));
        }
    }

    [GeneratedRegex(@"^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov)?-[a-z]+-\d+$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex RegionCode();
}
