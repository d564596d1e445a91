using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;

namespace RegionLens.Core.Observations;

/// <summary>
/// AWS control-plane operations called from application code (DOMAIN §2.3, Appendix A rule 4): creating,
/// describing or changing tables, DNS records, IAM principals, accelerators, buckets and distributions. Control
/// planes failed first and recovered last in October 2025; where the call runs — at start-up, in a catch or
/// failover path, or on the data path — decides how much that hurts.
/// </summary>
internal static class ControlPlaneCalls
{
    // Operation (without "Async") → the service whose control plane it calls.
    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["CreateTable"] = "dynamodb", ["DescribeTable"] = "dynamodb", ["UpdateTable"] = "dynamodb", ["DeleteTable"] = "dynamodb",
        ["CreateGlobalTable"] = "dynamodb", ["UpdateGlobalTable"] = "dynamodb",
        ["ChangeResourceRecordSets"] = "route53", ["CreateHostedZone"] = "route53", ["CreateHealthCheck"] = "route53", ["UpdateHealthCheck"] = "route53",
        ["CreateRole"] = "iam", ["PutRolePolicy"] = "iam", ["AttachRolePolicy"] = "iam", ["CreateUser"] = "iam", ["CreateAccessKey"] = "iam",
        ["CreatePolicy"] = "iam", ["UpdateAssumeRolePolicy"] = "iam",
        ["UpdateEndpointGroup"] = "globalaccelerator", ["UpdateAccelerator"] = "globalaccelerator",
        ["PutBucket"] = "s3", ["DeleteBucket"] = "s3",
        ["CreateDistribution"] = "cloudfront", ["UpdateDistribution"] = "cloudfront",
    };

    public static void Visit(SyntaxNode node, SemanticModel model, List<Observation> found)
    {
        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
        {
            return;
        }

        var name = member.Name.Identifier.Text;
        var operation = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
        if (!Operations.TryGetValue(operation, out var service))
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(model, invocation,
            symbol => symbol.ContainingNamespace?.ToDisplayString().StartsWith("Amazon.", StringComparison.Ordinal) == true,
            () => model.GetTypeInfo(member.Expression).Type is null or { TypeKind: TypeKind.Error });
        if (confidence is { } sure)
        {
            found.Add(new Observation(ObservationKind.ControlPlaneCall, $"{name} ({service}) is a control-plane call {WhereItRuns(invocation)}",
                new[] { SyntaxLocations.Of(invocation) }, sure));
        }
    }

    private static string WhereItRuns(SyntaxNode call)
    {
        if (call.Ancestors().Any(a => a is CatchClauseSyntax))
        {
            return "in a catch block, on the failover path";
        }

        // A lambda is a handler or a callback: it runs later, whatever registers it at start-up.
        var member = call.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax
            or LocalFunctionStatementSyntax or GlobalStatementSyntax);
        var name = member switch
        {
            AnonymousFunctionExpressionSyntax => "handler",
            MethodDeclarationSyntax method => method.Identifier.Text,
            LocalFunctionStatementSyntax local => local.Identifier.Text,
            ConstructorDeclarationSyntax => "ctor",
            GlobalStatementSyntax => "Main",
            _ => string.Empty,
        };
        if (ContainsAny(name, "Failover", "Fallback", "Recover"))
        {
            return "on the failover path";
        }

        // StartAsync is IHostedService's start-up hook: the host awaits it before it serves anything.
        return name is "Main" or "ctor" or "StartAsync" || ContainsAny(name, "Startup", "Initialize", "Init", "Ensure", "Bootstrap", "Configure", "Seed")
            ? "at start-up"
            : "on the data path";
    }

    private static bool ContainsAny(string text, params string[] words) =>
        words.Any(word => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
}
