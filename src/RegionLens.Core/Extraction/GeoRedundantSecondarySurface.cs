using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// <c>BlobClientOptions.GeoRedundantSecondaryUri</c> (and the queue client's): reads retry against the RA-GRS
/// secondary in the paired region. A mitigation (DOMAIN §7), reported as an endpoint so that rules can see the
/// second region. A <c>new Uri(…)</c> written in place is already reported by <see cref="UriSurface"/>.
/// </summary>
internal static class GeoRedundantSecondarySurface
{
    private const string Property = "GeoRedundantSecondaryUri";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not AssignmentExpressionSyntax assignment || AwsSdkSymbols.LastName(assignment.Left) != Property
            || AzureSdkSymbols.UriSurfaceReports(assignment.Right))
        {
            return;
        }

        var typeName = OptionsTypeName(assignment, context.Model);
        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol is IPropertySymbol && IsStorageOptions(symbol.ContainingType),
            () => typeName is null or "BlobClientOptions" or "QueueClientOptions");
        if (confidence is { } found)
        {
            var sink = typeName is null ? Property : typeName + "." + Property;
            context.AddValues(EvidenceKind.Endpoint, context.Resolver.Resolve(assignment.Right, context.Model), sink, assignment, found);
        }
    }

    /// <summary>The options type: bound, the property's; unbound, the type of <c>new T { … }</c> or the declared
    /// type of the variable, which keeps its written name even when it does not resolve.</summary>
    private static string? OptionsTypeName(AssignmentExpressionSyntax assignment, SemanticModel model) =>
        model.GetSymbolInfo(assignment.Left).Symbol?.ContainingType?.Name
        ?? AzureSdkSymbols.InitializedTypeName(assignment)
        ?? (assignment.Left is MemberAccessExpressionSyntax member && model.GetTypeInfo(member.Expression).Type is { Name.Length: > 0 } type ? type.Name : null);

    private static bool IsStorageOptions(ITypeSymbol? type) =>
        NetworkSymbols.IsType(type, "Azure.Storage.Blobs", "BlobClientOptions")
        || NetworkSymbols.IsType(type, "Azure.Storage.Queues", "QueueClientOptions");
}
