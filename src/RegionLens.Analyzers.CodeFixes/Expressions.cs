using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RegionLens.Analyzers.CodeFixes;

internal static class Expressions
{
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
