using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// <c>Environment.SetEnvironmentVariable("AWS_REGION", value)</c> and the other variables the AWS SDKs read
/// (DOMAIN.md §4.1): code that sets them pins the region or endpoint of every client created after it, and of the
/// processes it starts. Only a constant variable name says which setting it is.
/// </summary>
internal static class EnvironmentVariableSurface
{
    private const string EndpointUrl = "AWS_ENDPOINT_URL";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "SetEnvironmentVariable" } callee,
                ArgumentList.Arguments: { Count: >= 2 } arguments,
            } invocation
            || ConstantText(arguments[0].Expression, context.Model) is not { } name)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => symbol.ContainingType is { Name: "Environment" } type && type.ContainingNamespace?.ToDisplayString() == "System",
            () => AwsSdkSymbols.LastName(callee.Expression) == "Environment");
        if (confidence is not { } found)
        {
            return;
        }

        if (KindOf(name) is { } kind)
        {
            var values = context.Resolver.Resolve(arguments[1].Expression, context.Model);
            context.AddValues(kind, values, "env:" + name, invocation, found);
        }
        else if (LegacyHostOf(name) is { } host)
        {
            AddLegacy(invocation, arguments[1].Expression, name, host, context, found);
        }
    }

    /// <summary><c>AWS_DEFAULT_REGION</c> is not read by the .NET SDK itself, but it is by the CLI and the other SDKs that
    /// a process started from here may run.</summary>
    private static EvidenceKind? KindOf(string name) => name switch
    {
        "AWS_REGION" or "AWS_DEFAULT_REGION" => EvidenceKind.Region,
        EndpointUrl => EvidenceKind.Endpoint,
        _ when name.StartsWith(EndpointUrl + "_", StringComparison.Ordinal) => EvidenceKind.Endpoint,
        _ => null,
    };

    private static string? LegacyHostOf(string name) => name switch
    {
        "AWS_STS_REGIONAL_ENDPOINTS" => GlobalServiceEndpoints.LegacySts,
        "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT" => GlobalServiceEndpoints.LegacyS3,
        _ => null,
    };

    /// <summary>"legacy" selects the global endpoint homed in us-east-1; "regional" is the safe setting and names no
    /// endpoint of its own.</summary>
    private static void AddLegacy(InvocationExpressionSyntax invocation, ExpressionSyntax value, string name, string host,
        SurfaceContext context, Confidence confidence)
    {
        foreach (var setting in context.Resolver.Resolve(value, context.Model))
        {
            if (setting.IsComplete && string.Equals(setting.Text, "legacy", StringComparison.OrdinalIgnoreCase))
            {
                var locations = SurfaceContext.WithConsumer(setting.Sources, SyntaxLocations.Of(invocation));
                context.Add(new Evidence(EvidenceKind.Endpoint, host, null, "env:" + name + "=legacy", locations, confidence));
            }
        }
    }

    private static string? ConstantText(ExpressionSyntax expression, SemanticModel model)
    {
        if (model.GetConstantValue(expression) is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        return expression is LiteralExpressionSyntax { Token.Value: string literal } ? literal : null;
    }
}
