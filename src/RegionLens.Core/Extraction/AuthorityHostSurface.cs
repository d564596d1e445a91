using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The Entra ID authority host every Azure.Identity credential gets its tokens from (DOMAIN §4.2, §6.1): a global
/// identity dependency. <c>AzureAuthorityHosts.AzureGovernment</c> names it wherever it is used as a value;
/// <c>AuthorityHost = value</c> on a credential's options names it through anything else. A <c>new Uri(…)</c> written
/// in place is already reported by <see cref="UriSurface"/>.
/// </summary>
internal static class AuthorityHostSurface
{
    private const string IdentityNamespace = "Azure.Identity";
    private const string Sink = "AuthorityHost";

    // The values of the AzureAuthorityHosts properties in Azure.Identity 1.21.0. AzureGermany is left out: that
    // cloud closed in 2021 and its host no longer answers.
    private static readonly Dictionary<string, string> KnownHosts = new(StringComparer.Ordinal)
    {
        ["AzurePublicCloud"] = "https://login.microsoftonline.com/",
        ["AzureGovernment"] = "https://login.microsoftonline.us/",
        ["AzureChina"] = "https://login.chinacloudapi.cn/",
        ["AzureBleuCloud"] = "https://login.sovcloud-identity.fr/",
    };

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        switch (node)
        {
            case MemberAccessExpressionSyntax member when KnownHosts.TryGetValue(member.Name.Identifier.Text, out var host) && IsUsedAsValue(member):
                VisitKnownHost(member, host, context);
                break;
            case AssignmentExpressionSyntax assignment when AwsSdkSymbols.LastName(assignment.Left) == Sink && !AzureSdkSymbols.UriSurfaceReports(assignment.Right):
                VisitAssignment(assignment, context);
                break;
        }
    }

    private static void VisitKnownHost(MemberAccessExpressionSyntax member, string host, SurfaceContext context)
    {
        var confidence = AwsSdkSymbols.Match(context.Model, member,
            symbol => symbol is IPropertySymbol && NetworkSymbols.IsType(symbol.ContainingType, IdentityNamespace, "AzureAuthorityHosts"),
            () => AwsSdkSymbols.LastName(member.Expression) == "AzureAuthorityHosts");
        if (confidence is { } found)
        {
            context.Add(new Evidence(EvidenceKind.Endpoint, host, null, Sink, [SyntaxLocations.Of(member)], found));
        }
    }

    private static void VisitAssignment(AssignmentExpressionSyntax assignment, SurfaceContext context)
    {
        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol is IPropertySymbol && AzureSdkSymbols.IsOrDerivesFrom(symbol.ContainingType, IdentityNamespace, "TokenCredentialOptions"),
            () => AzureSdkSymbols.InitializedTypeName(assignment)?.EndsWith("Options", StringComparison.Ordinal) ?? true);
        if (confidence is { } found)
        {
            // AzureAuthorityHosts.X on the right resolves to nothing here: VisitKnownHost reports it.
            context.AddValues(EvidenceKind.Endpoint, context.Resolver.Resolve(assignment.Right, context.Model), Sink, assignment, found);
        }
    }

    /// <summary>Stored, passed, returned or initialized with — possibly as a branch of <c>?:</c>. Compared with
    /// (<c>host == AzureAuthorityHosts.AzureChina</c>), it chooses nothing.</summary>
    private static bool IsUsedAsValue(ExpressionSyntax value)
    {
        var current = value;
        while (current.Parent is ParenthesizedExpressionSyntax || current.Parent is ConditionalExpressionSyntax { Condition: var condition } && condition != current)
        {
            current = (ExpressionSyntax)current.Parent;
        }

        return current.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Right == current,
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Equals" } } } => false,
            ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax => true,
            _ => false,
        };
    }
}
