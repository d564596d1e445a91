using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Classification;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Keeps the values of a request argument that name a host: <c>https://orders.internal/api</c>, not the relative
/// <c>/api/orders</c> that an <c>HttpClient</c> resolves against its <c>BaseAddress</c> (reported where it is set).
/// </summary>
internal static class AbsoluteUrls
{
    public static IReadOnlyList<ResolvedValue> Of(ExpressionSyntax argument, SurfaceContext context)
    {
        // new Uri("…") is UriSurface's; reporting it here too would count one URL twice.
        if (argument is BaseObjectCreationExpressionSyntax)
        {
            return [];
        }

        // A configuration read stays: the configuration join learns its value, and the classifier drops a relative one.
        return [.. context.Resolver.Resolve(argument, context.Model)
            .Where(value => value.ConfigKey is not null || IsAbsolute(value.Text, context))];
    }

    private static bool IsAbsolute(string text, SurfaceContext context) =>
        HasScheme(text) && EndpointClassifier.Classify(text, context.Regions) is not null;

    /// <summary><c>scheme://</c> with an RFC 3986 scheme: a letter, then letters, digits, <c>+</c>, <c>-</c> or <c>.</c>.</summary>
    private static bool HasScheme(string text)
    {
        var separator = text.IndexOf("://", System.StringComparison.Ordinal);
        if (separator <= 0 || !IsLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < separator; i++)
        {
            var c = text[i];
            if (!IsLetter(c) && c is not (>= '0' and <= '9' or '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
