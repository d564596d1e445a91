using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Redaction;
using RegionLens.Core.Rules;

namespace RegionLens.Analyzers;

/// <summary>
/// One file's evidence and observations as diagnostics, by the scanner's rules for the findings of code: RL0001 for
/// a region written in code (one of two or more regions consumed at one place is a multi-region design, and a Cosmos
/// region preference is not a pin), RL0002 for a regional endpoint in code, RL0003 for a global endpoint with a home
/// region, RL0005 for an IP address (not loopback), RL0006, RL0009 and RL0010 from observations. Messages are the
/// scanner's (<see cref="RuleArguments"/>). A configuration read is joined with the <c>appsettings*.json</c>
/// AdditionalFiles; a region found there is reported as RL0001 at the read, naming the file, unless
/// <c>regionlens.RL0001.include_configuration = false</c>.
/// </summary>
internal sealed class FileFindings
{
    /// <summary>The kind of observation behind an RL0006, RL0009 or RL0010 diagnostic, for the code fixes.</summary>
    public const string ObservationProperty = "RegionLens.Observation";

    private readonly SyntaxTree _tree;
    private readonly DiagnosticLocations _locations;
    private readonly ConfigurationFiles _configuration;
    private readonly RegionLensOptions _options;
    private readonly RegionCatalogue _regions = AwsRegionList.Catalogue;

    public FileFindings(SyntaxTree tree, DiagnosticLocations locations, ConfigurationFiles configuration, RegionLensOptions options)
    {
        _tree = tree;
        _locations = locations;
        _configuration = configuration;
        _options = options;
    }

    public IEnumerable<Diagnostic> From(IReadOnlyList<Evidence> evidence, IReadOnlyList<Observation> observations)
    {
        var values = evidence.SelectMany(Values).ToList();
        var found = Regions(values.Where(v => v.Evidence.Kind == EvidenceKind.Region).ToList())
            .Concat(values.Where(v => v.Evidence.Kind != EvidenceKind.Region).SelectMany(Endpoints))
            .Concat(observations.Select(Observed).OfType<Diagnostic>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return found.Where(d => seen.Add($"{d.Id}|{d.Location.SourceSpan}|{d.GetMessage(null)}")).ToList();
    }

    /// <summary>A value written in code, or each value a configuration read finds in the files.</summary>
    private IEnumerable<FoundValue> Values(Evidence evidence)
    {
        if (evidence.ConfigKey is { } key && evidence.Value is null)
        {
            return _configuration.Values(key).Select(v => new FoundValue(evidence, v.Entry.Value, v));
        }

        return evidence.Value is null ? Enumerable.Empty<FoundValue>() : new[] { new FoundValue(evidence, evidence.Value, null) };
    }

    private IEnumerable<Diagnostic> Regions(List<FoundValue> regions)
    {
        var pins = regions.Where(r => !r.Evidence.Sink.StartsWith("CosmosClient", StringComparison.Ordinal)
            && (r.Configuration is null ? !r.Evidence.IsInfrastructure : _options.IncludeConfiguration)).ToList();
        var perConsumer = pins.GroupBy(r => (r.Configuration is null, r.Consumer))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Value).Distinct(StringComparer.Ordinal).Count());
        foreach (var pin in pins.Where(p => perConsumer[(p.Configuration is null, p.Consumer)] < 2 && !IsAllowed(p.Value)))
        {
            var sink = pin.Configuration is { } read ? $"{pin.Evidence.Sink}, from {read.FileName}:{read.Entry.Line} '{read.Entry.Key}'" : pin.Evidence.Sink;
            if (Create(RuleDiagnostics.HardCodedRegion, pin, RuleArguments.HardCodedRegion(SecretRedactor.Redact(pin.Value), sink)) is { } diagnostic)
            {
                yield return diagnostic;
            }
        }

        var preferred = regions.Where(r => r.Evidence.Sink.StartsWith("CosmosClient", StringComparison.Ordinal) && r.Evidence.Sink.EndsWith("PreferredRegions", StringComparison.Ordinal))
            .GroupBy(r => r.Consumer)
            .Where(g => g.Select(r => r.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .Where(r => !IsAllowed(r.Value));
        foreach (var single in preferred)
        {
            if (Create(RuleDiagnostics.SingleRegionClient, single, RuleArguments.SinglePreferredRegion(single.Value, single.Evidence.Sink)) is { } diagnostic)
            {
                yield return diagnostic;
            }
        }
    }

    private IEnumerable<Diagnostic> Endpoints(FoundValue found)
    {
        var evidence = found.Evidence;
        var inCode = found.Configuration is null;
        foreach (var target in EndpointTargets.Of(found.Value, evidence.Sink, _regions))
        {
            var endpoint = target.Endpoint;
            var kind = evidence.Kind == EvidenceKind.Resolver ? EvidenceKind.Resolver : endpoint.IsIpAddress ? EvidenceKind.Ip : EvidenceKind.Endpoint;
            var arguments = kind switch
            {
                EvidenceKind.Endpoint when inCode && endpoint is { Scope: EndpointScope.Regional, Region: { } region } && !IsAllowed(region) =>
                    (RuleDiagnostics.HardCodedRegionalEndpoint, RuleArguments.HardCodedEndpoint(endpoint.Host, endpoint.Service, endpoint.Provider, region, evidence.Sink)),
                EvidenceKind.Ip or EvidenceKind.Resolver when endpoint.Scope != EndpointScope.Loopback
                    && !(kind == EvidenceKind.Resolver && evidence.IsInfrastructure)
                    && (_options.IncludePrivateAddresses || endpoint.Scope != EndpointScope.Private) =>
                    (RuleDiagnostics.HardCodedIp, RuleArguments.HardCodedIp(endpoint.Host, kind == EvidenceKind.Resolver, evidence.Sink)),
                _ => ((DiagnosticDescriptor, object[])?)null,
            };
            if (arguments is var (rule, args) && Create(rule, found, args) is { } diagnostic)
            {
                yield return diagnostic;
            }

            if (endpoint is { Scope: EndpointScope.GlobalHomed, HomeRegion: { } home }
                && Create(RuleDiagnostics.HiddenHomeRegion, found, RuleArguments.HiddenHomeRegion(endpoint.Host, endpoint.Provider, home, evidence.Sink)) is { } hidden)
            {
                yield return hidden;
            }
        }
    }

    private Diagnostic? Observed(Observation observation)
    {
        var rule = observation.Kind switch
        {
            ObservationKind.LongLivedHttpClient => RuleDiagnostics.StaleDnsConnections,
            ObservationKind.HttpClientPerCall when _options.IncludePerCallClients => RuleDiagnostics.StaleDnsConnections,
            ObservationKind.ControlPlaneCall => RuleDiagnostics.ControlPlaneOnDataPath,
            ObservationKind.SingleRegionClient => RuleDiagnostics.SingleRegionClient,
            _ => null,
        };
        return rule is not null && _locations.For(_tree, observation.Locations) is var (primary, additional)
            ? Diagnostic.Create(rule, primary, additional, ImmutableDictionary<string, string?>.Empty.Add(ObservationProperty, observation.Kind.ToString()),
                RuleArguments.Observed(observation.Detail))
            : null;
    }

    private Diagnostic? Create(DiagnosticDescriptor rule, FoundValue found, object[] arguments)
    {
        if (_locations.For(_tree, found.Evidence.Locations) is not var (primary, additional))
        {
            return null;
        }

        var others = found.Configuration is { } read && ConfigurationLocation(read) is { } inFile ? additional.Concat(new[] { inFile }) : additional;
        return Diagnostic.Create(rule, primary, others, arguments);
    }

    private bool IsAllowed(string value) => _options.IsAllowed(RegionNames.Identify(value, _regions)?.Region ?? value);

    private static Location? ConfigurationLocation(ConfigurationValue read)
    {
        var text = read.File.GetText();
        if (text is null || read.Entry.Line > text.Lines.Count)
        {
            return null;
        }

        var start = new LinePosition(read.Entry.Line - 1, read.Entry.Column - 1);
        return Location.Create(read.File.Path, new TextSpan(text.Lines[read.Entry.Line - 1].Start + read.Entry.Column - 1, 0), new LinePositionSpan(start, start));
    }

    /// <summary>A value as found: from code, or from a configuration file for a read.</summary>
    private sealed class FoundValue
    {
        public FoundValue(Evidence evidence, string value, ConfigurationValue? configuration)
        {
            Evidence = evidence;
            Value = value;
            Configuration = configuration;
        }

        public Evidence Evidence { get; }
        public string Value { get; }
        public ConfigurationValue? Configuration { get; }

        /// <summary>The place that consumes the value: the last of its locations.</summary>
        public SourceLocation Consumer => Evidence.Locations[Evidence.Locations.Count - 1];
    }
}
