using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RegionLens.Core.Classification;

/// <summary>
/// The AWS regions of AWSSDK.Core's <c>RegionEndpoint</c> catalogue, as data (<c>rules/aws-regions.json</c>) for
/// the analyzers, which run inside the compiler and cannot load the SDK. The scanner reads the SDK itself; a scanner
/// test keeps this list equal to it.
/// </summary>
public static class AwsRegionList
{
    public const string ResourceName = "RegionLens.Rules.aws-regions.json";

    private static readonly Lazy<RegionCatalogue> Embedded = new(() => Parse(ReadResource()));

    public static RegionCatalogue Catalogue => Embedded.Value;

    /// <summary>Throws <see cref="InvalidDataException"/> when the text is not a list of regions.</summary>
    public static RegionCatalogue Parse(string json)
    {
        if (JsonText.Parse(json) is not Dictionary<string, object?> file || !file.TryGetValue("regions", out var list) || list is not List<object?> items)
        {
            throw new InvalidDataException("aws-regions.json: 'regions' must be a list");
        }

        return new RegionCatalogue(items.Select(Region));
    }

    private static RegionInfo Region(object? item) =>
        item is Dictionary<string, object?> entry
        && entry.TryGetValue("code", out var code) && code is string text
        && entry.TryGetValue("partition", out var partition) && partition is string partitionName
            ? new RegionInfo("aws", text, partitionName, entry.TryGetValue("sdkField", out var field) ? field as string : null,
                entry.TryGetValue("displayName", out var display) ? display as string : null)
            : throw new InvalidDataException("aws-regions.json: every region needs a code and a partition");

    private static string ReadResource()
    {
        using var stream = typeof(AwsRegionList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The resource {ResourceName} is not embedded in RegionLens.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
