using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Recognises the System.Net address types and the constructors of network libraries: by type and namespace when
/// the symbol binds, by the written type name when it does not (see <see cref="AwsSdkSymbols.Match"/>).
/// </summary>
internal static class NetworkSymbols
{
    public static bool IsType(ITypeSymbol? type, string containingNamespace, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == containingNamespace;

    /// <summary>The confidence with which <paramref name="creation"/> calls a constructor of
    /// <paramref name="containingNamespace"/>.<paramref name="typeName"/>; null when it creates something else.
    /// A target-typed <c>new(…)</c> names no type, so it is only recognised when it binds.</summary>
    public static Confidence? Creates(BaseObjectCreationExpressionSyntax creation, SemanticModel model, string containingNamespace, string typeName) =>
        !CreatedTypeNames.MayBe(creation, model, typeName) ? null : AwsSdkSymbols.Match(model, creation,
            symbol => symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                && IsType(constructor.ContainingType, containingNamespace, typeName),
            () => creation is ObjectCreationExpressionSyntax { Type: var type } && AwsSdkSymbols.LastName(type) == typeName);

    /// <summary>The text argument of <c>IPAddress.Parse(text)</c>; null for any other node. <c>TryParse</c> only
    /// tests a value, usually one typed by a user, so it is not a use of an address.</summary>
    public static (ExpressionSyntax Text, Confidence Confidence)? ParsedAddress(SyntaxNode node, SemanticModel model)
    {
        if (node is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Parse" } callee,
                ArgumentList.Arguments.Count: 1,
            } invocation)
        {
            return null;
        }

        var confidence = AwsSdkSymbols.Match(model, invocation,
            symbol => IsType(symbol.ContainingType, "System.Net", "IPAddress"),
            () => AwsSdkSymbols.LastName(callee.Expression) == "IPAddress");
        return confidence is { } found ? (invocation.ArgumentList.Arguments[0].Expression, found) : null;
    }

    /// <summary>True for <c>new IPEndPoint(address, port)</c>, whose first argument is the address.</summary>
    public static bool IsEndPointCreation(SyntaxNode node, SemanticModel model) =>
        node is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 2 } creation
        && Creates(creation, model, "System.Net", "IPEndPoint") is not null;
}
