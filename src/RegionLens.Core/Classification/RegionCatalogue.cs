using System;
using System.Collections.Generic;
using System.Linq;

namespace RegionLens.Core.Classification;

/// <summary>
/// The regions RegionLens accepts as real. It is built from data — the scanner fills it from AWSSDK.Core's
/// <c>RegionEndpoint</c> catalogue — so that an unknown code is reported as unknown instead of guessed.
/// </summary>
public sealed class RegionCatalogue
{
    private readonly Dictionary<string, RegionInfo> _byCode;
    private readonly Dictionary<string, RegionInfo> _byField;

    public RegionCatalogue(IEnumerable<RegionInfo> regions)
    {
        var list = regions.ToList();
        _byCode = new Dictionary<string, RegionInfo>(StringComparer.OrdinalIgnoreCase);
        _byField = new Dictionary<string, RegionInfo>(StringComparer.Ordinal);
        foreach (var region in list)
        {
            _byCode[region.Code] = region;
            if (region.SdkFieldName is { } field)
            {
                _byField[field] = region;
            }
        }

        Regions = list.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<RegionInfo> Regions { get; }

    /// <summary>Classifications already made against this catalogue, by the text classified. A classification depends
    /// only on the text and the catalogue, and a solution names the same hosts many times over.</summary>
    internal ClassificationMemo Classified { get; } = new();

    public bool IsKnown(string code) => _byCode.ContainsKey(code);

    public RegionInfo? FindByCode(string code) => _byCode.TryGetValue(code, out var region) ? region : null;

    /// <summary>Maps an SDK field name such as <c>USGovCloudWest1</c> to its region (<c>us-gov-west-1</c>).</summary>
    public RegionInfo? FindBySdkField(string fieldName) => _byField.TryGetValue(fieldName, out var region) ? region : null;
}
