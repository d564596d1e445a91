using System.Text;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>
/// Reads an ARM deployment template (JSON with comments and trailing commas, as ARM accepts) into
/// <see cref="InfrastructureFacts"/>: resources' locations through parameters' defaults and variables, Cosmos,
/// storage and SQL data stores, and endpoint-like strings, each at the exact line and column it is written.
/// </summary>
public static class ArmTemplateFacts
{
    /// <summary>Keys that describe the template or the deployment, not the infrastructure: never endpoints.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "$schema", "contentVersion", "apiVersion", "type", "dependsOn", "metadata", "comments", "resources",
    };

    /// <exception cref="ConfigParseException">The text is not valid JSON; the exception names the line.</exception>
    public static InfrastructureFacts Read(string path, byte[] bytes)
    {
        if (Load(path, bytes) is not CfnMapping root)
        {
            return InfrastructureFacts.Empty;
        }

        var scope = new ArmScope(root);
        var resources = new List<AzureResource>();
        Resources(root["resources"], parent: null, scope, resources);
        var values = Section(root, "parameters", "parameter", scope, p => (p as CfnMapping)?["defaultValue"])
            .Concat(Section(root, "variables", "variable", scope, v => v))
            .Concat(Section(root, "outputs", "output", scope, o => (o as CfnMapping)?["value"]));
        return AzureResourceFacts.From(resources, values) with
        {
            Includes = LocalIncludes.Of(path, resources
                .Where(r => string.Equals(r.Type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase))
                .Select(r => r.Body.Find("properties", "templateLink", "relativePath") is AzureScalar { Value: { IsResolved: true } link } ? link.Text : null)),
        };
    }

    /// <summary>
    /// The CloudFormation JSON loader is a plain JSON-to-tree reader with positions; nothing in it is CloudFormation's.
    /// A file cut short fails after its last newline; the error names the last line that has text instead.
    /// </summary>
    private static CfnNode? Load(string path, byte[] bytes)
    {
        try
        {
            return new JsonTemplateLoader(path, bytes).Load();
        }
        catch (ConfigParseException e)
        {
            var lastLine = Encoding.UTF8.GetString(bytes).TrimEnd().Count(c => c == '\n') + 1;
            throw e.Line > lastLine ? new ConfigParseException(path, lastLine, e.Reason) : e;
        }
    }

    private static IEnumerable<AzureValue> Section(CfnMapping root, string section, string kind, ArmScope scope, Func<CfnNode, CfnNode?> value) =>
        from property in (root[section] as CfnMapping)?.Properties ?? []
        let node = value(property.Value)
        where node is not null
        select new AzureValue($"{kind} {property.Name}", Convert(node, scope));

    /// <summary>Resources are an array, or (language version 2.0) an object keyed by symbolic name; children nest under <c>resources</c>.</summary>
    private static void Resources(CfnNode? section, AzureResource? parent, ArmScope scope, List<AzureResource> found)
    {
        var declarations = section switch
        {
            CfnSequence list => list.Items.OfType<CfnMapping>(),
            CfnMapping symbolic => symbolic.Properties.Select(p => p.Value).OfType<CfnMapping>(),
            _ => [],
        };
        foreach (var declaration in declarations)
        {
            var body = (AzureObject)Convert(declaration, scope);
            var type = FullType(parent?.Type, scope.Evaluate((declaration["type"] as CfnScalar)?.Value ?? string.Empty).Text);
            var name = (body["name"] as AzureScalar)?.Value.Text ?? "?";
            var logicalName = parent is null || name.Contains('/', StringComparison.Ordinal) ? name : parent.LogicalName + "/" + name;
            var resource = new AzureResource($"resource {logicalName} '{type}'", logicalName, type, body, declaration.Location);
            found.Add(resource);
            Resources(declaration["resources"], resource, scope, found);
        }
    }

    /// <summary>A child resource may give its type relative to its parent's (<c>sqlDatabases</c>).</summary>
    private static string FullType(string? parentType, string type) =>
        parentType is null || type.Contains('.', StringComparison.Ordinal) ? type : parentType + "/" + type;

    private static AzureNode Convert(CfnNode node, ArmScope scope) => node switch
    {
        CfnMapping mapping => new AzureObject(
            [.. mapping.Properties.Where(p => !Ignored.Contains(p.Name)).Select(p => new AzureProperty(p.Name, Convert(p.Value, scope), p.Location))],
            mapping.Location),
        CfnSequence sequence => new AzureArray([.. sequence.Items.Select(item => Convert(item, scope))], sequence.Location),
        CfnScalar scalar when scope.Evaluate(scalar.Value) is var value => new AzureScalar(new IacValue(value.Text, scalar.Location, value.IsResolved)),
        _ => new AzureScalar(new IacValue(string.Empty, node.Location)),
    };
}
