using System.Collections.ObjectModel;
using System.Text.Json;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// Reads the keys of <c>regionlens.json</c> one section at a time and validates every value where it is read, so that
/// the first mistake is reported with its own line and key path and nothing half-valid reaches the scan. Keys are
/// case-sensitive, as in every JSON schema; unknown ones are errors because a misspelt key would otherwise be a
/// setting that silently does nothing.
/// </summary>
internal sealed class RegionLensConfigParser(string path, byte[] bytes)
{
    private const string SchemaKey = "$schema";
    private const string FailureDomainsKey = "failureDomains";
    private const string ComponentsKey = "components";
    private const string AllowedRegionsKey = "allowedRegions";
    private const string RedundantResolversKey = "redundantResolvers";
    private const string RulesKey = "rules";
    private const string ExcludeKey = "exclude";
    private const string RegionsKey = "regions";

    private static readonly string[] TopLevelKeys =
        [SchemaKey, FailureDomainsKey, ComponentsKey, AllowedRegionsKey, RedundantResolversKey, RulesKey, ExcludeKey];

    private static readonly string[] ComponentKeys = [RegionsKey];

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Dictionary<string, RuleLevel> Levels = new(StringComparer.Ordinal)
    {
        ["error"] = RuleLevel.Error,
        ["warning"] = RuleLevel.Warning,
        ["note"] = RuleLevel.Note,
        ["none"] = RuleLevel.None,
    };

    private readonly ConfigTokens _tokens = new(path, bytes);

    public RegionLensConfig Parse()
    {
        var reader = new Utf8JsonReader(bytes.AsSpan(_tokens.Start), Options);
        try
        {
            var config = ReadRoot(ref reader);
            // Anything after the root object other than comments and white space is a syntax error.
            while (reader.Read())
            {
            }

            return config;
        }
        catch (JsonException e)
        {
            var parse = JsonErrors.ParseError(path, e);
            throw new RegionLensConfigException(path, parse.Line, parse.Reason);
        }
    }

    private RegionLensConfig ReadRoot(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw _tokens.Error(_tokens.LineOf(ref reader), "expected an object at the top level");
        }

        var config = new RegionLensConfig { FilePath = path };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (_tokens.NextProperty(ref reader, out var key, out var line))
        {
            if (!TopLevelKeys.Contains(key, StringComparer.Ordinal))
            {
                throw _tokens.Error(line, ConfigTokens.UnknownKey(key, TopLevelKeys));
            }

            if (!seen.Add(key))
            {
                throw _tokens.Error(line, $"duplicate key '{key}'");
            }

            ConfigTokens.Value(ref reader);
            config = ReadSection(ref reader, key, config);
        }

        return config;
    }

    private RegionLensConfig ReadSection(ref Utf8JsonReader reader, string key, RegionLensConfig config)
    {
        switch (key)
        {
            case FailureDomainsKey:
                return config with { FailureDomains = ReadFailureDomains(ref reader) };
            case ComponentsKey:
                return config with { Components = ReadComponents(ref reader) };
            case AllowedRegionsKey:
                return config with { AllowedRegions = _tokens.ReadStringArray(ref reader, key, RegionProblem) };
            case RedundantResolversKey:
                return config with { RedundantResolvers = _tokens.ReadStringArray(ref reader, key, IpProblem) };
            case RulesKey:
                return config with { Rules = ReadRules(ref reader) };
            case ExcludeKey:
                return config with { Exclude = _tokens.ReadStringArray(ref reader, key, GlobProblem) };
            default:
                // $schema: editors use it; RegionLens does not.
                reader.Skip();
                return config;
        }
    }

    private ReadOnlyDictionary<string, string> ReadFailureDomains(ref Utf8JsonReader reader)
    {
        _tokens.ExpectObject(ref reader, FailureDomainsKey);
        var domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (_tokens.NextProperty(ref reader, out var pattern, out var line))
        {
            var keyPath = $"{FailureDomainsKey}[\"{pattern}\"]";
            if (!HostPattern.IsValid(pattern))
            {
                throw _tokens.Error(line, $"{keyPath}: a pattern is a host name or '*.' followed by a domain suffix");
            }

            if (domains.ContainsKey(pattern))
            {
                throw _tokens.Error(line, $"{keyPath}: duplicate pattern");
            }

            ConfigTokens.Value(ref reader);
            var domain = _tokens.ReadString(ref reader, keyPath);
            if (FailureDomainText.ExpectedShape(domain) is { } shape)
            {
                throw _tokens.Error(_tokens.LineOf(ref reader), $"{keyPath}: '{domain}' is not a failure domain; write {shape}");
            }

            domains.Add(pattern, domain);
        }

        return domains.AsReadOnly();
    }

    private ReadOnlyDictionary<string, ComponentDeployment> ReadComponents(ref Utf8JsonReader reader)
    {
        _tokens.ExpectObject(ref reader, ComponentsKey);
        var components = new Dictionary<string, ComponentDeployment>(StringComparer.Ordinal);
        while (_tokens.NextProperty(ref reader, out var written, out var line))
        {
            var keyPath = $"{ComponentsKey}[\"{written}\"]";
            var id = ComponentId(written)
                ?? throw _tokens.Error(line, $"{keyPath}: a component is a path relative to the scan root, with forward slashes");
            if (components.ContainsKey(id))
            {
                throw _tokens.Error(line, $"{keyPath}: duplicate component");
            }

            ConfigTokens.Value(ref reader);
            components.Add(id, ReadComponent(ref reader, keyPath, line));
        }

        return components.AsReadOnly();
    }

    private ComponentDeployment ReadComponent(ref Utf8JsonReader reader, string keyPath, int line)
    {
        _tokens.ExpectObject(ref reader, keyPath);
        IReadOnlyList<string>? regions = null;
        var locations = new List<SourceLocation>();
        while (_tokens.NextProperty(ref reader, out var key, out var keyLine))
        {
            if (key != RegionsKey)
            {
                throw _tokens.Error(keyLine, $"{keyPath}: {ConfigTokens.UnknownKey(key, ComponentKeys)}");
            }

            if (regions is not null)
            {
                throw _tokens.Error(keyLine, $"{keyPath}: duplicate key '{key}'");
            }

            ConfigTokens.Value(ref reader);
            regions = _tokens.ReadStringArray(ref reader, $"{keyPath}.{RegionsKey}", RegionProblem, locations);
        }

        return new ComponentDeployment(regions ?? throw _tokens.Error(line, $"{keyPath}: missing key '{RegionsKey}'"), locations.AsReadOnly(), line);
    }

    private ReadOnlyDictionary<string, RuleLevel> ReadRules(ref Utf8JsonReader reader)
    {
        _tokens.ExpectObject(ref reader, RulesKey);
        var rules = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        while (_tokens.NextProperty(ref reader, out var id, out var line))
        {
            var keyPath = $"{RulesKey}.{id}";
            var rule = RuleCatalog.Find(id) ?? throw _tokens.Error(line, $"{keyPath}: unknown rule");
            if (rules.ContainsKey(rule.Id))
            {
                throw _tokens.Error(line, $"{keyPath}: duplicate rule");
            }

            ConfigTokens.Value(ref reader);
            var level = _tokens.ReadString(ref reader, keyPath);
            if (!Levels.TryGetValue(level, out var parsed))
            {
                throw _tokens.Error(_tokens.LineOf(ref reader), $"{keyPath}: '{level}' is not a level; use error, warning, note or none");
            }

            // Keyed as the catalogue spells the id, which is how findings carry it.
            rules.Add(rule.Id, parsed);
        }

        return rules.AsReadOnly();
    }

    /// <summary><c>./src/Orders.Api/</c> → <c>src/Orders.Api</c>, as component ids are written in reports; null
    /// when the id is empty, absolute or uses backslashes.</summary>
    private static string? ComponentId(string written)
    {
        if (written.Contains('\\', StringComparison.Ordinal) || written.StartsWith('/') || Path.IsPathRooted(written))
        {
            return null;
        }

        var segments = written.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        return segments.Length == 0 ? null : string.Join('/', segments);
    }

    private static string? RegionProblem(string region) =>
        region.Trim().Length == 0 ? "a region cannot be empty"
        : region.Any(char.IsWhiteSpace) ? $"'{region}' is not a region code"
        : null;

    private static string? IpProblem(string address) => IpAddressText.IsValid(address) ? null : $"'{address}' is not an IP address";

    private static string? GlobProblem(string glob) =>
        PathGlob.IsValid(glob) ? null : $"'{glob}' is not a path relative to the scan root with forward slashes";
}
