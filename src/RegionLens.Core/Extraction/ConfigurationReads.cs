using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Recognises reads of Microsoft.Extensions.Configuration — <c>config["A:B"]</c>, <c>GetValue&lt;T&gt;("A:B")</c>,
/// <c>GetSection("A")["B"]</c>, <c>GetSection("A:B").Value</c>, <c>GetConnectionString("x")</c> — and returns the key read.
/// </summary>
internal static class ConfigurationReads
{
    private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration";

    private static readonly HashSet<string> StringCollections = new HashSet<string>(StringComparer.Ordinal)
    {
        "List", "IList", "IReadOnlyList", "ICollection", "IReadOnlyCollection", "IEnumerable", "HashSet", "ISet", "IReadOnlySet",
    };

    public static string? KeyOf(IOperation operation, OptionsBindings? options = null) => operation switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: false } property when options is not null && OptionsKey(property, options) is { } key => key,
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer
            when indexer.Arguments.Length == 1 && IsConfiguration(indexer.Instance?.Type) =>
            Join(SectionPath(indexer.Instance), ConstantText(indexer.Arguments[0].Value)),
        IPropertyReferenceOperation { Property.Name: "Value" } value
            when IsConfiguration(value.Instance?.Type) => SectionPath(value.Instance),
        IInvocationOperation invocation => KeyOfInvocation(invocation),
        _ => null,
    };

    /// <summary><c>options.Value.Region</c>, <c>monitor.CurrentValue.Aws.Region</c> or <c>settings.Region</c> of an
    /// options class bound to a section: the section's key for that property.</summary>
    private static string? OptionsKey(IPropertyReferenceOperation property, OptionsBindings options) =>
        Join(OptionsSection(property.Instance, options), property.Property.Name) is { } key
            ? key + (IsStringCollection(property.Property.Type) ? ConfigKeys.ElementsSuffix : string.Empty)
            : null;

    /// <summary>An array or list of strings, which the binder fills from a section's numbered children.</summary>
    public static bool IsStringCollection(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String } => true,
        INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType == SpecialType.System_String
            && StringCollections.Contains(named.Name) && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic",
        _ => false,
    };

    private static string? OptionsSection(IOperation? instance, OptionsBindings options)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        if (instance is IPropertyReferenceOperation { Property.Name: "Value" or "CurrentValue", Instance.Type: INamedTypeSymbol { TypeArguments.Length: 1 } holder }
            && holder.Name is "IOptions" or "IOptionsMonitor" or "IOptionsSnapshot")
        {
            return options.SectionOf(holder.TypeArguments[0]);
        }

        if (instance?.Type is { } type && options.SectionOf(type) is { } section)
        {
            return section;
        }

        return instance is IPropertyReferenceOperation nested ? Join(OptionsSection(nested.Instance, options), nested.Property.Name) : null;
    }

    /// <summary>Without bound symbols (an unrestored project), accepts the same reads by their shape when the
    /// receiver is named like a configuration (<c>configuration</c>, <c>Config</c>, <c>_configuration</c>).</summary>
    public static string? KeyOfSyntax(SyntaxNode node)
    {
        switch (node)
        {
            case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access:
                return Join(SectionPathOfSyntax(access.Expression), LiteralText(access.ArgumentList.Arguments[0].Expression));
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member, ArgumentList.Arguments.Count: >= 1 } invocation:
                var key = LiteralText(invocation.ArgumentList.Arguments[0].Expression);
                return member.Name.Identifier.Text switch
                {
                    "GetValue" => Join(SectionPathOfSyntax(member.Expression), key),
                    "GetConnectionString" => key is null ? null : Join(SectionPathOfSyntax(member.Expression), "ConnectionStrings:" + key),
                    _ => null,
                };
            case MemberAccessExpressionSyntax { Name.Identifier.Text: "Value" } value:
                return SectionPathOfSyntax(value.Expression) is { Length: > 0 } path ? path : null;
            case InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.Text: "Get", TypeArgumentList.Arguments: { Count: 1 } types } } list,
                ArgumentList.Arguments.Count: 0,
            } when LooksLikeStringCollection(types[0]):
                return SectionPathOfSyntax(list.Expression) is { Length: > 0 } listPath ? listPath + ConfigKeys.ElementsSuffix : null;
            default:
                return null;
        }
    }

    private static string? SectionPathOfSyntax(ExpressionSyntax expression)
    {
        if (expression is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetSection" or "GetRequiredSection" } member,
                ArgumentList.Arguments.Count: 1,
            } getSection)
        {
            return Join(SectionPathOfSyntax(member.Expression), LiteralText(getSection.ArgumentList.Arguments[0].Expression));
        }

        return LooksLikeConfigurationName(expression) ? string.Empty : null;
    }

    private static bool LooksLikeStringCollection(TypeSyntax type) => type switch
    {
        ArrayTypeSyntax { ElementType: PredefinedTypeSyntax element } => element.Keyword.ValueText == "string",
        GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } arguments } generic =>
            StringCollections.Contains(generic.Identifier.Text) && arguments[0] is PredefinedTypeSyntax { Keyword.ValueText: "string" },
        _ => false,
    };

    private static string? LiteralText(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { Token.Value: string text } ? text : null;

    private static string? KeyOfInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!IsConfigurationExtension(method) && !IsConfiguration(method.ContainingType))
        {
            return null;
        }

        // Extension methods carry their receiver as the first argument in the operation tree.
        var receiver = method.IsExtensionMethod ? invocation.Arguments[0].Value : invocation.Instance;
        if (method.Name == "Get" && method.TypeArguments.Length == 1 && IsStringCollection(method.TypeArguments[0]) && IsConfiguration(receiver?.Type))
        {
            return SectionPath(receiver) is { Length: > 0 } list ? list + ConfigKeys.ElementsSuffix : null;
        }

        var keyArgument = method.IsExtensionMethod ? 1 : 0;
        if (invocation.Arguments.Length <= keyArgument || !IsConfiguration(receiver?.Type))
        {
            return null;
        }

        var key = ConstantText(invocation.Arguments[keyArgument].Value);
        return method.Name switch
        {
            "GetValue" => Join(SectionPath(receiver), key),
            "GetConnectionString" => key is null ? null : Join(SectionPath(receiver), "ConnectionStrings:" + key),
            _ => null,
        };
    }

    /// <summary>The key prefix of a configuration object: "" for the root, "A:B" for <c>GetSection("A").GetSection("B")</c>.</summary>
    public static string? SectionPath(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } getSection
            && getSection.Arguments.Length >= 1)
        {
            var receiver = getSection.TargetMethod.IsExtensionMethod ? getSection.Arguments[0].Value : getSection.Instance;
            var keyArgument = getSection.TargetMethod.IsExtensionMethod ? 1 : 0;
            if (getSection.Arguments.Length <= keyArgument)
            {
                return null;
            }

            return Join(SectionPath(receiver), ConstantText(getSection.Arguments[keyArgument].Value));
        }

        return IsConfiguration(operation?.Type) ? string.Empty : null;
    }

    public static bool IsConfiguration(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsConfigurationInterface(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsConfigurationInterface(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConfigurationInterface(ITypeSymbol type) =>
        type.Name == "IConfiguration" && type.ContainingNamespace?.ToDisplayString() == ConfigurationNamespace;

    private static bool IsConfigurationExtension(IMethodSymbol method) =>
        method.IsExtensionMethod && method.ContainingNamespace?.ToDisplayString() == ConfigurationNamespace;

    private static bool LooksLikeConfigurationName(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text,
            MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
            _ => string.Empty,
        };
        return name.IndexOf("config", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string? ConstantText(IOperation operation) =>
        operation.ConstantValue.HasValue ? operation.ConstantValue.Value as string : null;

    private static string? Join(string? prefix, string? key)
    {
        if (prefix is null || key is null)
        {
            return null;
        }

        return prefix.Length == 0 ? key : prefix + ":" + key;
    }
}
