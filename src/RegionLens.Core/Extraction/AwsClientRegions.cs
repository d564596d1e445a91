using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The effective region of each AWS SDK client a tree creates or registers: an explicit <c>RegionEndpoint</c>, a
/// <c>ServiceURL</c> (which wins over the region, DOMAIN §4.1), a configuration key, <c>AWSOptions</c>, or — when the
/// code gives nothing — the SDK's run-time chain (environment, profile, instance metadata).
/// </summary>
public static class AwsClientRegions
{
    private static readonly Regex ClientName = new("^Amazon[A-Za-z0-9]+Client$", RegexOptions.CultureInvariant, RegexBudget.Timeout);

    public static IReadOnlyList<ClientRegion> Collect(SemanticModel model, ValueResolver resolver, RegionCatalogue regions)
    {
        var found = new List<ClientRegion>();
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            var client = node switch
            {
                BaseObjectCreationExpressionSyntax creation => FromCreation(creation, model, resolver, regions),
                InvocationExpressionSyntax invocation => FromOptions(invocation, model),
                _ => null,
            };
            if (client is not null)
            {
                found.Add(client);
            }
        }

        return found;
    }

    private static ClientRegion? FromCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, ValueResolver resolver, RegionCatalogue regions)
    {
        // Every SDK client is named Amazon…; another name can only be a client when the solution derives a type of
        // that name from one. Asking the declared types (their base lists only) spares binding the creation, which binds
        // its whole statement, for every record and class the solution creates.
        if (CreatedTypeNames.Written(creation, model) is { } writtenName
            && !writtenName.StartsWith("Amazon", StringComparison.Ordinal)
            && !DeclaresClientNamed(model.Compilation, writtenName))
        {
            return null;
        }

        var type = model.GetTypeInfo(creation).Type;
        var bound = type is { TypeKind: not TypeKind.Error };
        var name = bound ? type!.Name : creation is ObjectCreationExpressionSyntax { Type: var written } ? AwsSdkSymbols.LastName(written) : string.Empty;
        if (bound ? !IsServiceClient(type) : !ClientName.IsMatch(name))
        {
            return null;
        }

        var at = SyntaxLocations.Of(creation);
        var confidence = bound ? Confidence.Semantic : Confidence.Syntactic;
        foreach (var argument in creation.ArgumentList?.Arguments.Select(a => a.Expression) ?? [])
        {
            if (RegionOf(argument, model, resolver, regions) is { } region)
            {
                return new ClientRegion(name, region.Source, region.Values, [at, .. region.Locations], confidence);
            }

            if (ConfigInitializer(argument, model) is { } initializer && FromConfig(initializer, model, resolver, regions) is { } configured)
            {
                return new ClientRegion(name, configured.Source, configured.Values, [at, .. configured.Locations], confidence);
            }
        }

        return new ClientRegion(name, RegionSource.Runtime, [], [at], confidence);
    }

    /// <summary><c>options.CreateServiceClient&lt;T&gt;()</c> and <c>services.AddAWSService&lt;T&gt;()</c>.</summary>
    private static ClientRegion? FromOptions(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic }
            || generic.Identifier.Text is not ("CreateServiceClient" or "AddAWSService" or "TryAddAWSService" or "AddKeyedAWSService" or "TryAddKeyedAWSService"))
        {
            return null;
        }

        var confidence = AwsSdkSymbols.Match(model, invocation,
            symbol => symbol.ContainingAssembly?.Name == "AWSSDK.Extensions.NETCore.Setup",
            () => true);
        return confidence is { } sure
            ? new ClientRegion(AwsSdkSymbols.LastName(generic.TypeArgumentList.Arguments[0]), RegionSource.AwsOptions, OptionsSection(invocation, model),
                [SyntaxLocations.Of(invocation)], sure)
            : null;
    }

    /// <summary>For <c>options.CreateServiceClient&lt;T&gt;()</c> where <c>options = configuration.GetAWSOptions("X")</c>:
    /// the key the region is read from, <c>config:X:Region</c> (<c>AWS</c> by default).</summary>
    private static IReadOnlyList<string> OptionsSection(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        var receiver = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
        var source = receiver is null ? null : model.GetSymbolInfo(receiver).Symbol?.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().Select(v => v.Initializer?.Value.Unwrapped()).FirstOrDefault();
        if (source is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetAWSOptions" } } getOptions)
        {
            return [];
        }

        var section = getOptions.ArgumentList.Arguments.Count == 0 ? "AWS" : model.GetConstantValue(getOptions.ArgumentList.Arguments[0].Expression).Value as string;
        return section is null ? [] : ["config:" + section + ":Region"];
    }

    private sealed class Found
    {
        public Found(RegionSource source, IReadOnlyList<string> values, IReadOnlyList<SourceLocation> locations)
        {
            Source = source;
            Values = values;
            Locations = locations;
        }

        public RegionSource Source { get; }
        public IReadOnlyList<string> Values { get; }
        public IReadOnlyList<SourceLocation> Locations { get; }
    }

    /// <summary><c>RegionEndpoint.USEast1</c> or <c>RegionEndpoint.GetBySystemName(x)</c> as an argument or assigned value.</summary>
    private static Found? RegionOf(ExpressionSyntax expression, SemanticModel model, ValueResolver resolver, RegionCatalogue regions)
    {
        switch (expression.Unwrapped())
        {
            case MemberAccessExpressionSyntax member when AwsSdkSymbols.LastName(member.Expression) == "RegionEndpoint"
                && regions.FindBySdkField(member.Name.Identifier.Text) is { } region:
                return new Found(RegionSource.Explicit, [region.Code], [SyntaxLocations.Of(member)]);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetBySystemName" } callee, ArgumentList.Arguments.Count: 1 } call
                when AwsSdkSymbols.LastName(callee.Expression) == "RegionEndpoint":
                var values = resolver.Resolve(call.ArgumentList.Arguments[0].Expression, model).Where(v => !v.IsOpaque).ToList();
                var fromConfiguration = values.Count > 0 && values.All(v => v.ConfigKey is not null);
                return new Found(fromConfiguration ? RegionSource.Configuration : RegionSource.Explicit,
                    values.Select(v => v.ConfigKey is { } key ? "config:" + ConfigKeys.Display(key) : v.Text).ToList(),
                    values.SelectMany(v => v.Sources).Distinct().ToList());
            default:
                return null;
        }
    }

    /// <summary>The initializer of an SDK config passed to the client: written in place, or held in a local or field.</summary>
    private static InitializerExpressionSyntax? ConfigInitializer(ExpressionSyntax argument, SemanticModel model)
    {
        var creation = argument.Unwrapped() as BaseObjectCreationExpressionSyntax;
        if (creation is null && model.GetSymbolInfo(argument).Symbol is ILocalSymbol or IFieldSymbol)
        {
            creation = model.GetSymbolInfo(argument).Symbol!.DeclaringSyntaxReferences.Select(r => r.GetSyntax())
                .OfType<VariableDeclaratorSyntax>().Select(v => v.Initializer?.Value).OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
        }

        var type = creation is null ? null : model.GetTypeInfo(creation).Type;
        var isConfig = type is { TypeKind: not TypeKind.Error }
            ? AwsSdkSymbols.IsClientConfig(type)
            : creation is ObjectCreationExpressionSyntax { Type: var written } && AwsSdkSymbols.LastName(written).EndsWith("Config", StringComparison.Ordinal);
        return isConfig ? creation!.Initializer : null;
    }

    /// <summary>ServiceURL wins over RegionEndpoint, as in the SDK's client factory.</summary>
    private static Found? FromConfig(InitializerExpressionSyntax initializer, SemanticModel model, ValueResolver resolver, RegionCatalogue regions)
    {
        var assignments = initializer.Expressions.OfType<AssignmentExpressionSyntax>().ToList();
        var serviceUrl = assignments.FirstOrDefault(a => AwsSdkSymbols.LastName(a.Left) == "ServiceURL");
        if (serviceUrl is not null)
        {
            var values = resolver.Resolve(serviceUrl.Right, model).Where(v => !v.IsOpaque).ToList();
            return new Found(RegionSource.ServiceUrl, values.Select(v => v.ConfigKey is { } key ? "config:" + ConfigKeys.Display(key) : v.Text).ToList(),
                values.SelectMany(v => v.Sources).Distinct().ToList());
        }

        var region = assignments.FirstOrDefault(a => AwsSdkSymbols.LastName(a.Left) == "RegionEndpoint");
        return region is null ? null : RegionOf(region.Right, model, resolver, regions);
    }

    /// <summary>Whether the compilation declares a type of this name that derives from an SDK client.</summary>
    private static bool DeclaresClientNamed(Compilation compilation, string name) =>
        compilation.ContainsSymbolsWithName(name, SymbolFilter.Type)
        && compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<ITypeSymbol>().Any(IsServiceClient);

    /// <summary>A concrete client derived from <c>Amazon.Runtime.AmazonServiceClient</c>.</summary>
    private static bool IsServiceClient(ITypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "AmazonServiceClient" && current.ContainingNamespace?.ToDisplayString() == "Amazon.Runtime")
            {
                return true;
            }
        }

        return false;
    }
}
