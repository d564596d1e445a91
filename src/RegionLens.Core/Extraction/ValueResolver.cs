using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Follows an expression back to the values it can take, over Roslyn operations: literals and constants; fields,
/// auto-properties and locals (with the assignments that reach them); parameters, through the arguments callers
/// pass; concatenation, interpolation, <c>string.Format</c> and <c>string.Concat</c>; <c>Uri</c> and
/// <c>UriBuilder</c>; <c>??</c> and ternaries (both sides); arrays and collections (each element); and
/// configuration reads, which become keys to join with configuration files. What stays unknown is a placeholder.
/// </summary>
public sealed partial class ValueResolver
{
    private const int MaxDepth = 8;
    private const int MaxValues = 16;
    private const int MaxPlaceholderLength = 40;

    private readonly Func<SyntaxTree, SemanticModel?> _modelFor;
    private readonly CallSiteIndex? _callSites;
    private readonly OptionsBindings? _options;

    /// <param name="modelFor">The semantic model of a tree, which may belong to another project of the solution
    /// (a constant declared in a referenced library); null when the tree is not available.</param>
    /// <param name="callSites">Where parameters get their values; without it a parameter stays a placeholder.</param>
    /// <param name="options">Which options classes are bound to which configuration sections.</param>
    public ValueResolver(Func<SyntaxTree, SemanticModel?> modelFor, CallSiteIndex? callSites = null, OptionsBindings? options = null)
    {
        _modelFor = modelFor;
        _callSites = callSites;
        _options = options;
    }

    public static ValueResolver ForCompilation(Compilation compilation)
    {
        // One model per tree for the compilation's whole analysis: every model the compilation hands out binds anew, and
        // the call-site index, the options bindings and each resolution would otherwise bind the same methods again.
        var models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        SemanticModel? ModelFor(SyntaxTree tree) =>
            compilation.ContainsSyntaxTree(tree) ? models.GetOrAdd(tree, t => compilation.GetSemanticModel(t)) : null;
        return new ValueResolver(ModelFor, new CallSiteIndex(compilation.SyntaxTrees, ModelFor), OptionsBindings.Find(compilation.SyntaxTrees, ModelFor));
    }

    public IReadOnlyList<ResolvedValue> Resolve(ExpressionSyntax expression, SemanticModel model)
    {
        var inner = expression.Unwrapped();
        return Resolve(model.GetOperation(inner), inner, Trail.Start);
    }

    /// <summary>Resolves an expression of any tree of the solution (an initializer, an argument at a call site).</summary>
    private IReadOnlyList<ResolvedValue> ResolveSyntax(ExpressionSyntax expression, Trail trail)
    {
        var inner = expression.Unwrapped();
        var model = _modelFor(inner.SyntaxTree);
        return model is null ? Syntactic(inner, trail) : Resolve(model.GetOperation(inner), inner, trail);
    }

    private IReadOnlyList<ResolvedValue> Resolve(IOperation? operation, SyntaxNode syntax, Trail trail)
    {
        if (operation is null || operation is IInvalidOperation)
        {
            return Syntactic(syntax, trail);
        }

        var configKey = ConfigurationReads.KeyOf(operation, _options);
        if (configKey is not null)
        {
            return One(new ResolvedValue("{" + configKey + "}", false, new[] { SyntaxLocations.Of(syntax) }, configKey));
        }

        switch (operation)
        {
            case ILiteralOperation literal when literal.ConstantValue is { HasValue: true, Value: string text }:
                return One(new ResolvedValue(text, true, new[] { SyntaxLocations.Of(literal.Syntax) }));
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, conversion.Operand.Syntax, trail);
            case IFieldReferenceOperation field:
                return FromField(field, trail);
            case ILocalReferenceOperation local:
                return FromLocal(local, trail);
            case IParameterReferenceOperation parameter:
                return FromParameter(parameter, trail);
            case IPropertyReferenceOperation property:
                return FromProperty(property, trail);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return Cross(Resolve(binary.LeftOperand, binary.LeftOperand.Syntax, trail),
                    Resolve(binary.RightOperand, binary.RightOperand.Syntax, trail));
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated, trail);
            case ICoalesceOperation coalesce:
                return Union(Resolve(coalesce.Value, coalesce.Value.Syntax, trail),
                    Resolve(coalesce.WhenNull, coalesce.WhenNull.Syntax, trail));
            case IConditionalOperation { WhenFalse: not null } conditional:
                return Union(Resolve(conditional.WhenTrue, conditional.WhenTrue.Syntax, trail),
                    Resolve(conditional.WhenFalse, conditional.WhenFalse.Syntax, trail));
            case IInvocationOperation invocation when FromInvocation(invocation, trail) is { } invoked:
                return invoked;
            case IObjectCreationOperation creation when FromCreation(creation, trail) is { } created:
                return created;
            case IArrayCreationOperation { Initializer: { } initializer }:
                return Elements(initializer.ElementValues, trail);
            case IArrayInitializerOperation initializer:
                return Elements(initializer.ElementValues, trail);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return Indexed(element.ArrayReference, element.Indices[0], trail);
            case IArrayElementReferenceOperation element:
                return Resolve(element.ArrayReference, element.ArrayReference.Syntax, trail);
        }

        return Opaque(operation);
    }

    /// <summary>Each element of a collection is a value the collection's consumer may use.</summary>
    private IReadOnlyList<ResolvedValue> Elements(IEnumerable<IOperation> elements, Trail trail) =>
        elements.SelectMany(element => Resolve(element, element.Syntax, trail)).Take(MaxValues).ToList();

    private static IReadOnlyList<ResolvedValue> Opaque(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return One(new ResolvedValue(constant, true, new[] { SyntaxLocations.Of(operation.Syntax) }));
        }

        return One(ResolvedValue.Unknown(Describe(operation.Syntax)));
    }

    /// <summary>No operation to follow (the project's references did not resolve): read literals, collection
    /// expressions and configuration reads by their shape.</summary>
    private IReadOnlyList<ResolvedValue> Syntactic(SyntaxNode syntax, Trail trail)
    {
        var at = SyntaxLocations.Of(syntax);
        if (syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return One(new ResolvedValue(literal.Token.ValueText, true, new[] { at }));
        }

        // new Uri(x) whose argument does not bind: the URI is the argument.
        if (syntax is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation && AwsSdkSymbols.LastName(creation.Type) == "Uri")
        {
            return ResolveSyntax(creation.ArgumentList.Arguments[0].Expression, trail);
        }

        if (syntax is CollectionExpressionSyntax collection)
        {
            return collection.Elements.OfType<ExpressionElementSyntax>()
                .SelectMany(element => ResolveSyntax(element.Expression, trail)).Take(MaxValues).ToList();
        }

        var key = ConfigurationReads.KeyOfSyntax(syntax);
        return key is not null
            ? One(new ResolvedValue("{" + key + "}", false, new[] { at }, key, isSyntactic: true))
            : One(ResolvedValue.Unknown(Describe(syntax)));
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
