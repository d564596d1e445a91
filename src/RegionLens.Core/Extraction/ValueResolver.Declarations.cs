using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RegionLens.Core.Extraction;

public sealed partial class ValueResolver
{
    /// <summary>A constant or read-only field: its initializer, wherever in the solution it is declared. A mutable
    /// field can be set anywhere, so its initializer proves nothing.</summary>
    private IReadOnlyList<ResolvedValue> FromField(IFieldReferenceOperation reference, Trail trail)
    {
        var field = reference.Field;
        if ((field.IsConst || field.IsReadOnly) && trail.Enter(field) is { } inner && Initializer(field) is { } initializer)
        {
            return ResolveSyntax(initializer, inner);
        }

        return Opaque(reference);
    }

    /// <summary>A get-only or init-only auto-property's initializer, or an expression-bodied getter.</summary>
    private IReadOnlyList<ResolvedValue> FromProperty(IPropertyReferenceOperation reference, Trail trail)
    {
        var property = reference.Property;
        if (UriPart(reference, trail) is { } uri)
        {
            return uri;
        }

        if (FromListIndexer(reference, trail) is { } element)
        {
            return element;
        }

        var stable = property.SetMethod is null || property.SetMethod.IsInitOnly;
        if (reference.Arguments.Length == 0 && stable && trail.Enter(property) is { } inner && Initializer(property) is { } initializer)
        {
            return ResolveSyntax(initializer, inner);
        }

        return Opaque(reference);
    }

    /// <summary>
    /// A local: its initializer and every assignment to it that comes before the read in the same body — the values
    /// that can reach the read, without a full flow analysis. A <c>foreach</c> variable takes each element.
    /// </summary>
    private IReadOnlyList<ResolvedValue> FromLocal(ILocalReferenceOperation reference, Trail trail)
    {
        var local = reference.Local;
        var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (trail.Enter(local) is not { } inner || declaration is null)
        {
            return Opaque(reference);
        }

        if (declaration is ForEachStatementSyntax forEach)
        {
            return ResolveSyntax(forEach.Expression, inner);
        }

        var sources = new List<ExpressionSyntax>();
        if (declaration is VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            sources.Add(initializer.Value);
        }

        sources.AddRange(AssignmentsBefore(local, declaration, reference.Syntax.SpanStart));
        var values = sources.SelectMany(source => ResolveSyntax(source, inner)).Take(MaxValues).ToList();
        return values.Count > 0 ? values : Opaque(reference);
    }

    /// <summary>A parameter takes every value its callers pass (or the declared default where they leave it out).</summary>
    private IReadOnlyList<ResolvedValue> FromParameter(IParameterReferenceOperation reference, Trail trail)
    {
        var parameter = reference.Parameter;
        if (_callSites is null || trail.Enter(parameter) is not { } inner)
        {
            return Opaque(reference);
        }

        var values = new List<ResolvedValue>();
        foreach (var argument in _callSites.ArgumentsFor(parameter))
        {
            var passed = argument.ArgumentKind == ArgumentKind.DefaultValue ? DefaultOf(parameter) : argument.Value.Syntax as ExpressionSyntax;
            if (passed is not null)
            {
                values.AddRange(argument.ArgumentKind == ArgumentKind.DefaultValue
                    ? ResolveSyntax(passed, inner)
                    : Resolve(argument.Value, passed, inner));
            }
        }

        return values.Count > 0 ? values.Take(MaxValues).ToList() : Opaque(reference);
    }

    private static ExpressionSyntax? Initializer(ISymbol symbol)
    {
        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            var initializer = declaration.GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is not null)
            {
                return initializer;
            }
        }

        return null;
    }

    private static ExpressionSyntax? DefaultOf(IParameterSymbol parameter) =>
        parameter.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<ParameterSyntax>().FirstOrDefault()?.Default?.Value;

    private IEnumerable<ExpressionSyntax> AssignmentsBefore(ILocalSymbol local, SyntaxNode declaration, int readAt)
    {
        var body = declaration.Ancestors().FirstOrDefault(node => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax);
        var model = body is null ? null : _modelFor(body.SyntaxTree);
        if (body is null || model is null)
        {
            yield break;
        }

        foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && assignment.SpanStart < readAt
                && assignment.Left is IdentifierNameSyntax { Identifier.Text: var name } target
                && name == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, local))
            {
                yield return assignment.Right;
            }
        }
    }
}
