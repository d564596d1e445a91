using RegionLens.Core.Model;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>
/// An Azure resource body with its values already evaluated, as ARM JSON and Bicep both give it. Bicep compiles to
/// ARM, so one set of rules (<see cref="AzureResourceFacts"/>) reads the resource types for both.
/// </summary>
internal abstract record AzureNode(SourceLocation Location);

internal sealed record AzureScalar(IacValue Value) : AzureNode(Value.Location);

internal sealed record AzureArray(IReadOnlyList<AzureNode> Items, SourceLocation Location) : AzureNode(Location);

internal sealed record AzureProperty(string Name, AzureNode Value, SourceLocation Location);

internal sealed record AzureObject(IReadOnlyList<AzureProperty> Properties, SourceLocation Location) : AzureNode(Location)
{
    public AzureNode? this[string name] => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public AzureNode? Find(params ReadOnlySpan<string> path)
    {
        AzureNode? current = this;
        foreach (var name in path)
        {
            current = (current as AzureObject)?[name];
        }

        return current;
    }
}

/// <summary>One resource of a template.</summary>
/// <param name="Subject">How facts name it: <c>resource cosmos 'Microsoft.DocumentDB/databaseAccounts'</c>.</param>
/// <param name="LogicalName">Its Bicep symbol, or its ARM <c>name</c> as evaluated.</param>
/// <param name="Type">The full resource type without the API version.</param>
/// <param name="Body">The resource's properties (<c>name</c>, <c>location</c>, <c>sku</c>, <c>properties</c>).</param>
/// <param name="Location">Where the resource is declared.</param>
internal sealed record AzureResource(string Subject, string LogicalName, string Type, AzureObject Body, SourceLocation Location);

/// <summary>A value outside any resource (a parameter's default, a variable, an output) searched for endpoints.</summary>
internal sealed record AzureValue(string Subject, AzureNode Value);
