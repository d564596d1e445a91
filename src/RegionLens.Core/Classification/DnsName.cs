using System;
using System.Globalization;

namespace RegionLens.Core.Classification;

/// <summary>Normalises and checks DNS names (RFC 1123 letters, digits and hyphens, plus '_' for service labels).</summary>
internal static class DnsName
{
    private const int MaxHostLength = 253;
    private const int MaxLabelLength = 63;

    /// <summary>Lower-cased ASCII (IDN labels become punycode) without the trailing root dot; null if IDN fails.</summary>
    public static string? Normalise(string raw)
    {
        var name = raw.EndsWith(".", StringComparison.Ordinal) ? raw.Substring(0, raw.Length - 1) : raw;
        foreach (var c in name)
        {
            if (c > '\u007f')
            {
                try
                {
                    return new IdnMapping().GetAscii(name).ToLowerInvariant();
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }
        }

        return name.ToLowerInvariant();
    }

    public static bool IsValid(string name)
    {
        if (name.Length > MaxHostLength)
        {
            return false;
        }

        var labels = name.Split('.');
        foreach (var label in labels)
        {
            if (!IsLabel(label))
            {
                return false;
            }
        }

        // A numeric last label makes "3.14" or "256.1.1.1" a number, not a host.
        return !IsAllDigits(labels[labels.Length - 1]);
    }

    /// <summary>Unresolved template parts, written <c>{name}</c> by the extractors or <c>${NAME}</c> in config.</summary>
    public static bool HasPlaceholder(string name) => name.IndexOfAny(new[] { '{', '}', '$' }) >= 0;

    private static bool IsLabel(string label)
    {
        if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[label.Length - 1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllDigits(string label)
    {
        foreach (var c in label)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
