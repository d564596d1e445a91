using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>new Uri(value)</c>, <c>new Uri(baseUri, relative)</c> and <c>new UriBuilder(…)</c>: the value is
/// something the code connects to; assigned to <c>HttpClient.BaseAddress</c> it is the base of every request that
/// client sends, to <c>AuthorityHost</c> the identity provider, to <c>GeoRedundantSecondaryUri</c> a storage
/// account's read-only secondary.</summary>
internal static class UriSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation || UriTypeName(creation, context.Model) is not { } typeName)
        {
            return;
        }

        // new Uri(new Uri("https://a/"), "b") is one endpoint, reported at the outer creation.
        if (creation.Parent is ArgumentSyntax { Parent.Parent: BaseObjectCreationExpressionSyntax outer } && UriTypeName(outer, context.Model) is not null)
        {
            return;
        }

        var bound = context.Model.GetTypeInfo(creation).Type is { TypeKind: not TypeKind.Error };
        var values = context.Resolver.Resolve(creation, context.Model);
        context.AddValues(EvidenceKind.Endpoint, values, SinkOf(creation, typeName, context.Model), creation, bound ? Confidence.Semantic : Confidence.Syntactic);
    }

    /// <summary>"Uri" or "UriBuilder" for a creation of <c>System.Uri</c> or <c>System.UriBuilder</c>, else null.</summary>
    private static string? UriTypeName(BaseObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        if (!CreatedTypeNames.MayBe(creation, model, "Uri", "UriBuilder"))
        {
            return null;
        }

        var type = model.GetTypeInfo(creation).Type;
        if (type is { TypeKind: not TypeKind.Error })
        {
            return type.Name is "Uri" or "UriBuilder" && type.ContainingNamespace?.ToDisplayString() == "System" ? type.Name : null;
        }

        var written = creation is ObjectCreationExpressionSyntax { Type: var typeSyntax } ? AwsSdkSymbols.LastName(typeSyntax) : string.Empty;
        return written is "Uri" or "UriBuilder" ? written : null;
    }

    /// <summary>Where the URI goes when it is assigned to a property that says what it is for: a client's base address,
    /// an identity authority, a storage account's geo-redundant secondary.</summary>
    private static string SinkOf(BaseObjectCreationExpressionSyntax creation, string typeName, SemanticModel model)
    {
        if (creation.Parent is not AssignmentExpressionSyntax assignment)
        {
            return typeName;
        }

        var property = AwsSdkSymbols.LastName(assignment.Left);
        var owner = model.GetSymbolInfo(assignment.Left).Symbol?.ContainingType?.Name;
        return property switch
        {
            "BaseAddress" => "HttpClient.BaseAddress",
            "AuthorityHost" => "AuthorityHost",
            "GeoRedundantSecondaryUri" => (owner ?? "BlobClientOptions") + ".GeoRedundantSecondaryUri",
            _ => typeName,
        };
    }
}
