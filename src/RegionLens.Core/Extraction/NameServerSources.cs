using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The name-server addresses given to a DnsClient holder (<see cref="DnsClientSymbols.Holder"/>): <c>IPAddress.Parse</c>,
/// <c>new IPEndPoint(address, port)</c>, <c>new NameServer(…)</c>, the <c>NameServer.*</c> constants, options built
/// from those, arrays and collection expressions of them, and variables holding any of them.
/// <see cref="NameServerConsumers"/> walks the same shapes the other way; the two must stay in step.
/// </summary>
internal static class NameServerSources
{
    private const int MaxDepth = 4;

    public static IReadOnlyList<ResolvedValue> Of(SyntaxNode holder, SurfaceContext context) => [.. InHolder(holder, context, 0)];

    private static IEnumerable<ResolvedValue> InHolder(SyntaxNode holder, SurfaceContext context, int depth)
    {
        var arguments = holder switch
        {
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
            _ => default,
        };
        var servers = arguments
            .Where((_, index) => DnsClientSymbols.TakesNameServerAt(holder, index, context.Model))
            .Select(argument => argument.Expression);
        return servers.SelectMany(server => Of(server, context, depth));
    }

    private static IEnumerable<ResolvedValue> Of(ExpressionSyntax expression, SurfaceContext context, int depth)
    {
        var model = context.Model;
        expression = expression.Unwrapped();
        if (depth > MaxDepth)
        {
            return [];
        }

        if (NetworkSymbols.ParsedAddress(expression, model) is { } parsed)
        {
            return context.Resolver.Resolve(parsed.Text, model);
        }

        return expression switch
        {
            MemberAccessExpressionSyntax member when DnsClientSymbols.ConstantAddress(member, model) is { } address =>
                [new ResolvedValue(address, true, [SyntaxLocations.Of(member)])],
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } creation when NetworkSymbols.IsEndPointCreation(creation, model) =>
                Of(list.Arguments[0].Expression, context, depth),
            BaseObjectCreationExpressionSyntax creation when DnsClientSymbols.Holder(creation, model) is not null =>
                InHolder(creation, context, depth),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => Each(initializer.Expressions, context, depth),
            ImplicitArrayCreationExpressionSyntax array => Each(array.Initializer.Expressions, context, depth),
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) =>
                Each(initializer.Expressions, context, depth),
            CollectionExpressionSyntax collection =>
                Each(collection.Elements.OfType<ExpressionElementSyntax>().Select(element => element.Expression), context, depth),
            _ => AddressVariables.InitializerOf(expression, model) is { } initializer
                ? Of(initializer, context, depth + 1)
                : [],
        };
    }

    private static IEnumerable<ResolvedValue> Each(IEnumerable<ExpressionSyntax> expressions, SurfaceContext context, int depth) =>
        expressions.SelectMany(expression => Of(expression, context, depth));

}
