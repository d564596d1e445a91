using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0005: an IP address written where a name belongs — an endpoint or a DNS resolver. It bypasses DNS
/// failover and breaks when the address changes. Loopback addresses are local by nature and not reported; nor are the
/// name servers of a deployment file's resolver setting, where an address is the only thing that can be written
/// (RL0004 says when there is only one).</summary>
internal sealed class HardCodedIpRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HardCodedIp;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Dependencies
            .Where(d => d.Kind is EvidenceKind.Ip or EvidenceKind.Resolver && d.Scope != EndpointScope.Loopback
                && !(d.Kind == EvidenceKind.Resolver && d.Origin == Classification.Origin.Iac))
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.HardCodedIp(d.Value, d.Kind == EvidenceKind.Resolver, d.Sink)),
                d.Locations));
}
