using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RegionLens.Analyzers;

/// <summary>
/// What <c>.editorconfig</c> and <c>.globalconfig</c> say for one file, beyond the severities the compiler applies
/// itself (<c>dotnet_diagnostic.RL0001.severity</c>):
/// <list type="bullet">
/// <item><c>regionlens.allowed_regions</c>: regions, comma separated, that RL0001, RL0002 and RL0009 do not report;</item>
/// <item><c>regionlens.RL0001.include_configuration</c>: report regions read from <c>appsettings*.json</c> (default true);</item>
/// <item><c>regionlens.RL0005.include_private_addresses</c>: report private (RFC 1918) addresses too (default true);</item>
/// <item><c>regionlens.RL0006.include_per_call_clients</c>: report clients created per call, not only long-lived ones (default true).</item>
/// </list>
/// </summary>
internal sealed class RegionLensOptions
{
    public const string AllowedRegionsKey = "regionlens.allowed_regions";
    public const string IncludeConfigurationKey = "regionlens.RL0001.include_configuration";
    public const string IncludePrivateAddressesKey = "regionlens.RL0005.include_private_addresses";
    public const string IncludePerCallClientsKey = "regionlens.RL0006.include_per_call_clients";

    private RegionLensOptions(HashSet<string> allowedRegions, bool includeConfiguration, bool includePrivateAddresses, bool includePerCallClients)
    {
        AllowedRegions = allowedRegions;
        IncludeConfiguration = includeConfiguration;
        IncludePrivateAddresses = includePrivateAddresses;
        IncludePerCallClients = includePerCallClients;
    }

    public IReadOnlyCollection<string> AllowedRegions { get; }
    public bool IncludeConfiguration { get; }
    public bool IncludePrivateAddresses { get; }
    public bool IncludePerCallClients { get; }

    public bool IsAllowed(string? region) => region is not null && AllowedRegions.Contains(region);

    public static RegionLensOptions Read(AnalyzerConfigOptions options)
    {
        var allowed = options.TryGetValue(AllowedRegionsKey, out var list)
            ? new HashSet<string>(list.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim()), StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return new RegionLensOptions(allowed, Flag(options, IncludeConfigurationKey), Flag(options, IncludePrivateAddressesKey), Flag(options, IncludePerCallClientsKey));
    }

    /// <summary>True unless the option says <c>false</c>.</summary>
    private static bool Flag(AnalyzerConfigOptions options, string key) =>
        !(options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
}
