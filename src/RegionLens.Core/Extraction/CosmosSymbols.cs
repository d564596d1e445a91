using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>Recognises the Cosmos DB client's options and builder (Microsoft.Azure.Cosmos) when they bind, and by
/// their names when they do not.</summary>
internal static class CosmosSymbols
{
    public const string Namespace = "Microsoft.Azure.Cosmos";
    public const string FluentNamespace = "Microsoft.Azure.Cosmos.Fluent";

    /// <summary>The confidence with which <c>Name = value</c> sets a property of <c>CosmosClientOptions</c>; null for
    /// a property of any other type. Unbound, <c>new T { Name = … }</c> must name the options type.</summary>
    public static Confidence? SetsOption(AssignmentExpressionSyntax assignment, SemanticModel model) =>
        AwsSdkSymbols.Match(model, assignment.Left,
            symbol => symbol is IPropertySymbol && NetworkSymbols.IsType(symbol.ContainingType, Namespace, "CosmosClientOptions"),
            () => AzureSdkSymbols.InitializedTypeName(assignment) is null or "CosmosClientOptions");

    /// <summary>The confidence with which <c>builder.WithX(…)</c> calls <c>CosmosClientBuilder</c>; unbound, the
    /// method's name is taken as enough.</summary>
    public static Confidence? CallsBuilder(InvocationExpressionSyntax invocation, SemanticModel model) =>
        AwsSdkSymbols.Match(model, invocation,
            symbol => NetworkSymbols.IsType(symbol.ContainingType, FluentNamespace, "CosmosClientBuilder"),
            () => true);

    /// <summary>
    /// <c>LimitToEndpoint = true</c> or <c>WithLimitToEndpoint(true)</c>: the client stops discovering the account's
    /// regions and stays on the endpoint it was given (DOMAIN §4.2), which turns a regional endpoint into a hard pin.
    /// It is a setting, not a region or an endpoint, so no evidence kind carries it yet; a rule that weighs a
    /// Cosmos endpoint will ask this.
    /// </summary>
    public static bool LimitsToEndpoint(SyntaxNode node, SemanticModel model) => node switch
    {
        AssignmentExpressionSyntax assignment when AwsSdkSymbols.LastName(assignment.Left) == "LimitToEndpoint" =>
            IsTrue(assignment.Right, model) && SetsOption(assignment, model) is not null,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "WithLimitToEndpoint" }, ArgumentList.Arguments.Count: 1 } invocation =>
            IsTrue(invocation.ArgumentList.Arguments[0].Expression, model) && CallsBuilder(invocation, model) is not null,
        _ => false,
    };

    private static bool IsTrue(ExpressionSyntax value, SemanticModel model) =>
        value.IsKind(SyntaxKind.TrueLiteralExpression) || model.GetConstantValue(value) is { HasValue: true, Value: true };
}
