using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using RegionLens.Core.Rules;

namespace RegionLens.Analyzers.CodeFixes;

/// <summary>
/// RL0006, for a long-lived <c>HttpClient</c>: gives it a <c>SocketsHttpHandler</c> whose
/// <c>PooledConnectionLifetime</c> is two minutes, so that its connections are replaced and names resolved again. A
/// client with no handler gets a new one; a handler created in the call gets the property. A handler held in a
/// variable, and a client created per call (which wants <c>IHttpClientFactory</c>), have no automatic fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConnectionLifetimeCodeFix)), Shared]
public sealed class ConnectionLifetimeCodeFix : CodeFixProvider
{
    public const string Title = "Set SocketsHttpHandler.PooledConnectionLifetime";

    /// <summary>The property the analyzer sets on a long-lived client's diagnostic (RegionLens.Analyzers' FileFindings).</summary>
    public const string ObservationProperty = "RegionLens.Observation";

    private const string Lifetime = "PooledConnectionLifetime = global::System.TimeSpan.FromMinutes(2)";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.StaleDnsConnections);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root)
        {
            return;
        }

        var diagnostic = context.Diagnostics.First();
        if (!diagnostic.Properties.TryGetValue(ObservationProperty, out var kind) || kind != "LongLivedHttpClient"
            || Expressions.At(root, context.Span) is not BaseObjectCreationExpressionSyntax client
            || WithLifetime(client) is not { } fixedClient)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(client, fixedClient))), nameof(ConnectionLifetimeCodeFix)),
            diagnostic);
    }

    private static BaseObjectCreationExpressionSyntax? WithLifetime(BaseObjectCreationExpressionSyntax client)
    {
        var arguments = client.ArgumentList?.Arguments ?? default;
        if (arguments.Count == 0)
        {
            var handler = Expressions.Parse($"new global::System.Net.Http.SocketsHttpHandler {{ {Lifetime} }}");
            var list = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(handler)));
            return client.ArgumentList is null && client.Initializer is not null
                ? client.WithArgumentList(list.WithTrailingTrivia(SyntaxFactory.Space))
                : client.WithArgumentList(list.WithTriviaFrom((SyntaxNode?)client.ArgumentList ?? list));
        }

        if (arguments[0].Expression is BaseObjectCreationExpressionSyntax existing)
        {
            var assignment = Expressions.Parse(Lifetime);
            var initializer = existing.Initializer is { } present
                ? present.AddExpressions(assignment)
                : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList(assignment));
            var handler = existing.WithInitializer(initializer).WithAdditionalAnnotations(Formatter.Annotation);
            return client.ReplaceNode(existing, handler);
        }

        return null;
    }
}
