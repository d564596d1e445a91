using System.Text;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// Expands the variables of a Dockerfile value the way the builder does for <c>ENV</c>: <c>$NAME</c>, <c>${NAME}</c>,
/// <c>${NAME:-default}</c> and <c>${NAME:+alternative}</c>, from the <c>ARG</c> defaults and <c>ENV</c> values above it.
/// A variable with no value there is only known at build time (<c>--build-arg</c>): the value is then unresolved, with
/// the variable left as <c>{NAME}</c>. A value that is exactly one variable is located at the literal it takes.
/// </summary>
internal static class DockerVariables
{
    public static IacValue Expand(ConfigEntry entry, IReadOnlyDictionary<string, ConfigEntry> known)
    {
        var text = entry.Value;
        var result = new StringBuilder();
        var resolved = true;
        ConfigEntry? only = null;
        var references = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }

            if (text[i] != '$' || !TryReference(text, i, out var name, out var modifier, out var word, out var end))
            {
                result.Append(text[i]);
                continue;
            }

            references++;
            var value = known.GetValueOrDefault(name);
            only = value;
            switch (modifier)
            {
                case ":-" when value is null || value.Value.Length == 0:
                    result.Append(word);
                    only = null;
                    break;
                case ":+":
                    result.Append(value is { Value.Length: > 0 } ? word : string.Empty);
                    only = null;
                    break;
                default:
                    if (value is null)
                    {
                        resolved = false;
                        result.Append('{').Append(name).Append('}');
                    }
                    else
                    {
                        result.Append(value.Value);
                    }

                    break;
            }

            i = end - 1;
        }

        var location = references == 1 && only is not null && result.ToString() == only.Value ? only.Location : entry.Location;
        return new IacValue(result.ToString(), location, resolved);
    }

    private static bool TryReference(string text, int at, out string name, out string? modifier, out string word, out int end)
    {
        modifier = null;
        word = string.Empty;
        var braced = at + 1 < text.Length && text[at + 1] == '{';
        var start = at + (braced ? 2 : 1);
        var i = start;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        name = text[start..i];
        end = i;
        if (name.Length == 0)
        {
            return false;
        }

        if (!braced)
        {
            return true;
        }

        var close = text.IndexOf('}', i);
        if (close < 0)
        {
            return false;
        }

        if (text.AsSpan(i).StartsWith(":-") || text.AsSpan(i).StartsWith(":+"))
        {
            modifier = text.Substring(i, 2);
            word = text[(i + 2)..close];
        }

        end = close + 1;
        return true;
    }
}
