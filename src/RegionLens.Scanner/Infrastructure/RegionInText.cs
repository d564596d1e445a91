using System.Text.RegularExpressions;
using RegionLens.Core.Classification;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// A known AWS region code inside a name (<c>api-us-east-1</c>, <c>eu-west-1-primary</c>). Route 53 set identifiers
/// are free text, and naming them after the region is the common convention; the code must exist in the catalogue,
/// so <c>us-east-9</c> or a word that only looks like one names nothing.
/// </summary>
internal static partial class RegionInText
{
    public static string? Find(string text) =>
        RegionCode().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .FirstOrDefault(AwsRegionCatalogue.Instance.IsKnown);

    [GeneratedRegex(@"(?<![a-z0-9])[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+(?![0-9])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RegionCode();
}
