using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>Text shaping that the SARIF rule sets ask for.</summary>
internal static partial class SarifText
{
    /// <summary>The Multitool's SARIF2001 wants every message to end with a period.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? trimmed : trimmed + ".";
    }

    /// <summary>A rule title as a PascalCase name: "Cloud region hard-coded in code" → CloudRegionHardCodedInCode.</summary>
    public static string PascalName(string title)
    {
        var name = new StringBuilder();
        foreach (var word in NonWord().Split(title.Replace("'", string.Empty, StringComparison.Ordinal)))
        {
            if (word.Length > 0)
            {
                name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return name.ToString();
    }

    /// <summary>A relative path as a URI reference: forward slashes, each segment escaped.</summary>
    public static string Uri(string relativePath) =>
        string.Join('/', relativePath.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

    /// <summary>Drops <c>:line</c> and <c>:line:column</c> after a file name, so a text stays the same when lines move.</summary>
    public static string WithoutLineNumbers(string text) => LineSuffix().Replace(text, string.Empty);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[^A-Za-z0-9]+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=\.[A-Za-z0-9]+):\d+(?::\d+)?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LineSuffix();
}
