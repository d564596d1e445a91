using System.Collections.Immutable;
using System.Composition;
using System.Threading;
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
/// RL0001: reads the region from the <c>AWS_REGION</c> environment variable instead of the code. A
/// <c>RegionEndpoint</c> (<c>RegionEndpoint.USEast1</c>, <c>RegionEndpoint.GetBySystemName("us-east-1")</c>) becomes
/// <c>RegionEndpoint.GetBySystemName(Environment.GetEnvironmentVariable("AWS_REGION") ?? throw …)</c>; a region string
/// becomes the variable's value. The environment, not <c>IConfiguration</c>: it is in scope everywhere, it is what the
/// AWS SDK itself reads, and each deployment sets it; a missing variable fails at start-up instead of defaulting to a
/// region. A constant's value cannot be a call, so a region in a <c>const</c> has no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedRegionCodeFix)), Shared]
public sealed class HardCodedRegionCodeFix : CodeFixProvider
{
    public const string Title = "Read the region from the AWS_REGION environment variable";

    private const string RegionFromEnvironment =
        "global::System.Environment.GetEnvironmentVariable(\"AWS_REGION\") ?? throw new global::System.InvalidOperationException(\"AWS_REGION is not set\")";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.HardCodedRegion);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is not { } root)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (Expressions.At(root, context.Span) is not ExpressionSyntax expression || model is null)
        {
            return;
        }

        var replacement = Replacement(expression, model, context.CancellationToken);
        if (replacement is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement))), nameof(HardCodedRegionCodeFix)),
            context.Diagnostics);
    }

    private static ExpressionSyntax? Replacement(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        var text = type is { Name: "RegionEndpoint", ContainingNamespace.Name: "Amazon" }
            ? $"global::Amazon.RegionEndpoint.GetBySystemName({RegionFromEnvironment})"
            : type?.SpecialType == SpecialType.System_String && expression.IsKind(SyntaxKind.StringLiteralExpression) && !IsConstant(expression)
                ? $"({RegionFromEnvironment})"
                : null;
        return text is null
            ? null
            : Expressions.Parse(text).WithTriviaFrom(expression);
    }

    private static bool IsConstant(ExpressionSyntax literal) =>
        literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: var holder } } }
        && holder is FieldDeclarationSyntax { Modifiers: var fieldModifiers } && fieldModifiers.Any(SyntaxKind.ConstKeyword)
            || literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax local } } }
            && local.IsConst
            || literal.Parent is AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax
            || literal.Parent is EqualsValueClauseSyntax { Parent: ParameterSyntax };
}
