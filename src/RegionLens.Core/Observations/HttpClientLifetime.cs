using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;

namespace RegionLens.Core.Observations;

/// <summary>
/// How an <c>HttpClient</c> lives (DOMAIN §5.1): one held for the life of the process — a static or a singleton —
/// resolves each host once and keeps its connections, so a record that changes (a failover, a restored DNS entry)
/// is never seen unless its <c>SocketsHttpHandler.PooledConnectionLifetime</c> is set; one created and disposed per
/// call opens new connections every time. Clients from <c>IHttpClientFactory</c> are neither.
/// </summary>
internal static class HttpClientLifetime
{
    public static void Visit(SyntaxNode node, SemanticModel model, List<Observation> found)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation
            || !CreatedTypeNames.MayBe(creation, model, "HttpClient")
            || !IsSystemNetHttp(model.GetTypeInfo(creation).Type, "HttpClient"))
        {
            return;
        }

        var at = new[] { SyntaxLocations.Of(creation) };
        if (LongLivedHolder(creation) is { } holder)
        {
            if (!HasConnectionLifetime(creation, model))
            {
                found.Add(new Observation(ObservationKind.LongLivedHttpClient,
                    $"{holder} HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS", at, Confidence.Semantic));
            }
        }
        else if (IsDisposedPerCall(creation))
        {
            found.Add(new Observation(ObservationKind.HttpClientPerCall,
                "HttpClient is created and disposed per call; use IHttpClientFactory or one client with a PooledConnectionLifetime", at, Confidence.Semantic));
        }
    }

    /// <summary>"static field 'Client'", "singleton", or null for a client that is not held for the process's life.</summary>
    private static string? LongLivedHolder(BaseObjectCreationExpressionSyntax creation)
    {
        switch (creation.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } variable }
                when field.Modifiers.Any(SyntaxKind.StaticKeyword):
                return $"static field '{variable.Identifier.Text}':";
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } when property.Modifiers.Any(SyntaxKind.StaticKeyword):
                return $"static property '{property.Identifier.Text}':";
        }

        var registration = creation.Ancestors().OfType<InvocationExpressionSyntax>().FirstOrDefault(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "AddSingleton" or "TryAddSingleton" });
        return registration is null ? null : "singleton:";
    }

    private static bool IsDisposedPerCall(BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }
        && (declaration.Parent is UsingStatementSyntax
            || declaration.Parent is LocalDeclarationStatementSyntax local && local.UsingKeyword.IsKind(SyntaxKind.UsingKeyword));

    /// <summary>The client's handler is a <c>SocketsHttpHandler</c> whose <c>PooledConnectionLifetime</c> is set where
    /// it is created or, when it is held in a variable, anywhere in the same file.</summary>
    private static bool HasConnectionLifetime(BaseObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        var handler = creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
        if (handler is BaseObjectCreationExpressionSyntax handlerCreation)
        {
            return SetsLifetime(handlerCreation);
        }

        if (handler is null || model.GetSymbolInfo(handler).Symbol is not { } variable)
        {
            return false;
        }

        var initializer = variable.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>()
            .Select(v => v.Initializer?.Value).OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
        if (initializer is not null && SetsLifetime(initializer))
        {
            return true;
        }

        return model.SyntaxTree.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment =>
            assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.Text: "PooledConnectionLifetime" } target
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target.Expression).Symbol, variable));
    }

    private static bool SetsLifetime(BaseObjectCreationExpressionSyntax handler) =>
        handler.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax { Identifier.Text: "PooledConnectionLifetime" }) == true;

    private static bool IsSystemNetHttp(ITypeSymbol? type, string name) =>
        type is { Name: var typeName } && typeName == name && type.ContainingNamespace?.ToDisplayString() == "System.Net.Http";
}
