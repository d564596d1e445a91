using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>new AmazonRoute53Client(…)</c> and the other clients of <see cref="GlobalServiceEndpoints"/>: whatever
/// region the client is given, its calls go to a control plane in us-east-1.</summary>
internal static class GlobalServiceClientSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation)
        {
            return;
        }

        var service = GlobalServiceEndpoints.ByClient(TypeName(creation, context.Model));
        if (service is null)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, creation,
            symbol => service.Declares(symbol.ContainingType, service.Client),
            () => true);
        if (confidence is { } found)
        {
            context.Add(new Evidence(EvidenceKind.Endpoint, service.Host, null, service.Client,
                new[] { SyntaxLocations.Of(creation) }, found));
        }
    }

    /// <summary>The created type's simple name: written out, or the target type of <c>new()</c>.</summary>
    private static string TypeName(BaseObjectCreationExpressionSyntax creation, SemanticModel model) =>
        CreatedTypeNames.Of(creation, model);
}
