using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The simple name of the type an object creation makes, read from the syntax whenever the syntax says it for
/// certain. Asking the semantic model for the type of one creation binds the whole method around it, and most
/// methods create only lists, records and the like that no surface cares about: reading the name first lets a
/// surface skip them without binding, and bind only the creations whose name it is looking for.
/// </summary>
internal static class CreatedTypeNames
{
    private static readonly ConditionalWeakTable<Compilation, HashSet<string>> AliasesByCompilation = new();

    /// <summary>The created type's simple name as written — <c>new Uri(…)</c>, <c>new System.Uri(…)</c>, or a
    /// target-typed <c>new(…)</c> that initialises a field, property or variable declared with its type — or null
    /// when only binding can tell: a target-typed <c>new(…)</c> elsewhere, or a name that is a <c>using</c> alias
    /// somewhere in the compilation (<c>using U = System.Uri;</c> makes <c>new U()</c> a Uri).</summary>
    public static string? Written(BaseObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        var name = creation switch
        {
            ObjectCreationExpressionSyntax { Type: var type } => NameOf(type),
            ImplicitObjectCreationExpressionSyntax implicitCreation => DeclaredTypeName(implicitCreation),
            _ => null,
        };
        return name is null || name.Length == 0 || AliasesOf(model.Compilation).Contains(name) ? null : name;
    }

    /// <summary>The created type's simple name as the surfaces match it: the name written after <c>new</c>, or for a
    /// target-typed <c>new(…)</c> its declared type's name, or else the bound type's (empty when unbound).</summary>
    public static string Of(BaseObjectCreationExpressionSyntax creation, SemanticModel model) => creation switch
    {
        ObjectCreationExpressionSyntax { Type: var type } => AwsSdkSymbols.LastName(type),
        ImplicitObjectCreationExpressionSyntax implicitCreation when Written(implicitCreation, model) is { } declared => declared,
        _ => model.GetTypeInfo(creation).Type?.Name ?? string.Empty,
    };

    /// <summary>False only when the syntax shows the creation makes a type of another name than any of
    /// <paramref name="names"/>; true when it may make one of them (binding decides).</summary>
    public static bool MayBe(BaseObjectCreationExpressionSyntax creation, SemanticModel model, params string[] names) =>
        Written(creation, model) is not { } written || names.Contains(written);

    private static string? DeclaredTypeName(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => NameOf(declaration.Type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => NameOf(property.Type),
        _ => null,
    };

    private static string? NameOf(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => NameOf(nullable.ElementType),
        IdentifierNameSyntax identifier when identifier.IsVar => null,
        PredefinedTypeSyntax => null,
        _ => AwsSdkSymbols.LastName(type),
    };

    /// <summary>Every name a <c>using</c> directive of the compilation declares as an alias, global or not: such a
    /// name may stand for any type, so a creation written with it is left to binding.</summary>
    private static HashSet<string> AliasesOf(Compilation compilation) =>
        AliasesByCompilation.GetValue(compilation, static c =>
        {
            var aliases = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in c.SyntaxTrees)
            {
                foreach (var directive in tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<UsingDirectiveSyntax>())
                {
                    if (directive.Alias is { } alias)
                    {
                        aliases.Add(alias.Name.Identifier.Text);
                    }
                }
            }

            return aliases;
        });
}
