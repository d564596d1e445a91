using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Follows an expression back to the values it can take, over Roslyn operations: literals, constants, fields and
/// auto-properties with initializers, locals, concatenation, interpolation, <c>??</c> and ternaries, and
/// configuration reads (which become keys to join with configuration files). What stays unknown is a placeholder.
/// </summary>
public sealed class ValueResolver
{
    private const int MaxDepth = 8;
    private const int MaxValues = 16;
    private const int MaxPlaceholderLength = 40;

    private readonly Func<SyntaxTree, SemanticModel?> _modelFor;

    /// <param name="modelFor">The semantic model of a tree, which may belong to another project of the solution
    /// (a constant declared in a referenced library); null when the tree is not available.</param>
    public ValueResolver(Func<SyntaxTree, SemanticModel?> modelFor)
    {
        _modelFor = modelFor;
    }

    public static ValueResolver ForCompilation(Compilation compilation) =>
        new(tree => compilation.ContainsSyntaxTree(tree) ? compilation.GetSemanticModel(tree) : null);

    public IReadOnlyList<ResolvedValue> Resolve(ExpressionSyntax expression, SemanticModel model)
    {
        var inner = Unwrap(expression);
        return Resolve(model.GetOperation(inner), inner, 0);
    }

    /// <summary><c>(x)</c> and <c>x!</c> have no operation of their own; the value is the inner expression's.</summary>
    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = suppressed.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }

    private IReadOnlyList<ResolvedValue> Resolve(IOperation? operation, SyntaxNode syntax, int depth)
    {
        if (operation is null || operation is IInvalidOperation || depth > MaxDepth)
        {
            return Syntactic(syntax);
        }

        var configKey = ConfigurationReads.KeyOf(operation);
        if (configKey is not null)
        {
            return One(new ResolvedValue("{" + configKey + "}", false, new[] { SyntaxLocations.Of(syntax) }, configKey));
        }

        switch (operation)
        {
            case ILiteralOperation literal when literal.ConstantValue is { HasValue: true, Value: string text }:
                return One(new ResolvedValue(text, true, new[] { SyntaxLocations.Of(literal.Syntax) }));
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, conversion.Operand.Syntax, depth);
            case IFieldReferenceOperation field:
                return FromDeclaration(field.Field, operation, depth);
            case ILocalReferenceOperation local:
                return FromDeclaration(local.Local, operation, depth);
            case IPropertyReferenceOperation property when property.Arguments.Length == 0:
                return FromDeclaration(property.Property, operation, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return Cross(Resolve(binary.LeftOperand, binary.LeftOperand.Syntax, depth),
                    Resolve(binary.RightOperand, binary.RightOperand.Syntax, depth));
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, depth);
            case ICoalesceOperation coalesce:
                return Union(Resolve(coalesce.Value, coalesce.Value.Syntax, depth),
                    Resolve(coalesce.WhenNull, coalesce.WhenNull.Syntax, depth));
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Union(Resolve(conditional.WhenTrue, conditional.WhenTrue.Syntax, depth),
                    Resolve(conditional.WhenFalse, conditional.WhenFalse.Syntax, depth));
        }

        return Opaque(operation);
    }

    /// <summary>A field, local or property: follow its initializer, wherever in the solution it is declared.</summary>
    private IReadOnlyList<ResolvedValue> FromDeclaration(ISymbol symbol, IOperation reference, int depth)
    {
        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            var initializer = declaration.GetSyntax() switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer is null || !IsStable(symbol))
            {
                continue;
            }

            var model = _modelFor(initializer.SyntaxTree);
            var inner = Unwrap(initializer);
            return model is null ? Syntactic(inner) : Resolve(model.GetOperation(inner), inner, depth + 1);
        }

        return Opaque(reference);
    }

    /// <summary>Only declarations whose initializer is the value they hold: constants, read-only fields, get-only
    /// auto-properties, and locals (the reaching-assignment analysis of a later stage refines locals).</summary>
    private static bool IsStable(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.IsConst || field.IsReadOnly,
        IPropertySymbol property => property.SetMethod is null || property.SetMethod.IsInitOnly,
        ILocalSymbol => true,
        _ => false,
    };

    private IReadOnlyList<ResolvedValue> Interpolate(IInterpolatedStringOperation interpolated, int depth)
    {
        IReadOnlyList<ResolvedValue> values = One(new ResolvedValue(string.Empty, true, Array.Empty<SourceLocation>()));
        var literalAt = SyntaxLocations.Of(interpolated.Syntax);
        foreach (var part in interpolated.Parts)
        {
            var next = part switch
            {
                IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string s =>
                    One(new ResolvedValue(s, true, new[] { literalAt })),
                IInterpolationOperation hole => Resolve(hole.Expression, hole.Expression.Syntax, depth),
                _ => One(ResolvedValue.Unknown("?", literalAt)),
            };
            values = Cross(values, next);
        }

        return values;
    }

    private static IReadOnlyList<ResolvedValue> Opaque(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return One(new ResolvedValue(constant, true, new[] { SyntaxLocations.Of(operation.Syntax) }));
        }

        return One(ResolvedValue.Unknown(Describe(operation.Syntax), SyntaxLocations.Of(operation.Syntax)));
    }

    /// <summary>No operation to follow (the project's references did not resolve): read literals by their shape.</summary>
    private static IReadOnlyList<ResolvedValue> Syntactic(SyntaxNode syntax)
    {
        var at = SyntaxLocations.Of(syntax);
        if (syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return One(new ResolvedValue(literal.Token.ValueText, true, new[] { at }));
        }

        var key = ConfigurationReads.KeyOfSyntax(syntax);
        return key is not null
            ? One(new ResolvedValue("{" + key + "}", false, new[] { at }, key))
            : One(ResolvedValue.Unknown(Describe(syntax), at));
    }

    private static string Describe(SyntaxNode syntax)
    {
        var name = syntax switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text,
            MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.Text + "()",
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.Text + "()",
            _ => syntax.ToString(),
        };
        return name.Length <= MaxPlaceholderLength ? name : name.Substring(0, MaxPlaceholderLength);
    }

    private static IReadOnlyList<ResolvedValue> Cross(IReadOnlyList<ResolvedValue> lefts, IReadOnlyList<ResolvedValue> rights) =>
        lefts.SelectMany(left => rights.Select(right => ResolvedValue.Concat(left, right))).Take(MaxValues).ToList();

    private static IReadOnlyList<ResolvedValue> Union(IReadOnlyList<ResolvedValue> first, IReadOnlyList<ResolvedValue> second) =>
        first.Concat(second).Take(MaxValues).ToList();

    private static IReadOnlyList<ResolvedValue> One(ResolvedValue value) => new[] { value };
}
