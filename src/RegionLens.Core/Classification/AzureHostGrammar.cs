using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RegionLens.Core.Classification;

/// <summary>Azure hostnames of DOMAIN §3.4: region-bearing forms, global services, and account-level endpoints.</summary>
internal static class AzureHostGrammar
{
    /// <summary>
    /// The 99 Cosmos DB region display names (DOMAIN §3.4) lower-cased without spaces, which is how the Cosmos SDK
    /// spells them into regional hostnames and how ARM names regions. Azure regions are not in the AWS-filled catalogue.
    /// </summary>
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "westus", "westus2", "westus3", "westcentralus", "eastus", "eastus2", "eastus3", "centralus",
        "southcentralus", "southcentralus2", "northcentralus", "southeastus", "southeastus3", "southeastus5",
        "southwestus", "northeastus5", "westeurope", "northeurope", "eastasia", "southeastasia", "southeastasia3",
        "japaneast", "japanwest", "australiaeast", "australiasoutheast", "australiacentral", "australiacentral2",
        "centralindia", "southindia", "westindia", "indiasouthcentral", "jioindiacentral", "jioindiawest",
        "canadaeast", "canadacentral", "chinanorth", "chinaeast", "chinanorth2", "chinaeast2", "chinanorth3",
        "chinaeast3", "koreasouth", "koreacentral", "ukwest", "uksouth", "brazilsouth", "brazilsoutheast",
        "usgovarizona", "usgovtexas", "usgovvirginia", "usdodcentral", "usdodeast", "usnateast", "usnatwest",
        "usseceast", "ussecwest", "ussecwestcentral", "eastus2euap", "centraluseuap", "eastusslv",
        "westcentralusfre", "francecentral", "francesouth", "southafricanorth", "southafricawest", "uaecentral",
        "uaenorth", "switzerlandnorth", "switzerlandwest", "germanynorth", "germanywestcentral", "norwayeast",
        "norwaywest", "swedencentral", "swedensouth", "qatarcentral", "polandcentral", "malaysiasouth",
        "malaysiawest", "italynorth", "israelcentral", "israelnorthwest", "mexicocentral", "spaincentral",
        "taiwannorth", "taiwannorthwest", "newzealandnorth", "austriaeast", "indonesiacentral", "chilecentral",
        "belgiumcentral", "denmarkeast", "saudiarabiaeast", "singaporecentral", "singaporenorth",
        "bleufrancecentral", "bleufrancesouth", "deloscloudgermanycentral", "deloscloudgermanynorth",
    };

    /// <summary>The region names above, for callers that recognise region strings outside hostnames.</summary>
    public static IReadOnlyCollection<string> RegionNames => Regions;

    private const string CosmosRegionalNote =
        "regional Cosmos DB endpoint bypasses multi-region routing (medium confidence: account names may contain '-')";

    // A Cosmos account name may itself contain '-', so "contoso-prod" is only regional when the tail is a real region.
    private static readonly RegionalForm[] RegionalForms =
    {
        new("documents", @"^[a-z0-9-]+-(?<region>[a-z0-9]+)\.documents\.azure\.(?:com|us|cn)$", knownOnly: true, CosmosRegionalNote),
        new("appservice", @"^[a-z0-9-]+-[a-z0-9]{16}\.(?<region>[a-z0-9]+)-01\.azurewebsites\.net$"),
        new("containerapps", @"^[a-z0-9-]+\.[a-z0-9-]+\.(?<region>[a-z0-9]+)\.azurecontainerapps\.io$"),
        new("aks", @"^(?:.+\.)?(?:privatelink\.)?(?<region>[a-z0-9]+)\.azmk8s\.io$"),
        new("publicip", @"^[a-z0-9-]+\.(?<region>[a-z0-9]+)\.cloudapp\.azure\.com$"),
    };

    private static readonly Regex Storage = new(
        @"^[a-z0-9]+?(?<secondary>-secondary)?\.(?<service>blob|queue|table|file|dfs)\.core\.windows\.net$",
        AwsHostGrammar.Options, RegexBudget.Timeout);

    // Exact global hosts: the Entra ID authority hosts and the ARM front door.
    private static readonly Dictionary<string, string> GlobalHosts = new(StringComparer.Ordinal)
    {
        ["login.microsoftonline.com"] = "entra-id",
        ["login.microsoftonline.us"] = "entra-id",
        ["login.chinacloudapi.cn"] = "entra-id",
        ["management.azure.com"] = "arm",
    };

    // Checked in order, so the longer "secondary.database.windows.net" comes before "database.windows.net".
    private static readonly (string Suffix, string? Service, EndpointScope Scope, string? Note)[] SuffixForms =
    {
        ("azurefd.net", "frontdoor", EndpointScope.GlobalEdge, null),
        ("trafficmanager.net", "trafficmanager", EndpointScope.GlobalEdge, null),
        ("documents.azure.com", "documents", EndpointScope.Public, "Cosmos DB account endpoint; no region in the host"),
        ("documents.azure.us", "documents", EndpointScope.Public, "Cosmos DB account endpoint; no region in the host"),
        ("documents.azure.cn", "documents", EndpointScope.Public, "Cosmos DB account endpoint; no region in the host"),
        ("secondary.database.windows.net", "sql", EndpointScope.Public, "SQL failover-group read-only listener"),
        ("database.windows.net", "sql", EndpointScope.Public, null),
        ("servicebus.windows.net", "servicebus", EndpointScope.Public, "single region unless Geo-DR or geo-replication is set up"),
        ("azurewebsites.net", "appservice", EndpointScope.Public, "legacy default hostname; no region in the host"),
        ("azurecontainerapps.io", "containerapps", EndpointScope.Public, null),
        ("azmk8s.io", "aks", EndpointScope.Public, null),
        ("azure.com", null, EndpointScope.Public, null),
        ("azure.us", null, EndpointScope.Public, null),
        ("azure.cn", null, EndpointScope.Public, null),
        ("windows.net", null, EndpointScope.Public, null),
        ("azure.net", null, EndpointScope.Public, null),
        ("microsoftonline.com", null, EndpointScope.Public, null),
    };

    public static bool IsKnownRegion(string token, RegionCatalogue regions) =>
        Regions.Contains(token)
        || (regions.FindByCode(token) is { } info && string.Equals(info.Provider, "azure", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a host under one of the Azure suffixes this grammar knows.</summary>
    public static bool IsAzureHost(string host)
    {
        foreach (var form in SuffixForms)
        {
            if (HostText.EndsWithLabels(host, form.Suffix))
            {
                return true;
            }
        }

        return GlobalHosts.ContainsKey(host);
    }

    public static EndpointClassification? TryClassify(string host, RegionCatalogue regions)
    {
        if (GlobalHosts.TryGetValue(host, out var globalService))
        {
            return new EndpointClassification(host, "azure", EndpointScope.Global, service: globalService);
        }

        // Every regional and storage form ends in one of the suffixes: other names need not meet the regexes.
        if (!IsAzureHost(host))
        {
            return null;
        }

        foreach (var form in RegionalForms)
        {
            if (form.TryClassify(host, regions) is { } regional)
            {
                return regional;
            }
        }

        if (Storage.Match(host) is { Success: true } storage)
        {
            var note = storage.Groups["secondary"].Success
                ? "RA-GRS secondary read endpoint"
                : "storage account in one primary region (plus a paired secondary with GRS)";
            return new EndpointClassification(host, "azure", EndpointScope.Public, service: storage.Groups["service"].Value, note: note);
        }

        foreach (var (suffix, service, scope, note) in SuffixForms)
        {
            if (HostText.EndsWithLabels(host, suffix))
            {
                return new EndpointClassification(host, "azure", scope, service: service, note: note);
            }
        }

        return null;
    }

    private sealed class RegionalForm
    {
        private readonly string _service;
        private readonly Regex _regex;
        private readonly bool _knownOnly;
        private readonly string? _note;

        public RegionalForm(string service, string pattern, bool knownOnly = false, string? note = null)
        {
            _service = service;
            _regex = new Regex(pattern, AwsHostGrammar.Options, RegexBudget.Timeout);
            _knownOnly = knownOnly;
            _note = note;
        }

        public EndpointClassification? TryClassify(string host, RegionCatalogue regions)
        {
            var match = _regex.Match(host);
            if (!match.Success)
            {
                return null;
            }

            var token = match.Groups["region"].Value;
            var known = IsKnownRegion(token, regions);
            if (!known && _knownOnly)
            {
                return null;
            }

            return new EndpointClassification(host, "azure", EndpointScope.Regional, service: _service,
                region: known ? token : null, note: known ? _note : $"unknown region '{token}'");
        }
    }
}
