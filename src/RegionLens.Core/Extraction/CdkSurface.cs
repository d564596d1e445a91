using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// AWS CDK in C# (Amazon.CDK.Lib): a stack's <c>Env = new Environment { Region = … }</c>, DynamoDB <c>TableV2</c>
/// replicas (<c>new ReplicaTableProps { Region = … }</c>) and v1 <c>ReplicationRegions</c>. These define where the
/// infrastructure is deployed, so they are infrastructure evidence (origin <c>iac</c>), not pins in application code.
/// </summary>
internal static class CdkSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not AssignmentExpressionSyntax assignment
            || assignment.Parent is not InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
        {
            return;
        }

        var property = AwsSdkSymbols.LastName(assignment.Left);
        var owner = OwnerName(creation, context.Model);
        var sink = (owner, property) switch
        {
            ("Environment", "Region") => "CDK Environment.Region",
            ("ReplicaTableProps", "Region") => "CDK ReplicaTableProps.Region",
            ("TableProps", "ReplicationRegions") => "CDK TableProps.ReplicationRegions",
            _ => null,
        };
        if (sink is null)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol.ContainingNamespace?.ToDisplayString().StartsWith("Amazon.CDK", StringComparison.Ordinal) == true,
            () => true);
        if (confidence is { } found)
        {
            context.AddValues(EvidenceKind.Region, context.Resolver.Resolve(assignment.Right, context.Model), sink, assignment, found, isInfrastructure: true);
        }
    }

    private static string OwnerName(BaseObjectCreationExpressionSyntax creation, SemanticModel model) =>
        CreatedTypeNames.Of(creation, model);
}
