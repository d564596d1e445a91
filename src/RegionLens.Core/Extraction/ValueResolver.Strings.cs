using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

public sealed partial class ValueResolver
{
    private IReadOnlyList<ResolvedValue> Interpolate(IInterpolatedStringOperation interpolated, Trail trail)
    {
        IReadOnlyList<ResolvedValue> values = One(new ResolvedValue(string.Empty, true, Array.Empty<SourceLocation>()));
        var literalAt = SyntaxLocations.Of(interpolated.Syntax);
        foreach (var part in interpolated.Parts)
        {
            var next = part switch
            {
                IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string s =>
                    One(new ResolvedValue(s, true, new[] { literalAt })),
                IInterpolationOperation hole => Resolve(hole.Expression, hole.Expression.Syntax, trail),
                _ => One(ResolvedValue.Unknown("?")),
            };
            values = Cross(values, next);
        }

        return values;
    }

    /// <summary><c>string.Format</c>, <c>string.Concat</c>, and <c>ToString()</c> of a <c>Uri</c> or <c>UriBuilder</c>;
    /// null for any other call.</summary>
    private IReadOnlyList<ResolvedValue>? FromInvocation(IInvocationOperation invocation, Trail trail)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic)
        {
            return method.Name switch
            {
                "Format" => Format(invocation, trail),
                "Concat" => Arguments(invocation).Aggregate(One(ResolvedValue.Empty), (values, argument) => Cross(values, Resolve(argument, argument.Syntax, trail))),
                _ => null,
            };
        }

        return method.Name == "ToString" && invocation.Instance is { } instance && IsUriType(instance.Type)
            ? Resolve(instance, instance.Syntax, trail)
            : null;
    }

    /// <summary>Substitutes the arguments' values into each value of the format string.</summary>
    private IReadOnlyList<ResolvedValue>? Format(IInvocationOperation invocation, Trail trail)
    {
        var format = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format")?.Value;
        if (format is null)
        {
            return null;
        }

        var arguments = Arguments(invocation).Where(a => a != format).ToList();
        var results = new List<ResolvedValue>();
        foreach (var formatValue in Resolve(format, format.Syntax, trail))
        {
            if (!formatValue.IsComplete)
            {
                results.Add(formatValue);
                continue;
            }

            IReadOnlyList<ResolvedValue> values = One(new ResolvedValue(string.Empty, true, formatValue.Sources));
            foreach (var segment in FormatSegments(formatValue.Text))
            {
                var next = segment.Index is { } index
                    ? (index < arguments.Count ? Resolve(arguments[index], arguments[index].Syntax, trail) : One(ResolvedValue.Unknown(index.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                    : One(new ResolvedValue(segment.Text, true, Array.Empty<SourceLocation>()));
                values = Cross(values, next);
            }

            results.AddRange(values);
        }

        return results.Take(MaxValues).ToList();
    }

    /// <summary>The value arguments of a call, with a <c>params</c> array opened into its elements, and without
    /// an <c>IFormatProvider</c>.</summary>
    private static IEnumerable<IOperation> Arguments(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            if (argument.Parameter?.Type.Name == "IFormatProvider")
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>Splits a composite format string into text and argument holes: <c>"{0}.{1:x}"</c>, with <c>{{</c> and <c>}}</c> as braces.</summary>
    private static IEnumerable<(string Text, int? Index)> FormatSegments(string format)
    {
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            var close = c == '{' ? format.IndexOf('}', i) : -1;
            var digits = close > i ? new string(format.Substring(i + 1, close - i - 1).TakeWhile(char.IsDigit).ToArray()) : string.Empty;
            if (digits.Length == 0)
            {
                text.Append(c);
                continue;
            }

            yield return (text.ToString(), null);
            text.Clear();
            yield return (string.Empty, int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
            i = close;
        }

        yield return (text.ToString(), null);
    }
}
