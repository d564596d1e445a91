using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0004: name resolution that hangs on one server. In code, a DnsClient holder given a single name server; in
/// deployment files, a resolver setting that lists one server (Kubernetes <c>dnsPolicy: None</c> with one
/// <c>dnsConfig</c> nameserver, compose <c>dns</c>, nginx <c>resolver</c>, a resolv.conf written by a Dockerfile, VPC DHCP
/// options). Two or more servers in the setting are a mitigation (DOMAIN §7) and are not reported; nor is the VPC's
/// own resolver (<c>AmazonProvidedDNS</c>, <c>169.254.169.253</c>, <c>fd00:ec2::253</c>), which is served in every
/// availability zone of the VPC (DOMAIN §5.3), nor a server the user lists in <c>redundantResolvers</c> of
/// <c>regionlens.json</c> (anycast, or a highly available pair behind one address).
/// </summary>
internal sealed class SingleResolverRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.SingleResolver;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var inCode = input.Dependencies
            .Where(d => d is { Kind: EvidenceKind.Resolver, Origin: Origin.Code })
            .GroupBy(d => (d.Component, d.Consumer))
            .Where(g => g.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .Where(d => !input.Settings.IsRedundantResolver(d.Value))
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel, string.Format(null, Rule.MessageFormat, $"{d.Value} ({d.Sink})"), d.Locations));
        var inFiles = input.Infrastructure
            .SelectMany(f => f.Facts.Resolvers)
            .Where(r => r.Servers.Select(s => s.Text).Distinct(StringComparer.Ordinal).Count() == 1 && !VpcResolver.Is(r.Servers[0].Text)
                && !input.Settings.IsRedundantResolver(r.Servers[0].Text))
            .Select(r => new Finding(Rule.Id, Rule.DefaultLevel,
                string.Format(null, Rule.MessageFormat, $"{r.Servers[0].Text} ({r.Setting}{(r.Workload is null ? "" : $", {r.Workload}")})"),
                [r.Servers[0].Location]));
        return inCode.Concat(inFiles);
    }
}
