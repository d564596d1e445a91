using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RegionLens.Analyzers.CodeFixes;

internal static class Expressions
{
    /// <summary>Parses <paramref name="text"/>, written with <c>global::</c> names, marking every name for the
    /// simplifier so that the names the document already imports are written short.</summary>
    public static ExpressionSyntax Parse(string text)
    {
        var parsed = SyntaxFactory.ParseExpression(text);
        return parsed.ReplaceNodes(
                parsed.DescendantNodesAndSelf().Where(n => n is NameSyntax or MemberAccessExpressionSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    /// <summary>The expression a diagnostic's span covers, looking through the argument or initializer that has the same span.</summary>
    public static ExpressionSyntax? At(SyntaxNode? root, TextSpan span) => root?.FindNode(span) switch
    {
        ArgumentSyntax argument => argument.Expression,
        AttributeArgumentSyntax argument => argument.Expression,
        EqualsValueClauseSyntax clause => clause.Value,
        ExpressionSyntax expression => expression,
        _ => null,
    };
}
