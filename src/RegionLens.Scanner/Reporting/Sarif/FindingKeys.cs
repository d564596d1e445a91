using System.Security.Cryptography;
using System.Text;
using RegionLens.Scanner.Analysis;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>
/// <c>partialFingerprints["regionLensKey/v1"]</c>: the same finding gets the same key after the lines around it move,
/// so code scanning keeps one alert across commits. The key hashes the rule, the primary file and what the finding
/// is about without any line number (a choke point's failure domain, else the message); findings that share all
/// three are told apart by their order in the file (<c>hash:occurrence</c>, as GitHub's own line hash does).
/// </summary>
internal static class FindingKeys
{
    public const string Name = "regionLensKey/v1";

    public static IReadOnlyDictionary<Finding, string> For(IReadOnlyList<Finding> findings)
    {
        var keys = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        var groups = findings
            .Select(f => (Finding: f, Hash: Hash(f)))
            .GroupBy(x => x.Hash, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var occurrence = 0;
            foreach (var item in group.OrderBy(x => x.Finding.Locations.FirstOrDefault()?.Line ?? 0).ThenBy(x => x.Finding.Locations.FirstOrDefault()?.Column ?? 0))
            {
                occurrence++;
                keys[item.Finding] = item.Hash + ":" + SarifText.Number(occurrence);
            }
        }

        return keys;
    }

    internal static string Hash(Finding finding)
    {
        var subject = finding.Path is { Count: > 0 } path ? path[^1] : finding.Message;
        var input = string.Join('\n', finding.RuleId, finding.Locations.FirstOrDefault()?.Path ?? string.Empty, SarifText.WithoutLineNumbers(subject));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
    }
}
