using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The DnsClient.NET members that take name servers (DOMAIN §5.2). Passing servers to any of them turns off
/// <c>AutoResolveNameServers</c>: the client asks those resolvers and no others.
/// </summary>
internal static class DnsClientSymbols
{
    private const string Namespace = "DnsClient";

    private static readonly string[] HolderTypes = { "LookupClient", "LookupClientOptions", "DnsQueryAndServerOptions", "NameServer" };

    /// <summary>What the servers given to <paramref name="node"/> are reported as, when it is a DnsClient creation
    /// or a <c>QueryServer…</c> call; null for any other node.</summary>
    public static (string Sink, Confidence Confidence)? Holder(SyntaxNode node, SemanticModel model) => node switch
    {
        BaseObjectCreationExpressionSyntax { ArgumentList: not null } creation => HolderCreation(creation, model),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee } invocation
            when callee.Name.Identifier.Text.StartsWith("QueryServer", StringComparison.Ordinal) => QueryServer(invocation, callee, model),
        _ => null,
    };

    /// <summary>Whether argument <paramref name="index"/> of <paramref name="call"/> is a name server: any argument of
    /// a holder's constructor (a port or suffix never resolves to an address), only the first of a query call.</summary>
    public static bool TakesNameServerAt(SyntaxNode call, int index, SemanticModel model) =>
        (call is BaseObjectCreationExpressionSyntax || index == 0) && Holder(call, model) is not null;

    /// <summary>The address of <c>NameServer.Cloudflare</c> and the other built-in constants.</summary>
    public static string? ConstantAddress(MemberAccessExpressionSyntax member, SemanticModel model)
    {
        var address = DnsClientNameServers.AddressOf(member.Name.Identifier.Text);
        if (address is null)
        {
            return null;
        }

        var confidence = AwsSdkSymbols.Match(model, member,
            symbol => symbol is IFieldSymbol && NetworkSymbols.IsType(symbol.ContainingType, Namespace, "NameServer"),
            () => AwsSdkSymbols.LastName(member.Expression) == "NameServer");
        return confidence is null ? null : address;
    }

    private static (string, Confidence)? HolderCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        if (!CreatedTypeNames.MayBe(creation, model, HolderTypes))
        {
            return null;
        }

        var bound = model.GetSymbolInfo(creation).Symbol as IMethodSymbol;
        var type = bound?.ContainingType.Name
            ?? (creation is ObjectCreationExpressionSyntax { Type: var written } ? AwsSdkSymbols.LastName(written) : null);
        if (type is null || Array.IndexOf(HolderTypes, type) < 0)
        {
            return null;
        }

        return NetworkSymbols.Creates(creation, model, Namespace, type) is { } confidence ? (Namespace + "." + type, confidence) : null;
    }

    private static (string, Confidence)? QueryServer(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax callee, SemanticModel model)
    {
        // The query methods are declared on LookupClient and on the IDnsQuery/ILookupClient interfaces.
        var confidence = AwsSdkSymbols.Match(model, invocation,
            symbol => symbol.ContainingNamespace?.ToDisplayString() == Namespace,
            () => invocation.ArgumentList.Arguments.Count >= 2);
        return confidence is { } found ? (Namespace + ".LookupClient." + callee.Name.Identifier.Text, found) : null;
    }
}
