using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RegionLens.Core.Extraction;

/// <summary>
/// What the Azure surfaces share: the type a client creation makes, the argument that carries its endpoint, and the
/// options type a property belongs to. Symbols decide when they bind; the written names when they do not (see
/// <see cref="AwsSdkSymbols.Match"/>).
/// </summary>
internal static class AzureSdkSymbols
{
    /// <summary>The created type's simple name: written out, or the target type of <c>new()</c>.</summary>
    public static string CreatedTypeName(BaseObjectCreationExpressionSyntax creation, SemanticModel model) =>
        CreatedTypeNames.Of(creation, model);

    /// <summary>
    /// The argument passed for one of <paramref name="parameterNames"/>. When the constructor binds, its parameters
    /// name the arguments, so an overload without such a parameter (<c>BlobServiceClient(Uri, …)</c>) has none.
    /// Unbound, a named argument still says what it is, and otherwise the SDK's position is taken.
    /// </summary>
    public static ExpressionSyntax? Argument(BaseObjectCreationExpressionSyntax creation, SemanticModel model, int unboundPosition, params string[] parameterNames)
    {
        var arguments = creation.ArgumentList?.Arguments ?? default;
        var parameters = (model.GetSymbolInfo(creation).Symbol as IMethodSymbol)?.Parameters;
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].NameColon?.Name.Identifier.Text
                ?? (parameters is { } bound
                    ? (i < bound.Length ? bound[i].Name : null)
                    : (i == unboundPosition ? parameterNames[0] : null));
            if (name is not null && parameterNames.Contains(name))
            {
                return arguments[i].Expression;
            }
        }

        return null;
    }

    /// <summary><paramref name="containingNamespace"/>.<paramref name="name"/> or a type derived from it
    /// (<c>DefaultAzureCredentialOptions</c> from <c>TokenCredentialOptions</c>).</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, string containingNamespace, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (NetworkSymbols.IsType(current, containingNamespace, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The options type an unbound <c>Name = value</c> sets: the written type of the <c>new T { … }</c> it
    /// initializes; null for an assignment through a variable, whose type is unknown.</summary>
    public static string? InitializedTypeName(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax creation }
            ? AwsSdkSymbols.LastName(creation.Type)
            : null;

    /// <summary>True when a <c>Uri</c>-typed value is created in place (<c>new Uri(…)</c>, <c>x ? new(a) : new(b)</c>):
    /// <see cref="UriSurface"/> reports it where it is created, and reporting it again would count one URI twice.</summary>
    public static bool UriSurfaceReports(ExpressionSyntax value) =>
        value.DescendantNodesAndSelf().OfType<BaseObjectCreationExpressionSyntax>().Any();
}
