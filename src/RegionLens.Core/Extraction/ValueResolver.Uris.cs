using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

public sealed partial class ValueResolver
{
    /// <summary><c>new Uri(…)</c>, <c>new Uri(baseUri, relative)</c>, <c>new UriBuilder(…) { Host = … }</c>, and
    /// collection initializers (<c>new List&lt;string&gt; { … }</c>); null for any other creation.</summary>
    private IReadOnlyList<ResolvedValue>? FromCreation(IObjectCreationOperation creation, Trail trail)
    {
        var type = creation.Type;
        var arguments = creation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value).ToList();
        if (IsSystemType(type, "Uri") && arguments.Count >= 1)
        {
            var first = Resolve(arguments[0], arguments[0].Syntax, trail);
            return arguments.Count >= 2 && IsUriType(arguments[0].Type)
                ? CrossWith(first, Resolve(arguments[1], arguments[1].Syntax, trail), CombineUri)
                : first;
        }

        if (IsSystemType(type, "UriBuilder"))
        {
            return Build(creation, arguments, trail);
        }

        if (creation.Initializer is { } initializer && initializer.Initializers.All(i => i is IInvocationOperation))
        {
            var added = initializer.Initializers.OfType<IInvocationOperation>().Select(add => add.Arguments.FirstOrDefault()?.Value).OfType<IOperation>();
            return Elements(added, trail);
        }

        return null;
    }

    /// <summary><c>uri.AbsoluteUri</c>, <c>uri.Host</c>, <c>builder.Uri</c>…: the URI the instance holds.</summary>
    private IReadOnlyList<ResolvedValue>? UriPart(IPropertyReferenceOperation reference, Trail trail)
    {
        var instance = reference.Instance;
        var name = reference.Property.Name;
        var isUriPart = IsSystemType(instance?.Type, "Uri") && name is "AbsoluteUri" or "OriginalString" or "Host" or "IdnHost" or "DnsSafeHost" or "Authority";
        var isBuilt = IsSystemType(instance?.Type, "UriBuilder") && name == "Uri";
        return instance is not null && (isUriPart || isBuilt) ? Resolve(instance, instance.Syntax, trail) : null;
    }

    private IReadOnlyList<ResolvedValue> Build(IObjectCreationOperation creation, IReadOnlyList<IOperation> arguments, Trail trail)
    {
        var parts = new Dictionary<string, IOperation>(StringComparer.Ordinal);
        if (arguments.Count == 1)
        {
            return Resolve(arguments[0], arguments[0].Syntax, trail);
        }

        string[] positional = ["Scheme", "Host", "Port", "Path"];
        for (var i = 0; i < arguments.Count && i < positional.Length; i++)
        {
            parts[positional[i]] = arguments[i];
        }

        foreach (var assignment in creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? [])
        {
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: var property })
            {
                parts[property] = assignment.Value;
            }
        }

        if (!parts.TryGetValue("Host", out var host))
        {
            return Opaque(creation);
        }

        var scheme = parts.TryGetValue("Scheme", out var s) && s.ConstantValue.Value is string schemeText ? schemeText : "http";
        var port = parts.TryGetValue("Port", out var p) && p.ConstantValue.Value is int number && number >= 0 ? ":" + number : string.Empty;
        var path = parts.TryGetValue("Path", out var q) && q.ConstantValue.Value is string pathText ? "/" + pathText.TrimStart('/') : string.Empty;
        return Resolve(host, host.Syntax, trail)
            .Select(value => new ResolvedValue(scheme + "://" + value.Text + port + path, value.IsComplete, value.Sources, null, value.IsSyntactic))
            .ToList();
    }

    /// <summary>How <c>new Uri(baseUri, relative)</c> joins: an absolute relative wins, a rooted one replaces the
    /// path, any other replaces the last segment of the base path.</summary>
    private static string CombineUri(string baseUri, string relative)
    {
        var schemeEnd = baseUri.IndexOf("://", StringComparison.Ordinal);
        if (relative.IndexOf("://", StringComparison.Ordinal) >= 0 || schemeEnd < 0)
        {
            return schemeEnd < 0 ? baseUri + relative : relative;
        }

        var pathStart = baseUri.IndexOf('/', schemeEnd + 3);
        var authority = pathStart < 0 ? baseUri : baseUri.Substring(0, pathStart);
        if (relative.StartsWith("/", StringComparison.Ordinal))
        {
            return authority + relative;
        }

        var path = pathStart < 0 ? "/" : baseUri.Substring(pathStart);
        return authority + path.Substring(0, path.LastIndexOf('/') + 1) + relative;
    }

    private static IReadOnlyList<ResolvedValue> CrossWith(IReadOnlyList<ResolvedValue> lefts, IReadOnlyList<ResolvedValue> rights, Func<string, string, string> combine) =>
        lefts.SelectMany(left => rights.Select(right => new ResolvedValue(
                combine(left.Text, right.Text), left.IsComplete && right.IsComplete, left.Sources.Concat(right.Sources).Distinct().ToList(), null, left.IsSyntactic || right.IsSyntactic)))
            .Take(MaxValues).ToList();

    private static bool IsUriType(ITypeSymbol? type) => IsSystemType(type, "Uri") || IsSystemType(type, "UriBuilder");

    private static bool IsSystemType(ITypeSymbol? type, string name) =>
        type is { Name: var typeName } && typeName == name && type.ContainingNamespace?.ToDisplayString() == "System";
}
