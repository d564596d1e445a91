using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Finds the arguments a solution passes to a method's parameter, so that a value can be followed from a parameter
/// back to its callers. Calls are indexed by name from syntax once; only the calls of the right name are bound,
/// because binding every call of a large solution is the expensive part of a scan. Safe to share between threads
/// that analyse different documents: each name's calls are bound by one thread, and the others wait for its result.
/// </summary>
public sealed class CallSiteIndex
{
    private const string ImplicitCreation = "new()";

    private readonly Func<SyntaxTree, SemanticModel?> _modelFor;
    private readonly Action<string>? _lookedUp;
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, List<ImmutableArray<IArgumentOperation>>>>> _boundByName = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, List<SyntaxNode>>> _callsByName;

    /// <param name="lookedUp">Told each name a lookup asks for, on the asking thread, before the calls of that name
    /// are bound or taken from what an earlier lookup bound: a scan cache records it as a dependency of the document
    /// being analysed, and a result shared between documents must count for each of them.</param>
    public CallSiteIndex(IEnumerable<SyntaxTree> trees, Func<SyntaxTree, SemanticModel?> modelFor, Action<string>? lookedUp = null)
    {
        var ownTrees = trees.ToList();
        _modelFor = modelFor;
        _lookedUp = lookedUp;
        _callsByName = new Lazy<Dictionary<string, List<SyntaxNode>>>(() => CallsByName(ownTrees));
    }

    /// <summary>The argument given for <paramref name="parameter"/> at each call of its method in the solution,
    /// including the default value where a call leaves an optional argument out.</summary>
    public IEnumerable<IArgumentOperation> ArgumentsFor(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || NameOf(method) is not { } name)
        {
            return Array.Empty<IArgumentOperation>();
        }

        // Only a constructor can be called by a target-typed new(); binding every new() of the solution for an
        // ordinary method's parameter would bind code that can never call it.
        var key = Key(method);
        var names = method.MethodKind == MethodKind.Constructor ? new[] { name, ImplicitCreation } : new[] { name };
        foreach (var looked in names)
        {
            _lookedUp?.Invoke(looked);
        }

        return names.Select(CallsOf)
            .SelectMany(bound => bound.TryGetValue(key, out var calls) ? calls : Enumerable.Empty<ImmutableArray<IArgumentOperation>>())
            .Select(arguments => arguments.FirstOrDefault(a => a.Parameter is not null && a.Parameter.Ordinal == parameter.Ordinal))
            .OfType<IArgumentOperation>();
    }

    /// <summary>The calls of one name, bound once and grouped by the method they call, so that the many parameters
    /// of one method — or of many methods sharing a name — never bind the same call twice.</summary>
    private Dictionary<string, List<ImmutableArray<IArgumentOperation>>> CallsOf(string name) =>
        _boundByName.GetOrAdd(name, key => new Lazy<Dictionary<string, List<ImmutableArray<IArgumentOperation>>>>(() => Bind(key))).Value;

    private Dictionary<string, List<ImmutableArray<IArgumentOperation>>> Bind(string name)
    {
        var bound = new Dictionary<string, List<ImmutableArray<IArgumentOperation>>>(StringComparer.Ordinal);
        if (_callsByName.Value.TryGetValue(name, out var calls))
        {
            foreach (var call in calls)
            {
                var (target, arguments) = _modelFor(call.SyntaxTree)?.GetOperation(call) switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation { Constructor: not null } creation => (creation.Constructor, creation.Arguments),
                    _ => (null, default),
                };
                if (target is not null)
                {
                    var key = Key(target);
                    if (!bound.TryGetValue(key, out var list))
                    {
                        list = new List<ImmutableArray<IArgumentOperation>>();
                        bound[key] = list;
                    }

                    list.Add(arguments);
                }
            }
        }

        return bound;
    }

    /// <summary>One key for a method declaration, also when seen from another project's compilation.</summary>
    private static string Key(IMethodSymbol method)
    {
        var declaration = (method.ReducedFrom ?? method).OriginalDefinition;
        return declaration.ContainingAssembly?.Name + "|" + (declaration.GetDocumentationCommentId() ?? declaration.ToDisplayString());
    }

    private static string? NameOf(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.Constructor => method.ContainingType.Name,
        MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.LocalFunction => method.Name,
        _ => null,
    };

    /// <summary>The names under which the index files the calls of one tree, read from syntax alone: a scan cache
    /// compares them with the names a document looked up to know whether an edit to the tree can change its result.</summary>
    public static IEnumerable<string> CalledNames(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().Select(IndexedName).Where(name => !string.IsNullOrEmpty(name)).Select(name => name!);

    private static string? IndexedName(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => CalledName(invocation.Expression),
        ObjectCreationExpressionSyntax creation => AwsSdkSymbols.LastName(creation.Type),
        ImplicitObjectCreationExpressionSyntax => ImplicitCreation,
        _ => null,
    };

    private static Dictionary<string, List<SyntaxNode>> CallsByName(IReadOnlyList<SyntaxTree> trees)
    {
        var byName = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        foreach (var node in trees.SelectMany(tree => tree.GetRoot().DescendantNodes()))
        {
            var name = IndexedName(node);
            if (!string.IsNullOrEmpty(name))
            {
                if (!byName.TryGetValue(name!, out var calls))
                {
                    calls = new List<SyntaxNode>();
                    byName[name!] = calls;
                }

                calls.Add(node);
            }
        }

        return byName;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        _ => null,
    };
}
