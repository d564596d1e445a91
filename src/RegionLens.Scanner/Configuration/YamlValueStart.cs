using RegionLens.Core.Model;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Where a YAML node's value is written. YamlDotNet starts a node at its first property — a tag (<c>!Ref</c>,
/// <c>!!str</c>) or an anchor (<c>&amp;dns</c>) — but a reader wants the value itself: the properties and the blanks
/// after them (line breaks included) are stepped over. <paramref name="properties"/> names the characters that open a
/// property the caller expects.
/// </summary>
internal static class YamlValueStart
{
    public static SourceLocation Of(string path, string text, YamlNode node, string properties)
    {
        var index = (int)node.Start.Index;
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        while (index < text.Length && properties.Contains(text[index], StringComparison.Ordinal))
        {
            while (index < text.Length && !char.IsWhiteSpace(text[index]))
            {
                index++;
                column++;
            }

            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                if (text[index] == '\n')
                {
                    line++;
                    column = 0;
                }

                index++;
                column++;
            }
        }

        return new SourceLocation(path, line, column);
    }
}
