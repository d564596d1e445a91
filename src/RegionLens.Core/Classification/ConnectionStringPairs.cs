using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// The pairs of an ADO.NET-style <c>key=value;…</c> string, in the order written. Keys compare case-insensitively and,
/// as in <c>DbConnectionStringBuilder</c>, the last occurrence of a key wins.
/// </summary>
internal sealed class ConnectionStringPairs
{
    private readonly List<KeyValuePair<string, string>> _pairs;

    private ConnectionStringPairs(List<KeyValuePair<string, string>> pairs)
    {
        _pairs = pairs;
    }

    /// <summary>Null unless every non-blank entry is a well-formed pair: one stray word means this is not the format.</summary>
    public static ConnectionStringPairs? Parse(string text)
    {
        var entries = ConnectionStringSyntax.Split(text, ';');
        if (entries is null)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in entries)
        {
            if (entry.Trim().Length == 0)
            {
                continue;
            }

            if (ConnectionStringSyntax.ParsePair(entry) is not { } pair)
            {
                return null;
            }

            pairs.Add(pair);
        }

        return pairs.Count > 0 ? new ConnectionStringPairs(pairs) : null;
    }

    /// <summary>The value of the last pair whose key is any of <paramref name="keys"/> (synonyms share one slot).</summary>
    public string? Last(params string[] keys)
    {
        for (var i = _pairs.Count - 1; i >= 0; i--)
        {
            foreach (var key in keys)
            {
                if (string.Equals(_pairs[i].Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return _pairs[i].Value;
                }
            }
        }

        return null;
    }

    public bool Has(params string[] keys) => Last(keys) is not null;

    /// <summary>The <c>Port</c> key, when it holds a valid port.</summary>
    public int? Port() => Last("Port") is { } text && ServerAddress.TryParsePort(text, out var port) ? port : null;
}
