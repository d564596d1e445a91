using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// The <c>key=value</c> grammar shared by ADO.NET-style strings (<c>;</c>-separated) and StackExchange.Redis
/// configuration (<c>,</c>-separated): a value that starts with <c>"</c> or <c>'</c> runs to its closing quote, and a
/// doubled quote inside stands for one. Quoted separators must never split a pair, or a password could be read as a host.
/// </summary>
internal static class ConnectionStringSyntax
{
    /// <summary>The raw entries between separators; null when a quoted value is never closed.</summary>
    public static List<string>? Split(string text, char separator)
    {
        var entries = new List<string>();
        var start = 0;
        var inValue = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == separator)
            {
                entries.Add(text.Substring(start, i - start));
                start = i + 1;
                inValue = false;
            }
            else if (c == '=' && !inValue)
            {
                inValue = true;
                var first = SkipSpaces(text, i + 1);
                if (first < text.Length && text[first] is '"' or '\'')
                {
                    // Where an unclosed secret ends cannot be known, so nothing after it can be trusted.
                    i = ClosingQuote(text, first);
                    if (i < 0)
                    {
                        return null;
                    }
                }
            }
        }

        entries.Add(text.Substring(start));
        return entries;
    }

    /// <summary>The trimmed key and unquoted value of <c>key=value</c>; null when the entry is not such a pair.</summary>
    public static KeyValuePair<string, string>? ParsePair(string entry)
    {
        var equals = entry.IndexOf('=');
        if (equals < 0)
        {
            return null;
        }

        var key = entry.Substring(0, equals).Trim();
        var value = Unquote(entry.Substring(equals + 1).Trim());
        return IsKey(key) && value is not null ? new KeyValuePair<string, string>(key, value) : null;
    }

    /// <summary>Keys are words (<c>Data Source</c>, <c>bootstrap.servers</c>, <c>Trusted_Connection</c>), never URLs or JSON.</summary>
    public static bool IsKey(string key)
    {
        if (key.Length == 0 || !char.IsLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c is not (' ' or '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Unquote(string raw)
    {
        if (raw.Length == 0 || raw[0] is not ('"' or '\''))
        {
            return raw;
        }

        var quote = raw[0];
        if (raw.Length < 2 || raw[raw.Length - 1] != quote)
        {
            return null; // text after the closing quote
        }

        var doubled = new string(quote, 2);
        var inner = raw.Substring(1, raw.Length - 2);
        return inner.Replace(doubled, string.Empty).IndexOf(quote) < 0 ? inner.Replace(doubled, quote.ToString()) : null;
    }

    private static int ClosingQuote(string text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] != quote)
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == quote)
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
