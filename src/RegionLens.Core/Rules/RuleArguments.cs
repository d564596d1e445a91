namespace RegionLens.Core.Rules;

/// <summary>
/// The arguments of each rule's message format, built in one place so that the scanner's findings and the
/// analyzers' diagnostics say the same thing about the same value.
/// </summary>
public static class RuleArguments
{
    /// <summary>RL0001: the region and what consumes it.</summary>
    public static object[] HardCodedRegion(string region, string sink) => new object[] { region, sink };

    /// <summary>RL0002: the host, and its service (or provider), region and sink.</summary>
    public static object[] HardCodedEndpoint(string host, string? service, string provider, string region, string sink) =>
        new object[] { host, $"{service ?? provider} in {region}, set through {sink}" };

    /// <summary>RL0003: the host, and the provider's home region it depends on.</summary>
    public static object[] HiddenHomeRegion(string host, string provider, string homeRegion, string sink) =>
        new object[] { host, $"{provider} {homeRegion}, set through {sink}" };

    /// <summary>RL0005: the address and whether it is used as a resolver or an endpoint.</summary>
    public static object[] HardCodedIp(string address, bool isResolver, string sink) =>
        new object[] { address, isResolver ? $"a DNS resolver ({sink})" : $"an endpoint ({sink})" };

    /// <summary>RL0009: a Cosmos client whose preferred regions are one region.</summary>
    public static object[] SinglePreferredRegion(string region, string sink) =>
        new object[] { $"Cosmos client prefers the single region '{region}' ({sink}); list a second region to fail over to" };

    /// <summary>RL0009 for a read-access geo-redundant storage account whose secondary the code never names.</summary>
    public static object[] UnusedReadableSecondary(string account) =>
        new object[] { $"Storage account '{account}' is read-access geo-redundant (RA-GRS or RA-GZRS), but this client has no GeoRedundantSecondaryUri; its reads cannot fall back to the secondary region" };

    /// <summary>RL0006, RL0009 and RL0010 from an observation: its detail.</summary>
    public static object[] Observed(string detail) => new object[] { detail };

    /// <summary>The message of <paramref name="rule"/> with <paramref name="arguments"/>.</summary>
    public static string Message(RuleDescriptor rule, object[] arguments) => string.Format(null, rule.MessageFormat, arguments);
}
